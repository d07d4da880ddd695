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
