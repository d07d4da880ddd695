import {
  type InspectionIssue,
  type InspectionResult,
  inspectionIssue,
  inspectionResultOf,
  messageQuote,
} from './inspection-issue.js';
import { RECOMMENDATION_STATUS_LABELS, type RecommendationState } from './recommendations.js';

export type ClosureIssueCode = 'closure_recommendation_open' | 'closure_carry_over_reason_missing';

/** The smallest view of a recommendation closure needs. */
export interface ClosureRecommendation {
  id: string;
  action: string;
  state: Pick<RecommendationState, 'status' | 'carryOverReason'>;
}

/**
 * Whether a recommendation no longer keeps its inspection open: accepted as done, or carried
 * over with a (non-blank) reason.
 * @example isSettled({ status: 'carried_over', carryOverReason: 'Chờ Nghị định mới' }) // true
 */
export function isSettled(state: Pick<RecommendationState, 'status' | 'carryOverReason'>): boolean {
  if (state.status === 'done') return true;
  return state.status === 'carried_over' && (state.carryOverReason ?? '').trim() !== '';
}

/**
 * Whether an inspection may close (seed I.2: recommendations must be carried out and reported;
 * III.2.g: the Department follows remediation up): only when every recommendation — its own and
 * the earlier years' it took over — is accepted as done or carried over with a reason. Lists
 * every one that blocks. The status part (only a concluded inspection closes) is in
 * inspection-workflow.ts.
 * @example checkInspectionClosable({ recommendations: [{ id: 'r1', action: '…', state: { status: 'open' } }] })
 *   // { ok: false, issues: [{ code: 'closure_recommendation_open', itemIds: ['r1'], … }] }
 */
export function checkInspectionClosable(input: {
  recommendations: readonly ClosureRecommendation[];
}): InspectionResult<ClosureIssueCode> {
  const issues: InspectionIssue<ClosureIssueCode>[] = [];
  for (const r of input.recommendations) {
    if (isSettled(r.state)) continue;
    if (r.state.status === 'carried_over') {
      issues.push(
        inspectionIssue(
          'closure_carry_over_reason_missing',
          `Kiến nghị ${messageQuote(r.action)} được chuyển tiếp theo dõi nhưng chưa có lý do; hãy ghi lý do chuyển tiếp.`,
          { itemIds: [r.id] },
        ),
      );
      continue;
    }
    issues.push(
      inspectionIssue(
        'closure_recommendation_open',
        `Kiến nghị ${messageQuote(r.action)} chưa được chấp nhận là đã khắc phục xong (hiện: ${RECOMMENDATION_STATUS_LABELS[r.state.status]}); hãy xem xét báo cáo khắc phục hoặc chuyển tiếp theo dõi kèm lý do.`,
        { itemIds: [r.id] },
      ),
    );
  }
  return inspectionResultOf(issues);
}
