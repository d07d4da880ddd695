import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

// Monday 10 June 2024: six visits of one team were on site on Friday 7 June.
const NOW = new Date('2024-06-10T02:00:00Z');

let server: TestServer;
let visits: { id: string; version: number }[];

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => NOW } });
  const leader = await server.signedIn('truongdoan');
  const mine = (await leader.inspections.list.query()).items
    .filter((v) => v.status !== 'cancelled')
    .slice(0, 6);
  expect(mine).toHaveLength(6);
  // Put the six visits on site last Friday, under way: what the team does before concluding.
  await server.database.db
    .updateTable('inspections')
    .set({
      status: 'in_progress',
      start_date: '2024-06-07',
      end_date: '2024-06-07',
      visit_dates: JSON.stringify(['2024-06-07']),
      version: sql`version + 1`,
    })
    .where(
      'id',
      'in',
      mine.map((v) => v.id),
    )
    .execute();
  const member = await server.signedIn('thanhvien');
  for (const v of mine) {
    await member.findings.add.mutate({
      inspectionId: v.id,
      finding: { area: 'A1', kind: 'achievement', description: 'Ban hành kế hoạch CCHC đúng hạn' },
    });
  }
  visits = await Promise.all(
    mine.map(async (v) => {
      const fresh = await leader.inspections.get.query({ inspectionId: v.id });
      return { id: v.id, version: fresh.version };
    }),
  );
});
afterAll(async () => server?.close());

describe('conclusion notices numbered from the outgoing register (issue 18)', () => {
  it('gives six notices issued at the same moment six numbers, 01 to 06, none typed by the issuer', async () => {
    const leader = await server.signedIn('truongdoan');
    const issued = await Promise.all(
      visits.map((v) =>
        leader.conclusions.issue.mutate({
          inspectionId: v.id,
          expectedVersion: v.version,
          // What a caller types is not read: the register decides.
          notice: { date: '2024-06-10', ...({ number: '2/TB-ĐKT' } as object) },
        }),
      ),
    );
    const numbers = issued.map((c) => c.notice?.number ?? '');
    expect(new Set(numbers).size).toBe(6);
    expect(numbers.toSorted()).toEqual([
      '01/TB-ĐKT',
      '02/TB-ĐKT',
      '03/TB-ĐKT',
      '04/TB-ĐKT',
      '05/TB-ĐKT',
      '06/TB-ĐKT',
    ]);
    const register = await server.database.db
      .selectFrom('outgoing_register')
      .select(['number', 'document_id', 'document_type'])
      .where('document_type', '=', 'conclusion_notice')
      .orderBy('number')
      .execute();
    expect(register.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(register.map((r) => r.document_id).toSorted()).toEqual(visits.map((v) => v.id).toSorted());
  });
});
