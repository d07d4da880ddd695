import { boundedRecord } from '@kiemtra/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { unboundedFields } from '../testing/unbounded-fields.js';
import { appRouter } from './root.js';

// Issue 18, "Bad input": every string, array, number and date a procedure receives is bounded to
// what the domain needs. The procedures come from the router itself, so one added with an
// unbounded field fails here, naming the procedure and the field.
const PROCEDURES = appRouter._def.procedures as unknown as Record<string, { _def: { inputs: unknown[] } }>;

describe('the bounds of every input', () => {
  it('leave no string, array, number, date or record of any procedure unbounded', () => {
    const unbounded = Object.entries(PROCEDURES).flatMap(([path, procedure]) =>
      procedure._def.inputs.flatMap((input) => unboundedFields(input).map((field) => `${path} ${field}`)),
    );
    expect(Object.keys(PROCEDURES).length).toBeGreaterThan(80);
    expect(unbounded).toEqual([]);
  });
});

describe('the walker', () => {
  it('names each unbounded place of a schema, and none of a bounded one', () => {
    const loose = z.object({
      name: z.string(),
      tags: z.array(z.string().max(10)),
      count: z.number().int(),
      when: z.date(),
      extra: z.record(z.string().max(5), z.number().min(0).max(1)),
      open: z.looseObject({}),
      anything: z.unknown(),
      typed: z.preprocess((v) => v, z.string()),
    });
    expect(unboundedFields(loose)).toEqual([
      'name: chuỗi không có độ dài tối đa (.max)',
      'tags: danh sách không có số phần tử tối đa (.max)',
      'count: số không có giới hạn dưới và trên hữu hạn (.min/.max)',
      'when: ngày không có giới hạn dưới và trên',
      'extra: bản ghi với khóa tùy ý',
      'open: đối tượng nhận thêm khóa tùy ý',
      'anything: giá trị kiểu unknown không được kiểm tra giới hạn',
      'typed: chuỗi không có độ dài tối đa (.max)',
    ]);
    const bounded = z.object({
      id: z.uuid(),
      name: z.string().max(300).optional(),
      tags: z.array(z.string().max(10)).max(5),
      count: z.number().int().min(0).max(10),
      small: z.int32(),
      when: z.date().min(new Date('2000-01-01')).max(new Date('2100-12-31')),
      kind: z.enum(['a', 'b']),
      scores: z.record(z.enum(['a', 'b']), z.number().min(0).max(1)),
      figures: boundedRecord(z.string().max(5), z.number().min(0).max(1), {
        max: 3,
        maxMessage: 'Tối đa 3.',
      }),
      typed: z.string().max(10).transform(Number).pipe(z.number()),
    });
    expect(unboundedFields(bounded)).toEqual([]);
    // The registry's bound is the refinement's: a fourth key is refused.
    expect(bounded.shape.figures.safeParse({ a: 0, b: 0, c: 0 }).success).toBe(true);
    expect(bounded.shape.figures.safeParse({ a: 0, b: 0, c: 0, d: 0 }).error?.issues[0]?.message).toBe(
      'Tối đa 3.',
    );
  });
});
