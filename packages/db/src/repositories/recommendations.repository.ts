import type { RecommendationStatus, RemediationState } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface RemediationReportRecord {
  id: string;
  state: RemediationState;
  actionsTaken: string;
  evidenceRefs: string[];
  submittedOn: string;
  submittedByName: string | null;
  decision: 'accepted' | 'returned' | null;
  decisionReason: string | null;
  decidedByName: string | null;
  decidedOn: string | null;
}

export interface RecommendationRecord {
  id: string;
  inspectionId: string | null;
  earlierConclusionId: string | null;
  /** For a recommendation of an earlier year's conclusion: that conclusion's year and number. */
  earlierOrigin: { year: number; documentNumber: string } | null;
  orgUnitId: string;
  action: string;
  responsible: string;
  dueDate: string | null;
  findingIds: string[];
  status: RecommendationStatus;
  returnReason: string | null;
  doneOn: string | null;
  carryOverReason: string | null;
  version: number;
  /** Oldest first. */
  reports: RemediationReportRecord[];
}

const base = (db: Executor) =>
  db
    .selectFrom('recommendations as r')
    .leftJoin('earlier_conclusions as ec', 'ec.id', 'r.earlier_conclusion_id')
    .select((eb) => [
      'ec.year as earlier_year',
      'ec.document_number as earlier_document_number',
      'r.id',
      'r.inspection_id',
      'r.earlier_conclusion_id',
      'r.org_unit_id',
      'r.action',
      'r.responsible',
      'r.due_date',
      'r.finding_ids',
      'r.status',
      'r.return_reason',
      'r.done_on',
      'r.carry_over_reason',
      'r.version',
      jsonArrayFrom(
        eb
          .selectFrom('remediation_reports as rr')
          .whereRef('rr.recommendation_id', '=', 'r.id')
          // The names by primary key, one row each: joining users here made the planner hash every
          // user of every province once per recommendation.
          .select((inner) => [
            'rr.id',
            'rr.state',
            'rr.actions_taken',
            'rr.evidence_refs',
            sql<string>`to_char(rr.submitted_on, 'YYYY-MM-DD')`.as('submitted_on'),
            inner
              .selectFrom('users')
              .whereRef('users.id', '=', 'rr.submitted_by')
              .select('users.full_name')
              .as('submitted_by_name'),
            'rr.decision',
            'rr.decision_reason',
            inner
              .selectFrom('users')
              .whereRef('users.id', '=', 'rr.decided_by')
              .select('users.full_name')
              .as('decided_by_name'),
            sql<string | null>`to_char(rr.decided_on, 'YYYY-MM-DD')`.as('decided_on'),
          ])
          .orderBy('rr.created_at'),
      ).as('reports'),
    ]);

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirst']>>>;

const toRecord = (r: Row): RecommendationRecord => ({
  id: r.id,
  inspectionId: r.inspection_id,
  earlierConclusionId: r.earlier_conclusion_id,
  earlierOrigin:
    r.earlier_year !== null && r.earlier_document_number !== null
      ? { year: r.earlier_year, documentNumber: r.earlier_document_number }
      : null,
  orgUnitId: r.org_unit_id,
  action: r.action,
  responsible: r.responsible,
  dueDate: r.due_date,
  findingIds: r.finding_ids,
  status: r.status,
  returnReason: r.return_reason,
  doneOn: r.done_on,
  carryOverReason: r.carry_over_reason,
  version: r.version,
  reports: r.reports.map((x) => ({
    id: x.id,
    state: x.state,
    actionsTaken: x.actions_taken,
    evidenceRefs: x.evidence_refs,
    submittedOn: x.submitted_on,
    submittedByName: x.submitted_by_name,
    decision: x.decision,
    decisionReason: x.decision_reason,
    decidedByName: x.decided_by_name,
    decidedOn: x.decided_on,
  })),
});

/** The recommendations of a visit's conclusion, in order, each with its reports. */
export async function listRecommendations(
  db: Executor,
  inspectionId: string,
): Promise<RecommendationRecord[]> {
  const rows = await base(db)
    .where('r.inspection_id', '=', inspectionId)
    .orderBy('r.sort_order')
    .orderBy('r.created_at')
    .execute();
  return rows.map(toRecord);
}

/** The recommendations of many visits, each visit's in order. */
export async function listRecommendationsOf(
  db: Executor,
  inspectionIds: readonly string[],
): Promise<RecommendationRecord[]> {
  const rows = await base(db)
    .where('r.inspection_id', 'in', [...inspectionIds])
    .orderBy('r.inspection_id')
    .orderBy('r.sort_order')
    .execute();
  return rows.map(toRecord);
}

