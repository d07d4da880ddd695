import type { ReportStatus } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface ReportRecord {
  id: string;
  tenantId: string;
  inspectionId: string;
  templateId: string;
  status: ReportStatus;
  firstSubmittedAt: Date | null;
  dueDate: string | null;
  timing: 'on_time' | 'late' | null;
  workingDaysLate: number | null;
  lastSubmittedAt: Date | null;
  reopenedReason: string | null;
  version: number;
  updatedAt: Date;
}

const reportColumns = [
  'id',
  'tenant_id',
  'inspection_id',
  'template_id',
  'status',
  'first_submitted_at',
  'due_date',
  'timing',
  'working_days_late',
  'last_submitted_at',
  'reopened_reason',
  'version',
  'updated_at',
] as const;

interface ReportRow {
  id: string;
  tenant_id: string;
  inspection_id: string;
  template_id: string;
  status: ReportStatus;
  first_submitted_at: Date | null;
  due_date: string | null;
  timing: 'on_time' | 'late' | null;
  working_days_late: number | null;
  last_submitted_at: Date | null;
  reopened_reason: string | null;
  version: number;
  updated_at: Date;
}

const toReport = (r: ReportRow): ReportRecord => ({
  id: r.id,
  tenantId: r.tenant_id,
  inspectionId: r.inspection_id,
  templateId: r.template_id,
  status: r.status,
  firstSubmittedAt: r.first_submitted_at,
  dueDate: r.due_date,
  timing: r.timing,
  workingDaysLate: r.working_days_late,
  lastSubmittedAt: r.last_submitted_at,
  reopenedReason: r.reopened_reason,
  version: r.version,
  updatedAt: r.updated_at,
});

export async function findReportByInspection(
  db: Executor,
  inspectionId: string,
): Promise<ReportRecord | null> {
  const row = await db
    .selectFrom('unit_reports')
    .select(reportColumns)
    .where('inspection_id', '=', inspectionId)
    .executeTakeFirst();
  return row ? toReport(row) : null;
}

/**
 * The report, read again and locked until the end of the caller's transaction (FOR UPDATE). Every
 * write to a report's content and every change of its state takes this lock first, so that a save
 * and a submission cannot both pass their checks on the same state: the later one waits, then
 * sees the state the other left.
 */
