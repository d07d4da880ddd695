import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import { createTestDatabase } from '../testing/index.js';
import { type AuditPageQuery, auditPageQuery, listAuditPage } from './audit-log.query.js';

// A log large enough that the planner prefers an index to reading the table whole, as it will at
// national scale: 200,000 entries of 20 provinces, three to an instant (ties broken by id).
const ROWS = 200_000;
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createTestDatabase();
  await sql`
    INSERT INTO audit_log (tenant_id, occurred_at, actor_kind, actor_id, actor_name, operation, entity, entity_id, after)
    SELECT CASE WHEN g % 20 = 0 THEN 'tinh-thu' ELSE 'tinh-' || (g % 20) END,
           timestamptz '2026-01-01 00:00:00.123456+00' + (g / 3) * interval '1 minute',
           'user', 'u' || (g / 7 % 40), 'Người ' || (g / 7 % 40), 'UPDATE',
           (ARRAY['plans','targets','inspections','users'])[g / 20 % 4 + 1], 'e' || (g / 13 % 1000),
           jsonb_build_object('plan_id', 'p' || (g / 11 % 60))
    FROM generate_series(1, ${ROWS}) AS g`.execute(handle.db);
  await sql`ANALYZE audit_log`.execute(handle.db);
}, 180_000);
afterAll(async () => handle?.close());

const base: AuditPageQuery = { tenantId: 'tinh-thu', limit: 50 };

async function planOf(q: AuditPageQuery): Promise<string> {
  const rows = await auditPageQuery(handle.db, q).explain();
  return rows.map((r) => String(Object.values(r)[0])).join('\n');
}

describe('the audit log, a page at a time', () => {
  it('reads every entry of the province once, newest first, through the pages', async () => {
    const seen: string[] = [];
    let after: AuditPageQuery['after'];
    const q = { ...base, entity: 'plans', actorId: 'u0', limit: 20 };
    for (;;) {
      const page = await listAuditPage(handle.db, { ...q, ...(after && { after }) });
      seen.push(...page.entries.map((e) => e.id));
      const last = page.entries.at(-1);
      if (!page.hasMore || !last) break;
      after = { at: last.cursorAt, id: last.id };
    }
    const expected = await handle.db
      .selectFrom('audit_log')
      .select('id')
      .where('tenant_id', '=', 'tinh-thu')
      .where('entity', '=', 'plans')
      .where('actor_id', '=', 'u0')
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
    expect(seen).toEqual(expected.map((r) => String(r.id)));
    expect(seen.length).toBeGreaterThan(20);
  });

  it('keeps the instant to the microsecond for the next page', async () => {
    const page = await listAuditPage(handle.db, { ...base, limit: 1 });
    expect(page.entries[0]?.cursorAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.123456Z$/);
  });

  it('filters by plan, by record and by days', async () => {
    const byPlan = await listAuditPage(handle.db, { ...base, planId: 'p0', limit: 500 });
    expect(byPlan.entries.every((e) => e.after?.plan_id === 'p0')).toBe(true);
    const target = (await listAuditPage(handle.db, { ...base, entity: 'targets', limit: 1 })).entries[0];
    const byRecord = await listAuditPage(handle.db, {
      ...base,
      entity: 'targets',
      entityId: target?.entityId ?? '',
    });
    expect(byRecord.entries.length).toBeGreaterThan(0);
    expect(byRecord.entries.every((e) => e.entity === 'targets' && e.entityId === target?.entityId)).toBe(
      true,
    );
    const since = new Date('2026-01-02T00:00:00Z');
    const before = new Date('2026-01-02T01:00:00Z');
    const byDay = await listAuditPage(handle.db, { ...base, since, before, limit: 500 });
    expect(byDay.entries.length).toBeGreaterThan(5);
    expect(byDay.entries.every((e) => e.occurredAt >= since && e.occurredAt < before)).toBe(true);
    const other = await listAuditPage(handle.db, { ...base, tenantId: 'khong-co' });
    expect(other).toEqual({ entries: [], hasMore: false });
  });

  // Unfiltered, the planner may also walk audit_log_occurred_idx (sorting only entries of one
  // instant): either way an index in the log's order, never a scan or a sort of the whole log.
  it('reads a page through an index, in its order, with no sort of the whole log, deep pages too', async () => {
    const deep = { at: '2026-02-01T00:00:00.123456Z', id: '100000' };
    const byTime = /Index Scan (Backward )?using audit_log_(tenant_time|occurred)_idx/;
    const cases: [AuditPageQuery, RegExp][] = [
      [base, byTime],
      [{ ...base, after: deep }, byTime],
      [
        { ...base, since: new Date('2026-01-10T00:00:00Z'), before: new Date('2026-01-11T00:00:00Z') },
        byTime,
      ],
      [{ ...base, actorId: 'u20' }, /Index Scan using audit_log_tenant_actor_time_idx/],
      [{ ...base, actorId: 'u20', after: deep }, /Index Scan using audit_log_tenant_actor_time_idx/],
      [{ ...base, entity: 'targets' }, /Index Scan using audit_log_tenant_entity_time_idx/],
      [{ ...base, entity: 'targets', after: deep }, /Index Scan using audit_log_tenant_entity_time_idx/],
    ];
    for (const [q, index] of cases) {
      const plan = await planOf(q);
      expect(plan, plan).toMatch(index);
      expect(plan, plan).not.toMatch(/Seq Scan|(^|->)\s*Sort\s+\(/m);
      // A deep page starts at its keyset inside the index, not by skipping the pages before it.
      if (q.after) expect(plan, plan).toMatch(/Index Cond: .*occurred_at/);
    }
  });

  it('reads a plan’s entries through the plan index, and a record’s through the record index', async () => {
    expect(await planOf({ ...base, planId: 'p0' })).toMatch(/audit_log_plan_idx/);
    expect(await planOf({ ...base, entity: 'targets', entityId: 'e0' })).toMatch(
      /audit_log_entity_idx|audit_log_tenant_entity_time_idx/,
    );
  });
});
