import type { MinutesAttendee } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../database.js';
import type { MinutesAgendaItem } from '../tables/inspection-closure.table.js';

type Executor = Kysely<Database>;

export interface MinutesFields {
  date: string;
  place: string;
  attendees: readonly MinutesAttendee[];
  agenda: readonly MinutesAgendaItem[];
  discussion: string;
  leaderConclusion: string;
}

export interface MinutesRecord extends MinutesFields {
  id: string;
  inspectionId: string;
  version: number;
  updatedAt: Date;
  /** Who saved the minutes last, from the audit log. */
  updatedByName: string | null;
}

/** The minutes of a visit, or null before anyone wrote them. */
export async function findMinutes(db: Executor, inspectionId: string): Promise<MinutesRecord | null> {
  const row = await db
    .selectFrom('inspection_minutes as m')
    .where('m.inspection_id', '=', inspectionId)
    .select((eb) => [
      'm.id',
      'm.inspection_id',
      'm.minutes_date',
      'm.place',
      'm.attendees',
      'm.agenda',
      'm.discussion',
      'm.leader_conclusion',
      'm.version',
      'm.updated_at',
      eb
        .selectFrom('audit_log')
        .where('audit_log.entity', '=', 'inspection_minutes')
        .whereRef('audit_log.entity_id', '=', sql<string>`m.id::text`)
        .orderBy('audit_log.id', 'desc')
        .limit(1)
        .select('audit_log.actor_name')
        .as('updated_by_name'),
    ])
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    date: row.minutes_date,
    place: row.place,
    attendees: row.attendees,
    agenda: row.agenda,
    discussion: row.discussion,
    leaderConclusion: row.leader_conclusion,
    version: row.version,
    updatedAt: row.updated_at,
    updatedByName: row.updated_by_name ?? null,
  };
}

/**
 * Saves the minutes if they are still at `expectedVersion` (0: nobody wrote them yet); returns the
 * new version, or null when someone saved in between.
 */
export async function saveMinutes(
  db: Executor,
  input: { tenantId: string; inspectionId: string; expectedVersion: number; fields: MinutesFields },
): Promise<number | null> {
  const { fields } = input;
  const values = {
    minutes_date: fields.date,
    place: fields.place,
    attendees: JSON.stringify(fields.attendees),
    agenda: JSON.stringify(fields.agenda),
    discussion: fields.discussion,
    leader_conclusion: fields.leaderConclusion,
  };
  if (input.expectedVersion === 0) {
    const row = await db
      .insertInto('inspection_minutes')
      .values({ ...values, tenant_id: input.tenantId, inspection_id: input.inspectionId })
      .onConflict((oc) => oc.column('inspection_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return row?.version ?? null;
  }
  const row = await db
    .updateTable('inspection_minutes')
    .set({ ...values, version: sql`version + 1`, updated_at: sql`now()` })
    .where('inspection_id', '=', input.inspectionId)
    .where('version', '=', input.expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}
