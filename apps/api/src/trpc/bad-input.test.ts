import { UNSAFE_TEXT_MESSAGE } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../testing/rejection.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// Issue 18, "Bad input": a NUL byte and a lone surrogate answered 500; now 400 in Vietnamese, nothing stored.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => new Date('2024-04-25T03:00:00Z') } });
});
afterAll(async () => server?.close());

const countOf = async (table: 'sign_in_attempts' | 'report_answers') =>
  Number(
    (
      await server.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('text PostgreSQL cannot store', () => {
  it('refuses a NUL byte in an anonymous sign-in with 400 and a Vietnamese message', async () => {
    const error = await rejection(
      server.anonymous.auth.signIn.mutate({ username: 'a\u0000b', password: 'x' }),
    );
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toContain(UNSAFE_TEXT_MESSAGE);
    expect(await countOf('sign_in_attempts')).toBe(0);
  });

  it('refuses a lone surrogate in a report answer and a NUL in a figure’s key, storing nothing', async () => {
    const sct = await server.signedIn('sct');
    const inspectionId =
      (await sct.inspections.list.query()).items.find((i) => i.orgUnitName.includes('Công Thương'))?.id ?? '';
    const before = await countOf('report_answers');
    const nulKey: Record<string, number | null> = Object.fromEntries([['so_ho_so\u0000', 1]]);
    const inputs: { narrative: string; figures: Record<string, number | null> }[] = [
      { narrative: '<p>Đã triển khai \uD800 xong</p>', figures: {} },
      { narrative: '<p>Đã triển khai</p>', figures: nulKey },
    ];
    for (const input of inputs) {
      const error = await rejection(
        sct.reports.saveAnswer.mutate({ inspectionId, itemCode: 'I.1.a', expectedVersion: 0, ...input }),
      );
      expect(error.data?.httpStatus).toBe(400);
      expect(error.message).toContain(UNSAFE_TEXT_MESSAGE);
    }
    expect(await countOf('report_answers')).toBe(before);
  });
});
