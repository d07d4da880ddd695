import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '../plan/vocabulary.js';
import { type PlanningResult, planningIssue, resultOf } from './planning-issue.js';

export type TargetRemovalIssueCode = 'target_already_notified';

/**
 * Whether a target may leave its plan: only while none of its visits has been notified to the unit
 * (after the notice the unit has been told to prepare; cancelling is the workflow's job).
 * @example checkTargetRemoval({ unitName: 'Sở Công Thương', visitStatuses: ['scheduled'] }) // { ok: true }
 */
export function checkTargetRemoval(input: {
  unitName: string;
  visitStatuses: readonly InspectionStatus[];
}): PlanningResult<TargetRemovalIssueCode> {
  const blocking = input.visitStatuses.find((s) => s !== 'planned' && s !== 'scheduled');
  if (blocking === undefined) return { ok: true };
  return resultOf([
    planningIssue(
      'target_already_notified',
      `Không thể bỏ ${input.unitName} khỏi kế hoạch: cuộc kiểm tra đã ở trạng thái "${INSPECTION_STATUS_LABELS[blocking]}", đơn vị đã được thông báo lịch kiểm tra.`,
      { field: 'targetId' },
    ),
  ]);
}
