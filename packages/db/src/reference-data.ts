import { DEFAULT_LAW_HOLIDAY_RULES, OFFICIAL_SCHEDULES } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { insertMissingSchedules } from './repositories/calendar.repository.js';
import { insertMissingLawHolidayRules } from './repositories/law-holiday-rules.repository.js';
import { withActor } from './with-actor.js';

/**
 * Data every installation needs whatever it runs: the announced day-off schedules (2024–2026) and
 * the law holiday rules (24/11 as a proposal). What is already stored, possibly corrected or
 * decided by an administrator, is kept as it is.
 */
export async function loadReferenceData(db: Kysely<Database>): Promise<void> {
  await withActor(
    db,
    { kind: 'system', id: null, name: 'Dữ liệu tham chiếu', tenantId: null },
    async (trx) => {
      await insertMissingSchedules(trx, OFFICIAL_SCHEDULES);
      await insertMissingLawHolidayRules(trx, DEFAULT_LAW_HOLIDAY_RULES);
    },
  );
}
