import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '../plan/vocabulary.js';
import { type InspectionIssue, inspectionIssue } from './inspection-issue.js';
import type { RecommendationState } from './recommendations.js';

export type FollowUpIssueCode = 'follow_up_source_not_concluded' | 'follow_up_nothing_open';

/**
 * Seed I.2: "Trong trường hợp cần thiết Đoàn kiểm tra có thể thực hiện việc phúc tra, tái kiểm
 * tra". A follow-up (phúc tra) verifies remediation; a re-inspection (tái kiểm tra) inspects again.
 */
export const FOLLOW_UP_KINDS = ['follow_up', 're_inspection'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const FOLLOW_UP_KIND_LABELS: Record<FollowUpKind, string> = {
  follow_up: 'Phúc tra',
  re_inspection: 'Tái kiểm tra',
};

/** What a follow-up starts with: its source and the recommendations it checks. */
export interface FollowUpPlan {
  kind: FollowUpKind;
  sourceInspectionId: string;
  recommendationIds: string[];
}

export type FollowUpResult =
  | { ok: true; plan: FollowUpPlan }
  | { ok: false; issues: InspectionIssue<FollowUpIssueCode>[] };

const FROM: readonly InspectionStatus[] = ['concluded', 'closed'];

/**
 * Opens a follow-up from a concluded (or closed) inspection, linked to it, checking every
 * recommendation not accepted as done — carried-over ones included, since they are still to fix.
 * @example planFollowUp({ kind: 'follow_up', inspection: { id: 'i1', status: 'concluded' }, recommendations })
 *   // { ok: true, plan: { kind: 'follow_up', sourceInspectionId: 'i1', recommendationIds: ['r2'] } }
 */
export function planFollowUp(input: {
  kind?: FollowUpKind;
  inspection: { id: string; status: InspectionStatus };
  recommendations: readonly { id: string; state: Pick<RecommendationState, 'status'> }[];
}): FollowUpResult {
  const kind = input.kind ?? 'follow_up';
  const { inspection } = input;
  const what = FOLLOW_UP_KIND_LABELS[kind].toLowerCase();
  if (!FROM.includes(inspection.status)) {
    return {
      ok: false,
      issues: [
        inspectionIssue(
          'follow_up_source_not_concluded',
          `Chỉ ${what} một cuộc kiểm tra đã kết luận; cuộc kiểm tra này đang ở trạng thái "${INSPECTION_STATUS_LABELS[inspection.status]}".`,
          { itemIds: [inspection.id] },
        ),
      ],
    };
  }
  const open = input.recommendations.filter((r) => r.state.status !== 'done').map((r) => r.id);
  if (open.length === 0) {
    return {
      ok: false,
      issues: [
        inspectionIssue(
          'follow_up_nothing_open',
          `Mọi kiến nghị của cuộc kiểm tra đã được chấp nhận là khắc phục xong; không còn nội dung để ${what}.`,
          { itemIds: [inspection.id] },
        ),
      ],
    };
  }
  return { ok: true, plan: { kind, sourceInspectionId: inspection.id, recommendationIds: open } };
}
