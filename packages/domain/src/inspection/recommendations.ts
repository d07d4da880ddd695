import { localDateSchema } from '../calendar/date-input.js';
import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import type { InspectionStatus } from '../plan/vocabulary.js';
import { safeString } from '../validation/safe-text.js';
import { z } from '../validation/zod-vi.js';

/**
 * Where a recommendation stands (seed I.2, III.2.đ, V.3.a: the unit carries out the
 * recommendations and reports back; the team follows them up):
 * - `open`: issued with the conclusion, nothing reported yet;
 * - `reported`: the unit sent a remediation report, waiting for an inspector;
 * - `returned`: an inspector sent the report back with a reason; the unit reports again;
 * - `in_progress`: an inspector accepted a report saying the work is under way or not done;
 * - `done`: an inspector accepted a report saying it is done;
 * - `carried_over`: an inspector carried it over to later follow-up, with a reason.
 */
export const RECOMMENDATION_STATUSES = [
  'open',
  'reported',
  'returned',
  'in_progress',
  'done',
  'carried_over',
] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_STATUS_LABELS: Record<RecommendationStatus, string> = {
  open: 'Chưa báo cáo khắc phục',
  reported: 'Đã báo cáo, chờ Đoàn kiểm tra xem xét',
  returned: 'Báo cáo bị trả lại, cần báo cáo lại',
  in_progress: 'Đang khắc phục',
  done: 'Đã khắc phục xong',
  carried_over: 'Chuyển tiếp theo dõi',
};

/** The unit's own account of a recommendation in a remediation report. */
export const REMEDIATION_STATES = ['done', 'in_progress', 'not_done'] as const;
export type RemediationState = (typeof REMEDIATION_STATES)[number];
export const REMEDIATION_STATE_LABELS: Record<RemediationState, string> = {
  done: 'Đã thực hiện xong',
  in_progress: 'Đang thực hiện',
  not_done: 'Chưa thực hiện',
};

/** One report the unit sent about one recommendation. */
export interface RemediationReport {
  state: RemediationState;
  /** What was done; for `not_done`, why not. */
  actionsTaken: string;
  /** References to the evidence: document numbers, file ids, links. */
  evidenceRefs: readonly string[];
  submittedOn: LocalDate;
}

/** A recommendation's place in its lifecycle; changed only by `recommendationStatusAfter`. */
export interface RecommendationState {
  status: RecommendationStatus;
  /** The latest report, if any. */
  lastReport?: RemediationReport;
  /** Set with `returned`: why the inspector sent the report back. */
  returnReason?: string;
  /** Set with `done`: the day of the report accepted as done, for "remediated on time". */
  doneOn?: LocalDate;
  /** Set with `carried_over`. */
  carryOverReason?: string;
}

/** A recommendation as the team drafts it: what, who, by when (seed III.2.đ; REMEDIATION rule). */
export interface RecommendationDraft {
  id: string;
  /** What must be fixed. */
  action: string;
  /** Who is responsible for fixing it. */
  responsible: string;
  /** The due date the team sets explicitly (the REMEDIATION rule is 'explicit_due_date'). */
  dueDate?: LocalDate;
  /** The findings it answers. */
  findingIds?: readonly string[];
}

/** Where a tracked recommendation comes from: this year's conclusion or an earlier year's one. */
export type RecommendationOrigin =
  | { kind: 'inspection'; inspectionId: string }
  | { kind: 'earlier_conclusion'; conclusionId: string; year: number };

/** A recommendation once issued, tracked until it is done or carried over. */
export interface Recommendation extends RecommendationDraft {
  origin?: RecommendationOrigin;
  state: RecommendationState;
}

const text = (missing: string) => safeString(missing).trim().min(1, { error: missing });

/** zod schema of a recommendation as the team enters it; the due date is yyyy-mm-dd. */
export const recommendationDraftSchema = z.object({
  id: text('Thiếu mã kiến nghị.'),
  action: text('Hãy nêu nội dung cần khắc phục.'),
  responsible: text('Hãy nêu cá nhân, tập thể chịu trách nhiệm khắc phục.'),
  dueDate: localDateSchema.optional(),
  findingIds: z.array(z.string()).default([]),
});

export const OVERDUE_LABEL = 'Quá hạn khắc phục';

/**
 * Whether a recommendation is past its due date: not accepted as done and today is after the due
 * date. One without a due date is never overdue (it cannot be issued without one, conclusion.ts).
 * Carried-over recommendations stay flagged: they were not remediated in time.
 * @example isOverdue({ dueDate: d('2024-10-31'), state: { status: 'open' } }, d('2024-11-01')) // true
 */
export function isOverdue(
  recommendation: { dueDate?: LocalDate; state: Pick<RecommendationState, 'status'> },
  today: LocalDate,
): boolean {
  const { dueDate, state } = recommendation;
  return dueDate !== undefined && state.status !== 'done' && today > dueDate;
}

/**
 * The flag shown beside an overdue recommendation, undefined when it is not overdue.
 * @example overdueLabel(rec, d('2024-11-01')) // 'Quá hạn khắc phục (hạn 31/10/2024)'
 */
export function overdueLabel(
  recommendation: { dueDate?: LocalDate; state: Pick<RecommendationState, 'status'> },
  today: LocalDate,
): string | undefined {
  const { dueDate } = recommendation;
  if (dueDate === undefined || !isOverdue(recommendation, today)) return undefined;
  return `${OVERDUE_LABEL} (hạn ${formatVietnamese(dueDate)})`;
}

/**
 * How many of a visit's recommendations are overdue today, the count shown wherever the visit is
 * listed. Its own recommendations count once the conclusion is issued (before that they are a
 * draft the unit cannot see); the earlier years' ones it took over count from the start.
 * @example overdueCount('concluded', [rec], d('2024-11-01')) // 1 when rec was due 31/10/2024
 */
export function overdueCount(
  inspectionStatus: InspectionStatus,
  recommendations: readonly {
    dueDate?: LocalDate;
    state: Pick<RecommendationState, 'status'>;
    origin?: RecommendationOrigin;
  }[],
  today: LocalDate,
): number {
  const issued = inspectionStatus === 'concluded' || inspectionStatus === 'closed';
  return recommendations.filter(
    (r) => (issued || r.origin?.kind === 'earlier_conclusion') && isOverdue(r, today),
  ).length;
}

/**
 * The flag beside a visit with overdue recommendations, undefined when none is overdue.
 * @example overdueCountLabel(2) // '2 kiến nghị quá hạn khắc phục'
 */
export function overdueCountLabel(count: number): string | undefined {
  return count > 0 ? `${count} kiến nghị quá hạn khắc phục` : undefined;
}

/**
 * Whether a recommendation was remediated on time: accepted as done, on a report dated no later
 * than its due date.
 * @example remediatedOnTime({ dueDate: d('2024-10-31'), state: { status: 'done', doneOn: d('2024-10-30') } }) // true
 */
export function remediatedOnTime(recommendation: {
  dueDate?: LocalDate;
  state: Pick<RecommendationState, 'status' | 'doneOn'>;
}): boolean {
  const { dueDate, state } = recommendation;
  return (
    state.status === 'done' && dueDate !== undefined && state.doneOn !== undefined && state.doneOn <= dueDate
  );
}
