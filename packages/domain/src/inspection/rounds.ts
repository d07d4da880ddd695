import type { DeadlineRule } from '../calendar/deadline-rules.js';
import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { actDeadline, type InspectionDeadline } from '../deadlines/act-deadline.js';
import type { InspectionStatus } from '../plan/vocabulary.js';
import {
  type InspectionIssue,
  type InspectionResult,
  inspectionIssue,
  inspectionResultOf,
} from './inspection-issue.js';

export type RoundIssueCode =
  | 'round_empty'
  | 'round_inspection_without_date'
  | 'round_not_ended'
  | 'round_not_closed'
  | 'round_summary_rule_missing';

/** One inspection of a round, as the round's rules see it. */
export interface RoundInspection {
  id: string;
  /** For messages: the inspected unit's name. */
  unitName: string;
  status: InspectionStatus;
  /** The on-site days, any order; empty while undated. */
  dates: readonly LocalDate[];
}

/** A round (đợt kiểm tra) of one team; `closedOn` is set when the team closes it. */
export interface Round {
  id: string;
  inspections: readonly RoundInspection[];
  closedOn?: LocalDate;
}

// A cancelled inspection did not take place: it neither dates the round nor blocks it.
const counted = (inspections: readonly RoundInspection[]) =>
  inspections.filter((i) => i.status !== 'cancelled');

/**
 * The end of a round (seed III.2.e, "thời điểm kết thúc đợt kiểm tra"): the last on-site day of
 * its inspections; undefined while none is dated.
 * @example roundEnd([{ dates: [d('2024-09-25')] }, { dates: [d('2024-09-30')] }]) // 2024-09-30
 */
export function roundEnd(
  inspections: readonly Pick<RoundInspection, 'dates' | 'status'>[],
): LocalDate | undefined {
  let end: LocalDate | undefined;
  for (const i of inspections) {
    if (i.status === 'cancelled') continue;
    for (const day of i.dates) if (end === undefined || day > end) end = day;
  }
  return end;
}

/**
 * Whether a team may close a round today: it has inspections, each of them dated, and its last
 * on-site day has come.
 * @example checkRoundClosable({ round, today: d('2024-09-30') }) // { ok: true }
 */
export function checkRoundClosable(input: {
  round: Pick<Round, 'inspections'>;
  today: LocalDate;
}): InspectionResult<RoundIssueCode> {
  const inspections = counted(input.round.inspections);
  const issues: InspectionIssue<RoundIssueCode>[] = [];
  if (inspections.length === 0) {
    return inspectionResultOf([
      inspectionIssue('round_empty', 'Đợt kiểm tra chưa có cuộc kiểm tra nào; không thể kết thúc đợt.'),
    ]);
  }
  const undated = inspections.filter((i) => i.dates.length === 0);
  for (const i of undated) {
    issues.push(
      inspectionIssue(
        'round_inspection_without_date',
        `Cuộc kiểm tra tại ${i.unitName} chưa có ngày kiểm tra; hãy lập lịch hoặc hủy cuộc kiểm tra trước khi kết thúc đợt.`,
        { itemIds: [i.id] },
      ),
    );
  }
  const end = roundEnd(inspections);
  if (undated.length === 0 && end !== undefined && input.today < end) {
    issues.push(
      inspectionIssue(
        'round_not_ended',
        `Đợt kiểm tra chưa kết thúc: ngày kiểm tra cuối cùng là ${formatVietnamese(end)}.`,
      ),
    );
  }
  return inspectionResultOf(issues);
}

export type SummaryDeadlineResult =
  | { ok: true; deadline: InspectionDeadline }
  | { ok: false; issues: InspectionIssue<RoundIssueCode>[] };

/**
 * The summary report's deadline (seed III.2.e: within 20 working days from the end of the round),
 * started by closing the round and counted from the round's end; its state through actDeadline.
 * @example summaryReportDeadline({ round, rules: DEFAULT_DEADLINE_RULES_2024, calendar, today })
 *   // round ending Mon 30/09/2024 → { ok: true, deadline: { dueDate: 2024-10-28, … } }
 */
export function summaryReportDeadline(input: {
  round: Round;
  rules: readonly DeadlineRule[];
  calendar: WorkingCalendar;
  today: LocalDate;
  submittedOn?: LocalDate;
  historical?: boolean;
}): SummaryDeadlineResult {
  const { round, calendar, today, submittedOn } = input;
  const closable = checkRoundClosable({ round, today: round.closedOn ?? today });
  if (!closable.ok) {
    // An undated inspection cannot be in a closed round: refuse rather than count from a wrong end.
    return { ok: false, issues: closable.issues };
  }
  const end = roundEnd(round.inspections);
  if (round.closedOn === undefined || end === undefined) {
    return {
      ok: false,
      issues: [
        inspectionIssue(
          'round_not_closed',
          'Đợt kiểm tra chưa kết thúc; thời hạn báo cáo kết quả kiểm tra bắt đầu tính khi kết thúc đợt.',
        ),
      ],
    };
  }
  const rule = input.rules.find((r) => r.code === 'SUMMARY_REPORT');
  if (rule?.kind !== 'working_days') {
    return {
      ok: false,
      issues: [
        inspectionIssue(
          'round_summary_rule_missing',
          'Kế hoạch chưa có quy định thời hạn báo cáo kết quả kiểm tra (số ngày làm việc kể từ khi kết thúc đợt).',
        ),
      ],
    };
  }
  const deadline = actDeadline({
    rule,
    baseDate: end,
    reading: 'A',
    doneOn: submittedOn,
    calendar,
    today,
    historical: input.historical ?? false,
  });
  return { ok: true, deadline };
}
