import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import { INSPECTION_STATUS_LABELS } from '../plan/vocabulary.js';
import {
  type InspectionScheduleEvent,
  type InspectionScheduleState,
  type InspectionStatusIssueCode,
  inspectionStatusAfter,
} from '../planning/inspection-status.js';
import { type ClosureIssueCode, type ClosureRecommendation, checkInspectionClosable } from './closure.js';
import { type ConclusionIssueCode, checkConclusionIssuable } from './conclusion.js';
import type { FindingFacts } from './findings.js';
import { type InspectionIssue, inspectionIssue } from './inspection-issue.js';
import type { RecommendationDraft } from './recommendations.js';

export type InspectionProgressIssueCode =
  | 'progress_final'
  | 'progress_not_notified'
  | 'progress_already_started'
  | 'progress_before_first_day'
  | 'progress_not_concluded';

/** The later part of the workflow: the visit starts, the conclusion is issued, the inspection closes. */
export type InspectionProgressEvent =
  | { type: 'start'; today: LocalDate }
  | {
      type: 'conclude';
      findings: readonly FindingFacts[];
      recommendations: readonly RecommendationDraft[];
      notice: { number: string; date: LocalDate };
      today: LocalDate;
    }
  | { type: 'close'; recommendations: readonly ClosureRecommendation[] };

export type InspectionWorkflowIssueCode =
  | InspectionStatusIssueCode
  | InspectionProgressIssueCode
  | ConclusionIssueCode
  | ClosureIssueCode;

export type InspectionWorkflowResult =
  | { ok: true; state: InspectionScheduleState }
  | { ok: false; issues: InspectionIssue<InspectionWorkflowIssueCode>[] };

const refuse = (code: InspectionProgressIssueCode, message: string): InspectionWorkflowResult => ({
  ok: false,
  issues: [inspectionIssue(code, message)],
});

const withStatus = (
  current: InspectionScheduleState,
  status: InspectionScheduleState['status'],
): InspectionWorkflowResult => ({
  ok: true,
  state: { status, dates: [...current.dates], notices: [...current.notices] },
});

/**
 * The workflow after the schedule (planning/inspection-status.ts stops at 'notified'):
 * notified → in_progress on or after the first on-site day (seed III.2.a: the unit is notified
 * first); in_progress → concluded when checkConclusionIssuable accepts; concluded → closed when
 * checkInspectionClosable accepts. Closed and cancelled are final.
 * @example inspectionProgressAfter({ type: 'start', today: d('2024-08-28') }, notified)
 *   // { ok: true, state: { status: 'in_progress', … } }
 */
export function inspectionProgressAfter(
  event: InspectionProgressEvent,
  current: InspectionScheduleState,
): InspectionWorkflowResult {
  const { status } = current;
  if (status === 'closed' || status === 'cancelled') {
    return refuse(
      'progress_final',
      `Cuộc kiểm tra ở trạng thái "${INSPECTION_STATUS_LABELS[status]}" nên không thể thay đổi nữa.`,
    );
  }
  const sorted = current.dates.toSorted((a, b) => a - b);
  switch (event.type) {
    case 'start': {
      if (status === 'planned' || status === 'scheduled') {
        return refuse(
          'progress_not_notified',
          'Chưa gửi thông báo lịch kiểm tra đến đơn vị; hãy ghi thông báo lịch trước khi tiến hành kiểm tra.',
        );
      }
      if (status !== 'notified') {
        return refuse(
          'progress_already_started',
          `Cuộc kiểm tra đã ở trạng thái "${INSPECTION_STATUS_LABELS[status]}".`,
        );
      }
      const first = sorted[0];
      if (first === undefined || event.today < first) {
        const when = first === undefined ? '' : ` (${formatVietnamese(first)})`;
        return refuse(
          'progress_before_first_day',
          `Chưa đến ngày kiểm tra${when}; chỉ bắt đầu kiểm tra từ ngày kiểm tra đầu tiên.`,
        );
      }
      return withStatus(current, 'in_progress');
    }
    case 'conclude': {
      const checked = checkConclusionIssuable({
        inspection: { lastOnSiteDay: sorted.at(-1), status },
        findings: event.findings,
        recommendations: event.recommendations,
        notice: event.notice,
        today: event.today,
      });
      return checked.ok ? withStatus(current, 'concluded') : checked;
    }
    case 'close': {
      if (status !== 'concluded') {
        return refuse(
          'progress_not_concluded',
          `Chỉ kết thúc cuộc kiểm tra đã có thông báo kết luận; cuộc kiểm tra này đang ở trạng thái "${INSPECTION_STATUS_LABELS[status]}".`,
        );
      }
      const checked = checkInspectionClosable({ recommendations: event.recommendations });
      return checked.ok ? withStatus(current, 'closed') : checked;
    }
  }
}

/**
 * The whole workflow of one inspection: schedule events go to inspectionStatusAfter (planning),
 * the later ones to inspectionProgressAfter — one entry point for the API.
 * @example inspectionWorkflowAfter({ type: 'close', recommendations: [] }, concluded) // { ok: true, state: { status: 'closed', … } }
 */
export function inspectionWorkflowAfter(
  event: InspectionScheduleEvent | InspectionProgressEvent,
  current: InspectionScheduleState,
): InspectionWorkflowResult {
  switch (event.type) {
    case 'set_dates':
    case 'record_notice':
    case 'reschedule':
      return inspectionStatusAfter(event, current);
    default:
      return inspectionProgressAfter(event, current);
  }
}
