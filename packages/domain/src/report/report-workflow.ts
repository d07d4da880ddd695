import {
  type DeadlineState,
  deadlineState,
  type LocalDate,
  type WorkingCalendar,
} from '../calendar/index.js';
import { answerableItems, type OutlineItem } from './outline.js';
import { type AnswerForProgress, reportProgress } from './progress.js';

/**
 * A unit's report: drafted, submitted, reopened by the team with a reason, or open for the
 * additions the team asked for (only those items).
 */
export const REPORT_STATUSES = ['draft', 'submitted', 'reopened', 'additions_requested'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi Đoàn kiểm tra',
  reopened: 'Đoàn kiểm tra đã mở lại để chỉnh sửa',
  additions_requested: 'Đoàn kiểm tra đề nghị bổ sung',
};

export interface ReportIssue {
  code:
    | 'missing_item'
    | 'read_only'
    | 'item_not_open'
    | 'unknown_item'
    | 'not_submitted'
    | 'already_submitted'
    | 'no_items';
  message: string;
  field?: string;
}

export type ReportCheck = { ok: true } | { ok: false; issues: ReportIssue[] };

const OK: ReportCheck = { ok: true };
const refuse = (...issues: ReportIssue[]): ReportCheck => ({ ok: false, issues });

/** The facts of a report that decide what may be done with it. */
export interface ReportFacts {
  status: ReportStatus;
  /** The items of the open addition request, when the status is additions_requested. */
  openItemCodes: readonly string[];
}

/**
 * May the unit change this item now? Everything while drafting or reopened; only the requested
 * items while additions are asked for; nothing once submitted.
 */
export function checkItemEditable(report: ReportFacts, itemCode: string): ReportCheck {
  if (report.status === 'submitted')
    return refuse({
      code: 'read_only',
      message: 'Báo cáo đã gửi Đoàn kiểm tra nên chỉ xem được; chỉ Đoàn kiểm tra có thể mở lại để chỉnh sửa.',
    });
  if (report.status === 'additions_requested' && !report.openItemCodes.includes(itemCode))
    return refuse({
      code: 'item_not_open',
      field: itemCode,
      message: `Mục ${itemCode} không nằm trong các mục Đoàn kiểm tra đề nghị bổ sung nên không sửa được.`,
    });
  return OK;
}

/**
 * May the report be submitted? Refused once submitted, and while a required item is empty, with
 * the list of what is missing.
 */
export function checkSubmission(
  report: ReportFacts,
  items: readonly OutlineItem[],
  answers: readonly AnswerForProgress[],
): ReportCheck {
  if (report.status === 'submitted')
    return refuse({ code: 'already_submitted', message: 'Báo cáo đã được gửi Đoàn kiểm tra.' });
  const { missing } = reportProgress(items, answers);
  if (missing.length === 0) return OK;
  return refuse(
    ...missing.map((m) => ({
      code: 'missing_item' as const,
      field: m.code,
      message: `Mục ${m.code} chưa có nội dung: ${shorten(m.title)}`,
    })),
  );
}

const shorten = (text: string) => (text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text);

/** May the team reopen the report (with a reason) or ask for additions? Only a submitted one. */
export function checkTeamCanReopen(report: ReportFacts): ReportCheck {
  return report.status === 'submitted'
    ? OK
    : refuse({ code: 'not_submitted', message: 'Chỉ mở lại hoặc đề nghị bổ sung được báo cáo đã gửi.' });
}

/** The items an addition request names must be answerable items of the report's outline. */
export function checkAdditionRequest(
  report: ReportFacts,
  items: readonly OutlineItem[],
  itemCodes: readonly string[],
): ReportCheck {
  const state = checkTeamCanReopen(report);
  if (!state.ok) return state;
  if (itemCodes.length === 0)
    return refuse({ code: 'no_items', message: 'Hãy chọn ít nhất một mục cần đơn vị bổ sung.' });
  const answerable = new Set(answerableItems(items).map((i) => i.code));
  const unknown = itemCodes.filter((c) => !answerable.has(c));
  if (unknown.length > 0)
    return refuse(
      ...unknown.map((c) => ({
        code: 'unknown_item' as const,
        field: c,
        message: `Đề cương của báo cáo không có mục ${c} để đề nghị bổ sung.`,
      })),
    );
  return OK;
}

/** A submission's timing against the report's due date (III.2.b: at least 5 working days before). */
export type SubmissionTiming = { kind: 'on_time' } | { kind: 'late'; workingDaysLate: number };

/**
 * On time when submitted on or before the due date; otherwise late by the working days the shared
 * {@link deadlineState} counts.
 * @example submissionTiming({ dueDate: d('2024-04-26'), submittedOn: d('2024-05-02'), calendar }) // { kind: 'late', workingDaysLate: 1 }
 */
export function submissionTiming(input: {
  dueDate: LocalDate;
  submittedOn: LocalDate;
  calendar: WorkingCalendar;
}): SubmissionTiming {
  const state: DeadlineState = deadlineState({
    dueDate: input.dueDate,
    direction: 'before',
    baseDate: input.dueDate,
    doneOn: input.submittedOn,
    today: input.submittedOn,
    calendar: input.calendar,
  });
  return state.kind === 'met_late'
    ? { kind: 'late', workingDaysLate: state.workingDaysLate }
    : { kind: 'on_time' };
}

/** The team reads a report only once the unit has submitted it; drafts are the unit's own. */
export const teamMayRead = (firstSubmittedAt: Date | null): boolean => firstSubmittedAt !== null;
