import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '../plan/vocabulary.js';
import { type InspectionResult, inspectionIssue, inspectionResultOf } from './inspection-issue.js';

export type TeamWorkIssueCode = 'team_work_not_open';

/**
 * Whether the team may still write the minutes, findings, recommendations and the draft
 * conclusion: only while the inspection is under way. Before it the visit has not taken place
 * (the minutes' first save starts it, inspection-workflow.ts); after the notice the conclusion is
 * issued and stands as sent to the unit.
 * @example checkTeamWorkOpen('concluded') // { ok: false, issues: [{ code: 'team_work_not_open', … }] }
 */
export function checkTeamWorkOpen(status: InspectionStatus): InspectionResult<TeamWorkIssueCode> {
  if (status === 'in_progress') return inspectionResultOf([]);
  const why =
    status === 'concluded' || status === 'closed'
      ? 'thông báo kết luận đã ban hành nên biên bản, kết quả kiểm tra và kiến nghị không sửa được nữa'
      : 'chỉ ghi biên bản, kết quả kiểm tra và kiến nghị khi cuộc kiểm tra đang diễn ra';
  return inspectionResultOf([
    inspectionIssue(
      'team_work_not_open',
      `Cuộc kiểm tra ở trạng thái "${INSPECTION_STATUS_LABELS[status]}": ${why}.`,
    ),
  ]);
}

export type RemediationOpenIssueCode = 'remediation_not_open';

/**
 * Whether recommendations are followed up (the unit reports, the team reviews or carries over):
 * from the conclusion notice (seed III.2.đ) until the inspection closes.
 * @example checkRemediationOpen('in_progress') // { ok: false, … 'Chưa ban hành thông báo kết luận …' }
 */
export function checkRemediationOpen(status: InspectionStatus): InspectionResult<RemediationOpenIssueCode> {
  if (status === 'concluded') return inspectionResultOf([]);
  const message =
    status === 'closed'
      ? 'Cuộc kiểm tra đã kết thúc; không báo cáo hay xem xét khắc phục thêm.'
      : 'Chưa ban hành thông báo kết luận nên chưa có kiến nghị để báo cáo hay xem xét khắc phục.';
  return inspectionResultOf([inspectionIssue('remediation_not_open', message)]);
}

/**
 * Whether the team may take over an earlier year's conclusion for this visit: from the schedule
 * notice until the visit closes (a closed or cancelled visit follows nothing up any more).
 * @example checkEarlierConclusionEntryOpen('closed').ok // false
 */
export function checkEarlierConclusionEntryOpen(
  status: InspectionStatus,
): InspectionResult<RemediationOpenIssueCode> {
  if (status === 'notified' || status === 'in_progress' || status === 'concluded')
    return inspectionResultOf([]);
  return inspectionResultOf([
    inspectionIssue(
      'remediation_not_open',
      `Cuộc kiểm tra ở trạng thái "${INSPECTION_STATUS_LABELS[status]}" nên không nhận thêm kết luận của các năm trước để theo dõi.`,
    ),
  ]);
}
