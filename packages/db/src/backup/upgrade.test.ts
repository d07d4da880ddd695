import { fileURLToPath } from 'node:url';
import { buildCalendar, parseIsoDate } from '@kiemtra/domain';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection.js';
import { migrations } from '../migrations/index.js';
import { loadReferenceData } from '../reference-data.js';
import { listLawHolidayRules } from '../repositories/law-holiday-rules.repository.js';
import { createTestDatabase } from '../testing/index.js';
import { readManifest, restoreBackup } from './restore.js';

// Issue 20: an installation of the last release, with a visit walked through the workflow (the
// report sent, the minutes, a finding, the conclusion notice, the round and its summary), upgraded
// to this version. The backup was made by release 1.1.0 (commit fb8bb8a) from the data of its
// deadline-truth API test; it is kept in the repository, as a province's would be on its disk.
const RELEASE = fileURLToPath(new URL('./releases/1.1.0', import.meta.url));

let handle: DatabaseHandle | undefined;
afterAll(async () => handle?.close());

describe('an installation of release 1.1.0 upgraded to this version', () => {
  it('keeps every row it had, runs every newer migration, and converts what changed shape', async () => {
    const manifest = await readManifest(RELEASE);
    expect(manifest.appVersion).toBe('1.1.0');
    expect(manifest.migrations.at(-1)).toBe('20261203800100_summary_report_signer');
    handle = await createTestDatabase();
    const db = handle.db;

    await restoreBackup({ db, directory: RELEASE, force: false });
    await loadReferenceData(db);

    const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration ORDER BY name`.execute(db);
    expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations).sort());
    for (const table of manifest.tables) {
      const { rows } = await sql<{
        n: number;
      }>`SELECT count(*)::int AS n FROM ${sql.table(table.name)}`.execute(db);
      // The audit log also holds what the upgrade itself changed (the schedule's conversion below).
      if (table.name === 'audit_log') expect(rows[0]?.n, table.name).toBeGreaterThanOrEqual(table.rows);
      else expect(rows[0]?.n, table.name).toBe(table.rows);
    }

    // The workflow's facts are all there.
    const visit = await sql<{ report: string; issued: boolean; findings: number; summary: string }>`
      SELECT r.status AS report, c.issued_by IS NOT NULL AS issued,
        (SELECT count(*)::int FROM findings f WHERE f.inspection_id = i.id) AS findings,
        (SELECT s.status FROM summary_reports s LIMIT 1) AS summary
      FROM inspections i
      JOIN unit_reports r ON r.inspection_id = i.id
      LEFT JOIN conclusions c ON c.inspection_id = i.id`.execute(db);
    expect(visit.rows).toEqual([{ report: 'submitted', issued: true, findings: 1, summary: 'issued' }]);

    // 1.1.0 kept 24/11 as a 'pending' day inside the 2026 schedule; it is now a law holiday rule.
    const schedule = await sql<{ schedule: Record<string, unknown> }>`
      SELECT schedule FROM official_schedules WHERE year = 2026`.execute(db);
    expect(Object.keys(schedule.rows[0]?.schedule ?? {})).not.toContain('pending');
    const rules = await listLawHolidayRules(db);
    expect(rules.map((r) => [r.rule.day, r.rule.month, r.rule.status])).toEqual([[24, 11, 'proposed']]);
    const stored = await sql<{ schedule: never }>`SELECT schedule FROM official_schedules`.execute(db);
    const calendar = buildCalendar({ schedules: stored.rows.map((r) => r.schedule) });
    expect(calendar.isWorkingDay(parseIsoDate('2026-11-24'))).toBe(true);

    // A role this version added is accepted by the upgraded constraint.
    const someone = await db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    await db.insertInto('user_roles').values({ user_id: someone.id, role: 'system_admin' }).execute();
  });
});