export async function lockReport(db: Executor, reportId: string): Promise<ReportRecord> {
  const row = await db
    .selectFrom('unit_reports')
    .select(reportColumns)
    .where('id', '=', reportId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new Error(`report ${reportId} disappeared`);
  return toReport(row);
}

/**
 * The inspection's report, created against `templateId` if it has none yet. Two first saves racing
 * create one report: the second finds the first's row.
 */
export async function ensureReport(
  db: Executor,
  input: { tenantId: string; inspectionId: string; templateId: string },
): Promise<ReportRecord> {
  await db
    .insertInto('unit_reports')
    .values({ tenant_id: input.tenantId, inspection_id: input.inspectionId, template_id: input.templateId })
    .onConflict((oc) => oc.column('inspection_id').doNothing())
    .execute();
  const report = await findReportByInspection(db, input.inspectionId);
  if (!report) throw new Error(`the report of inspection ${input.inspectionId} was not created`);
  return report;
}

/** What a change of the report's state sets; fields left out stay as they are. */
export interface ReportStateChange {
  status: ReportStatus;
  firstSubmittedAt?: Date;
  dueDate?: string | null;
  timing?: 'on_time' | 'late' | null;
  workingDaysLate?: number | null;
  lastSubmittedAt?: Date;
  reopenedReason?: string | null;
}

/** Changes the report's state if its version is still `expectedVersion`; the new version, or null on a race. */
export async function changeReportState(
  db: Executor,
  reportId: string,
  expectedVersion: number,
  change: ReportStateChange,
): Promise<number | null> {
  const row = await db
    .updateTable('unit_reports')
    .set({
      status: change.status,
      ...(change.firstSubmittedAt !== undefined && { first_submitted_at: change.firstSubmittedAt }),
      ...(change.dueDate !== undefined && { due_date: change.dueDate }),
      ...(change.timing !== undefined && { timing: change.timing }),
      ...(change.workingDaysLate !== undefined && { working_days_late: change.workingDaysLate }),
      ...(change.lastSubmittedAt !== undefined && { last_submitted_at: change.lastSubmittedAt }),
      ...(change.reopenedReason !== undefined && { reopened_reason: change.reopenedReason }),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', reportId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}

export interface AnswerRecord {
  itemCode: string;
  /** Sanitized on save: safe to show as HTML as it is. */
  narrative: string;
  hasText: boolean;
  figures: Record<string, number | null>;
  version: number;
  updatedByName: string | null;
  updatedAt: Date;
}

const answerColumns = [
  'item_code',
  'narrative',
  'has_text',
  'figures',
  'version',
  'updated_by_name',
  'updated_at',
] as const;
const toAnswer = (r: {
  item_code: string;
  narrative: string;
  has_text: boolean;
  figures: Record<string, number | null>;
  version: number;
  updated_by_name: string | null;
  updated_at: Date;
}): AnswerRecord => ({
  itemCode: r.item_code,
  narrative: r.narrative,
  hasText: r.has_text,
  figures: r.figures,
  version: r.version,
  updatedByName: r.updated_by_name,
  updatedAt: r.updated_at,
});

export async function listAnswers(db: Executor, reportId: string): Promise<AnswerRecord[]> {
  const rows = await db
    .selectFrom('report_answers')
    .select(answerColumns)
    .where('report_id', '=', reportId)
    .execute();
  return rows.map(toAnswer);
}

export async function findAnswer(
  db: Executor,
  reportId: string,
  itemCode: string,
): Promise<AnswerRecord | null> {
  const row = await db
    .selectFrom('report_answers')
    .select(answerColumns)
    .where('report_id', '=', reportId)
    .where('item_code', '=', itemCode)
    .executeTakeFirst();
  return row ? toAnswer(row) : null;
}

/**
 * Saves one item's answer if nobody saved it since `expectedVersion` (0: the item had no answer).
 * On a race it returns the other person's answer instead of overwriting it.
 */
export async function saveAnswer(
  db: Executor,
  input: {
    reportId: string;
    itemCode: string;
    /** Already sanitized, with whether it holds words. */
    narrative: string;
    hasText: boolean;
    figures: Record<string, number | null>;
    expectedVersion: number;
    byName: string;
    /** The time of the save, from the caller's clock. */
    at: Date;
  },
): Promise<{ saved: true; answer: AnswerRecord } | { saved: false; current: AnswerRecord | null }> {
  const figures = JSON.stringify(input.figures);
  const row =
    input.expectedVersion === 0
      ? await db
          .insertInto('report_answers')
          .values({
            report_id: input.reportId,
            item_code: input.itemCode,
            narrative: input.narrative,
            has_text: input.hasText,
            figures,
            updated_by_name: input.byName,
            updated_at: input.at,
          })
          .onConflict((oc) => oc.columns(['report_id', 'item_code']).doNothing())
          .returning(answerColumns)
          .executeTakeFirst()
      : await db
          .updateTable('report_answers')
          .set({
            narrative: input.narrative,
            has_text: input.hasText,
            figures,
            updated_by_name: input.byName,
            version: sql`version + 1`,
            updated_at: input.at,
          })
          .where('report_id', '=', input.reportId)
          .where('item_code', '=', input.itemCode)
          .where('version', '=', input.expectedVersion)
          .returning(answerColumns)
          .executeTakeFirst();
  if (row) return { saved: true, answer: toAnswer(row) };
  return { saved: false, current: await findAnswer(db, input.reportId, input.itemCode) };
}

export interface SystemFigureRecord {
  itemCode: string;
  figureKey: string;
  value: number;
  source: string;
  recordedAt: Date;
  unitComment: string | null;
}

export async function listSystemFigures(db: Executor, reportId: string): Promise<SystemFigureRecord[]> {
  const rows = await db
    .selectFrom('report_system_figures')
    .select(['item_code', 'figure_key', 'value', 'source', 'recorded_at', 'unit_comment'])
    .where('report_id', '=', reportId)
    .orderBy('item_code')
    .orderBy('figure_key')
    .execute();
  return rows.map((r) => ({
    itemCode: r.item_code,
    figureKey: r.figure_key,
    value: Number(r.value),
    source: r.source,
    recordedAt: r.recorded_at,
    unitComment: r.unit_comment,
  }));
}

/** Writes figures pushed by a provincial system; a newer push of the same figure replaces the value, keeps the unit's comment. */
export async function upsertSystemFigures(
  db: Executor,
  input: {
    reportId: string;
    itemCode: string;
    source: string;
    recordedAt: Date;
    apiClientId: string;
    figures: Record<string, number>;
  },
): Promise<void> {
  const values = Object.entries(input.figures).map(([key, value]) => ({
    report_id: input.reportId,
    item_code: input.itemCode,
    figure_key: key,
    value,
    source: input.source,
    recorded_at: input.recordedAt,
    api_client_id: input.apiClientId,
  }));
  await db
    .insertInto('report_system_figures')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['report_id', 'item_code', 'figure_key']).doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        source: eb.ref('excluded.source'),
        recorded_at: eb.ref('excluded.recorded_at'),
        api_client_id: eb.ref('excluded.api_client_id'),
      })),
    )
    .execute();
}