export async function findRecommendation(
  db: Executor,
  recommendationId: string,
): Promise<RecommendationRecord | null> {
  const row = await base(db).where('r.id', '=', recommendationId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export interface RecommendationDraftFields {
  action: string;
  responsible: string;
  dueDate: string | null;
  findingIds: readonly string[];
}

/**
 * Adds a recommendation to a visit's conclusion draft, or, with `earlierConclusionId`, one of an
 * earlier year's conclusion that the visit takes over to follow up; returns its id.
 */
export async function insertRecommendation(
  db: Executor,
  input: {
    tenantId: string;
    inspectionId: string;
    orgUnitId: string;
    fields: RecommendationDraftFields;
    earlierConclusionId?: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('recommendations')
    .values((eb) => ({
      tenant_id: input.tenantId,
      inspection_id: input.inspectionId,
      earlier_conclusion_id: input.earlierConclusionId ?? null,
      org_unit_id: input.orgUnitId,
      action: input.fields.action,
      responsible: input.fields.responsible,
      due_date: input.fields.dueDate,
      finding_ids: JSON.stringify(input.fields.findingIds),
      sort_order: eb
        .selectFrom('recommendations')
        .where('inspection_id', '=', input.inspectionId)
        .select(sql<number>`coalesce(max(sort_order), 0) + 1`.as('next')),
    }))
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateRecommendationDraft(
  db: Executor,
  recommendationId: string,
  expectedVersion: number,
  fields: RecommendationDraftFields,
): Promise<number | null> {
  const row = await db
    .updateTable('recommendations')
    .set({
      action: fields.action,
      responsible: fields.responsible,
      due_date: fields.dueDate,
      finding_ids: JSON.stringify(fields.findingIds),
      version: sql`version + 1`,
    })
    .where('id', '=', recommendationId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

export async function deleteRecommendation(
  db: Executor,
  recommendationId: string,
  expectedVersion: number,
): Promise<boolean> {
  const result = await db
    .deleteFrom('recommendations')
    .where('id', '=', recommendationId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export interface RecommendationStateFields {
  status: RecommendationStatus;
  returnReason: string | null;
  doneOn: string | null;
  carryOverReason: string | null;
}

/** Moves a recommendation in its lifecycle if still at `expectedVersion`; the new version, or null. */
export async function updateRecommendationState(
  db: Executor,
  recommendationId: string,
  expectedVersion: number,
  fields: RecommendationStateFields,
): Promise<number | null> {
  const row = await db
    .updateTable('recommendations')
    .set({
      status: fields.status,
      return_reason: fields.returnReason,
      done_on: fields.doneOn,
      carry_over_reason: fields.carryOverReason,
      version: sql`version + 1`,
    })
    .where('id', '=', recommendationId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

export async function insertRemediationReport(
  db: Executor,
  input: {
    tenantId: string;
    recommendationId: string;
    state: RemediationState;
    actionsTaken: string;
    evidenceRefs: readonly string[];
    submittedOn: string;
    submittedBy: string | null;
  },
): Promise<string> {
  const row = await db
    .insertInto('remediation_reports')
    .values({
      tenant_id: input.tenantId,
      recommendation_id: input.recommendationId,
      state: input.state,
      actions_taken: input.actionsTaken,
      evidence_refs: JSON.stringify(input.evidenceRefs),
      submitted_on: input.submittedOn,
      submitted_by: input.submittedBy,
      decision: null,
      decision_reason: null,
      decided_by: null,
      decided_on: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Records an inspector's decision on the latest undecided report of a recommendation. */
export async function decideLatestReport(
  db: Executor,
  recommendationId: string,
  decision: {
    decision: 'accepted' | 'returned';
    reason: string | null;
    decidedBy: string | null;
    decidedOn: string;
  },
): Promise<void> {
  await db
    .updateTable('remediation_reports')
    .set({
      decision: decision.decision,
      decision_reason: decision.reason,
      decided_by: decision.decidedBy,
      decided_on: decision.decidedOn,
    })
    .where(
      'id',
      '=',
      db
        .selectFrom('remediation_reports')
        .where('recommendation_id', '=', recommendationId)
        .where('decision', 'is', null)
        .orderBy('created_at', 'desc')
        .limit(1)
        .select('id'),
    )
    .execute();
}
