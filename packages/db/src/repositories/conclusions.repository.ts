import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface ConclusionRecord {
  id: string;
  inspectionId: string;
  generalAssessment: string;
  noticeNumber: string | null;
  noticeDate: string | null;
  issuedByName: string | null;
  version: number;
}

export async function findConclusion(db: Executor, inspectionId: string): Promise<ConclusionRecord | null> {
  const row = await db
    .selectFrom('conclusions as c')
    .leftJoin('users', 'users.id', 'c.issued_by')
    .where('c.inspection_id', '=', inspectionId)
    .select([
      'c.id',
      'c.inspection_id',
      'c.general_assessment',
      'c.notice_number',
      'c.notice_date',
      'users.full_name as issued_by_name',
      'c.version',
    ])
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    inspectionId: row.inspection_id,
    generalAssessment: row.general_assessment,
    noticeNumber: row.notice_number,
    noticeDate: row.notice_date,
    issuedByName: row.issued_by_name ?? null,
    version: row.version,
  };
}

/**
 * Saves the conclusion's general assessment if still at `expectedVersion` (0: not written yet),
 * and, when `notice` is given, its notice; the new version, or null on a concurrent edit.
 */
export async function saveConclusion(
  db: Executor,
  input: {
    tenantId: string;
    inspectionId: string;
    expectedVersion: number;
    generalAssessment: string;
    notice?: { number: string; date: string; issuedBy: string | null };
  },
): Promise<number | null> {
  const notice = input.notice
    ? { notice_number: input.notice.number, notice_date: input.notice.date, issued_by: input.notice.issuedBy }
    : {};
  if (input.expectedVersion === 0) {
    const row = await db
      .insertInto('conclusions')
      .values({
        tenant_id: input.tenantId,
        inspection_id: input.inspectionId,
        general_assessment: input.generalAssessment,
        notice_number: null,
        notice_date: null,
        issued_by: null,
        ...notice,
      })
      .onConflict((oc) => oc.column('inspection_id').doNothing())
      .returning('version')
      .executeTakeFirst();
    return row?.version ?? null;
  }
  const row = await db
    .updateTable('conclusions')
    .set({
      general_assessment: input.generalAssessment,
      ...notice,
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('inspection_id', '=', input.inspectionId)
    .where('version', '=', input.expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

/** Moves a visit to `status` if it is still at `expectedVersion`; the new version, or null. */
export async function updateInspectionStatus(
  db: Executor,
  inspectionId: string,
  expectedVersion: number,
  status: 'in_progress' | 'concluded' | 'closed',
): Promise<number | null> {
  const row = await db
    .updateTable('inspections')
    .set({ status, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', inspectionId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}
