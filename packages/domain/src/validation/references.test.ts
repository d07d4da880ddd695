import { describe, expect, it } from 'vitest';
import { checkReferences } from './references.js';

describe('checkReferences', () => {
  it('accepts ids that are all known, and none', () => {
    expect(
      checkReferences({ ids: ['a', 'b'], known: new Set(['a', 'b', 'c']), field: 'f', message: 'm' }),
    ).toEqual({
      ok: true,
    });
    expect(checkReferences({ ids: [], known: new Set(), field: 'f', message: 'm' }).ok).toBe(true);
  });
  it('names each stray id by its index, with the sentence given', () => {
    expect(
      checkReferences({
        ids: ['a', 'x', 'y'],
        known: new Set(['a']),
        field: 'recommendation.findingIds',
        message: 'Không thuộc cuộc kiểm tra này.',
      }),
    ).toEqual({
      ok: false,
      issues: [
        {
          code: 'unknown_reference',
          message: 'Không thuộc cuộc kiểm tra này.',
          field: 'recommendation.findingIds.1',
        },
        {
          code: 'unknown_reference',
          message: 'Không thuộc cuộc kiểm tra này.',
          field: 'recommendation.findingIds.2',
        },
      ],
    });
  });
});
