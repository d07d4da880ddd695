import { OFFICIAL_SCHEDULES } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import { insertMissingSchedules } from './repositories/calendar.repository.js';
import { withActor } from './with-actor.js';

/**
 * Data every installation needs whatever it runs: the announced day-off schedules (2024–2026).
 * Years already stored, possibly corrected by an administrator, are kept as they are.
 */
export async function loadReferenceData(db: Kysely<Database>): Promise<void> {
  await withActor(db, { kind: 'system', id: null, name: 'Dữ liệu tham chiếu', tenantId: null }, (trx) =>
    insertMissingSchedules(trx, OFFICIAL_SCHEDULES),
  );
}
