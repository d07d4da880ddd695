import { localDateSchema } from '../calendar/date-input.js';
import { z } from '../validation/zod-vi.js';
import { type InspectionIssue, inspectionIssue } from './inspection-issue.js';
import {
  RECOMMENDATION_STATUS_LABELS,
  REMEDIATION_STATES,
  type RecommendationState,
  type RemediationReport,
} from './recommendations.js';

export type RemediationIssueCode =
  | 'remediation_final'
  | 'remediation_awaiting_review'
  | 'remediation_nothing_to_review'
  | 'remediation_actions_missing'
  | 'remediation_return_reason_missing'
  | 'remediation_carry_over_reason_missing';

/** The evidence a unit names for one recommendation: at most 50 references of 500 characters. */
export const MAX_EVIDENCE_REFS = 50;
export const MAX_EVIDENCE_REF_LENGTH = 500;

/** zod schema of the unit's report on one recommendation (seed III.2.đ); the date is yyyy-mm-dd. */
export const remediationReportSchema = z
  .object({
    state: z.enum(REMEDIATION_STATES, {
      error: 'Hãy chọn kết quả: đã thực hiện xong, đang thực hiện hoặc chưa thực hiện.',
    }),
    actionsTaken: z
      .string({ error: 'Nội dung đã thực hiện phải là chuỗi ký tự.' })
      .trim()
      .max(8000, { error: 'Nội dung đã thực hiện dài tối đa 8000 ký tự.' })
      .default(''),
    evidenceRefs: z
      .array(
        z
          .string({ error: 'Tài liệu kiểm chứng phải là chuỗi ký tự.' })
          .trim()
          .min(1, { error: 'Tài liệu kiểm chứng không được để trống.' })
          .max(MAX_EVIDENCE_REF_LENGTH, {
            error: `Mỗi tài liệu kiểm chứng dài tối đa ${MAX_EVIDENCE_REF_LENGTH} ký tự.`,
          }),
      )
      .max(MAX_EVIDENCE_REFS, { error: `Tối đa ${MAX_EVIDENCE_REFS} tài liệu kiểm chứng.` })
      .default([]),
    submittedOn: localDateSchema,
  })
  .superRefine((r, ctx) => {
    const message = missingActionsMessage(r);
    if (message !== undefined) ctx.addIssue({ code: 'custom', path: ['actionsTaken'], message });
  });

/** zod schema of an inspector's decision on a report; a return needs its reason. */
export const remediationDecisionSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({ decision: z.literal('accepted') }),
    z.object({
      decision: z.literal('returned'),
      reason: z
        .string({ error: 'Hãy nêu lý do trả lại báo cáo.' })
        .trim()
        .min(1, { error: 'Hãy nêu lý do trả lại báo cáo.' })
        .max(2000, { error: 'Lý do dài tối đa 2000 ký tự.' }),
    }),
  ],
  { error: 'Quyết định phải là chấp nhận hoặc trả lại.' },
);
export type RemediationDecision = z.output<typeof remediationDecisionSchema>;

export const REMEDIATION_DECISION_LABELS: Record<RemediationDecision['decision'], string> = {
  accepted: 'Chấp nhận',
  returned: 'Trả lại',
};

function missingActionsMessage(
  report: Pick<RemediationReport, 'state' | 'actionsTaken'>,
): string | undefined {
  if (report.actionsTaken.trim() !== '') return undefined;
  return report.state === 'not_done'
    ? 'Hãy nêu lý do chưa thực hiện kiến nghị.'
    : 'Hãy nêu những việc đã làm để khắc phục.';
}

export type RecommendationEvent =
  | { type: 'report'; report: RemediationReport }
  | { type: 'accept' }
  | { type: 'return'; reason: string }
  | { type: 'carry_over'; reason: string };

export type RecommendationStatusResult =
  | { ok: true; state: RecommendationState }
  | { ok: false; issues: InspectionIssue<RemediationIssueCode>[] };

const refuse = (code: RemediationIssueCode, message: string, field?: string): RecommendationStatusResult => ({
  ok: false,
  issues: [inspectionIssue(code, message, field === undefined ? {} : { field })],
});

/**
 * A recommendation's lifecycle: the unit reports (open, returned or in progress → reported); an
 * inspector accepts the report (→ done if it says done, else in progress) or returns it with a
 * reason (→ returned); an inspector may carry an unfinished one over, with a reason. Done and
 * carried over are final. Who may act is decided by `can` in access/policy.ts, not here.
 * @example recommendationStatusAfter({ type: 'accept' }, { status: 'reported', lastReport: doneReport })
 *   // { ok: true, state: { status: 'done', lastReport: doneReport, doneOn: doneReport.submittedOn } }
 */
export function recommendationStatusAfter(
  event: RecommendationEvent,
  current: RecommendationState,
): RecommendationStatusResult {
  const { status } = current;
  if (status === 'done' || status === 'carried_over') {
    return refuse(
      'remediation_final',
      `Kiến nghị ở trạng thái "${RECOMMENDATION_STATUS_LABELS[status]}" nên không thể báo cáo hay xem xét thêm.`,
    );
  }
  switch (event.type) {
    case 'report': {
      if (status === 'reported') {
        return refuse(
          'remediation_awaiting_review',
          'Báo cáo trước đang chờ Đoàn kiểm tra xem xét; hãy chờ kết quả xem xét rồi mới báo cáo lại.',
        );
      }
      const message = missingActionsMessage(event.report);
      if (message !== undefined) return refuse('remediation_actions_missing', message, 'actionsTaken');
      return {
        ok: true,
        state: {
          status: 'reported',
          lastReport: { ...event.report, evidenceRefs: [...event.report.evidenceRefs] },
        },
      };
    }
    case 'accept':
    case 'return': {
      const report = current.lastReport;
      if (status !== 'reported' || report === undefined) {
        return refuse(
          'remediation_nothing_to_review',
          'Đơn vị chưa gửi báo cáo khắc phục mới cho kiến nghị này nên chưa có gì để chấp nhận hay trả lại.',
        );
      }
      if (event.type === 'return') {
        const reason = event.reason.trim();
        if (reason === '')
          return refuse('remediation_return_reason_missing', 'Hãy nêu lý do trả lại báo cáo.', 'reason');
        return { ok: true, state: { status: 'returned', lastReport: report, returnReason: reason } };
      }
      if (report.state === 'done') {
        return { ok: true, state: { status: 'done', lastReport: report, doneOn: report.submittedOn } };
      }
      return { ok: true, state: { status: 'in_progress', lastReport: report } };
    }
    case 'carry_over': {
      if (status === 'reported') {
        return refuse(
          'remediation_awaiting_review',
          'Kiến nghị có báo cáo khắc phục đang chờ xem xét; hãy chấp nhận hoặc trả lại báo cáo trước khi chuyển tiếp theo dõi.',
        );
      }
      const reason = event.reason.trim();
      if (reason === '') {
        return refuse(
          'remediation_carry_over_reason_missing',
          'Hãy nêu lý do chuyển tiếp theo dõi kiến nghị.',
          'reason',
        );
      }
      const state: RecommendationState = { status: 'carried_over', carryOverReason: reason };
      if (current.lastReport !== undefined) state.lastReport = current.lastReport;
      return { ok: true, state };
    }
  }
}