/** The unit's comment on a figure from a system; false when there is no such figure. */
export async function commentOnSystemFigure(
  db: Executor,
  input: { reportId: string; itemCode: string; figureKey: string; comment: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('report_system_figures')
    .set({ unit_comment: input.comment })
    .where('report_id', '=', input.reportId)
    .where('item_code', '=', input.itemCode)
    .where('figure_key', '=', input.figureKey)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface CommentRecord {
  id: string;
  itemCode: string;
  authorName: string;
  body: string;
  createdAt: Date;
}

export async function insertReportComment(
  db: Executor,
  input: {
    reportId: string;
    itemCode: string;
    authorUserId: string | null;
    authorName: string;
    body: string;
  },
): Promise<string> {
  const row = await db
    .insertInto('report_comments')
    .values({
      report_id: input.reportId,
      item_code: input.itemCode,
      author_user_id: input.authorUserId,
      author_name: input.authorName,
      body: input.body,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listReportComments(db: Executor, reportId: string): Promise<CommentRecord[]> {
  const rows = await db
    .selectFrom('report_comments')
    .select(['id', 'item_code', 'author_name', 'body', 'created_at'])
    .where('report_id', '=', reportId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    itemCode: r.item_code,
    authorName: r.author_name,
    body: r.body,
    createdAt: r.created_at,
  }));
}

export interface AdditionRequestRecord {
  id: string;
  itemCodes: string[];
  reason: string;
  requestedByName: string;
  requestedAt: Date;
  resolvedAt: Date | null;
}

export async function insertAdditionRequest(
  db: Executor,
  input: {
    reportId: string;
    itemCodes: readonly string[];
    reason: string;
    requestedByName: string;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('report_addition_requests')
    .values({
      report_id: input.reportId,
      item_codes: JSON.stringify(input.itemCodes),
      reason: input.reason,
      requested_by_name: input.requestedByName,
      requested_at: input.at,
    })
    .execute();
}

export async function listAdditionRequests(db: Executor, reportId: string): Promise<AdditionRequestRecord[]> {
  const rows = await db
    .selectFrom('report_addition_requests')
    .select(['id', 'item_codes', 'reason', 'requested_by_name', 'requested_at', 'resolved_at'])
    .where('report_id', '=', reportId)
    .orderBy('requested_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    itemCodes: r.item_codes,
    reason: r.reason,
    requestedByName: r.requested_by_name,
    requestedAt: r.requested_at,
    resolvedAt: r.resolved_at,
  }));
}

/** Marks the open addition requests answered (the unit submitted again). */
export async function resolveAdditionRequests(db: Executor, reportId: string, at: Date): Promise<void> {
  await db
    .updateTable('report_addition_requests')
    .set({ resolved_at: at })
    .where('report_id', '=', reportId)
    .where('resolved_at', 'is', null)
    .execute();
}

/** The state of the reports of some visits (those that have one), for listings. */
export async function listReportStates(
  db: Executor,
  inspectionIds: readonly string[],
): Promise<{ inspectionId: string; status: ReportStatus; firstSubmittedAt: Date | null }[]> {
  if (inspectionIds.length === 0) return [];
  const rows = await db
    .selectFrom('unit_reports')
    .select(['inspection_id', 'status', 'first_submitted_at'])
    .where('inspection_id', 'in', [...inspectionIds])
    .execute();
  return rows.map((r) => ({
    inspectionId: r.inspection_id,
    status: r.status,
    firstSubmittedAt: r.first_submitted_at,
  }));
}
