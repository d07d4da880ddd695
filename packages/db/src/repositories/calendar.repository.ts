import type { OfficialSchedule } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface StoredSchedule {
  year: number;
  schedule: OfficialSchedule;
  version: number;
  updatedAt: Date;
}

export async function listOfficialSchedules(db: Executor): Promise<StoredSchedule[]> {
  const rows = await db
    .selectFrom('official_schedules')
    .select(['year', 'schedule', 'version', 'updated_at'])
    .orderBy('year')
    .execute();
  return rows.map((r) => ({
    year: r.year,
    schedule: r.schedule,
    version: r.version,
    updatedAt: r.updated_at,
  }));
}

/**
 * A cheap fingerprint of what the calendar is built from, the schedules and the law holiday rules:
 * it changes whenever one is added or edited.
 */
export async function officialSchedulesFingerprint(db: Executor): Promise<string> {
  const row = await db
    .selectFrom('official_schedules')
    .select([
      sql<string>`coalesce(string_agg(year || ':' || version, ',' ORDER BY year), '')`.as('fingerprint'),
      sql<string>`(SELECT coalesce(string_agg(id || ':' || version, ',' ORDER BY id), '') FROM law_holiday_rules)`.as(
        'rules',
      ),
    ])
    .executeTakeFirstOrThrow();
  return `${row.fingerprint}|${row.rules}`;
}

/** Stores the schedules of the years not stored yet; a year an administrator has edited is left alone. */
export async function insertMissingSchedules(
  db: Executor,
  schedules: readonly OfficialSchedule[],
): Promise<number> {
  if (schedules.length === 0) return 0;
  const result = await db
    .insertInto('official_schedules')
    .values(schedules.map((s) => ({ year: s.year, schedule: JSON.stringify(s) })))
    .onConflict((oc) => oc.column('year').doNothing())
    .returning('year')
    .execute();
  return result.length;
}

/**
 * Creates or replaces a year's schedule. `expectedVersion` is the version the editor saw (null for a
 * new year); returns null when someone else saved in between, so nothing is overwritten silently.
 */
export async function saveSchedule(
  db: Executor,
  schedule: OfficialSchedule,
  expectedVersion: number | null,
): Promise<StoredSchedule | null> {
  const json = JSON.stringify(schedule);
  const row =
    expectedVersion === null
      ? await db
          .insertInto('official_schedules')
          .values({ year: schedule.year, schedule: json })
          .onConflict((oc) => oc.column('year').doNothing())
          .returning(['year', 'schedule', 'version', 'updated_at'])
          .executeTakeFirst()
      : await db
          .updateTable('official_schedules')
          .set({ schedule: json, version: sql`version + 1`, updated_at: sql`now()` })
          .where('year', '=', schedule.year)
          .where('version', '=', expectedVersion)
          .returning(['year', 'schedule', 'version', 'updated_at'])
          .executeTakeFirst();
  return row
    ? { year: row.year, schedule: row.schedule, version: row.version, updatedAt: row.updated_at }
    : null;
}
