import type { DeadlineCode, DeadlineReading, DeadlineRule } from '../calendar/deadline-rules.js';
import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { RecommendationState } from '../inspection/recommendations.js';
import type { InspectionForm, InspectionStatus } from '../plan/vocabulary.js';
import { actDeadline, type InspectionDeadline } from './act-deadline.js';

/** The unit's report as recorded: its first submission meets the deadline; a reopening asks for it again. */
export interface UnitReportFacts {
  firstSubmittedOn?: LocalDate;
  lastSubmittedOn?: LocalDate;
  /** The team reopened it or asked for additions and the unit has not sent it again yet. */
  awaitingResubmission: boolean;
}

/** A recommendation as its remediation deadline reads it. */
export interface RecommendationDeadlineFacts {
  id: string;
  action: string;
  dueDate?: LocalDate;
  state: Pick<RecommendationState, 'status' | 'doneOn' | 'lastReport'>;
}

/** What is recorded of one visit, for its deadlines. Acts not yet done are left out. */
export interface VisitFacts {
  status: InspectionStatus;
  form: InspectionForm;
  /** The on-site days, any order; empty while the visit has no date. */
  visitDates: readonly LocalDate[];
  scheduleNoticeSentOn?: LocalDate;
  unitReport?: UnitReportFacts;
  conclusionNoticeSentOn?: LocalDate;
  /** The visit's round: its last on-site day, the day it was closed, the day its summary was issued. */
  round?: { end?: LocalDate; closedOn?: LocalDate; summaryIssuedOn?: LocalDate };
  recommendations?: readonly RecommendationDeadlineFacts[];
}

export interface VisitDeadlinesInput {
  facts: VisitFacts;
  rules: readonly DeadlineRule[];
  reading: DeadlineReading;
  calendar: WorkingCalendar;
  today: LocalDate;
  /** The plan reads as history (planIsHistory): acts not done are final. */
  historical?: boolean;
}

/** The order in which a visit's deadlines fall due. */
export const VISIT_DEADLINE_CODES: readonly DeadlineCode[] = [
  'SCHEDULE_NOTICE',
  'UNIT_REPORT',
  'CONCLUSION_NOTICE',
  'SUMMARY_REPORT',
  'REMEDIATION',
];

const CANCELLED = 'cuộc kiểm tra đã hủy';
const DESK = 'kiểm tra qua báo cáo, không làm việc trực tiếp tại đơn vị';

/**
 * Every legal deadline of one visit from the facts recorded, each with one state today: the
 * schedule notice and the unit's report count back from the first on-site day, the conclusion
 * notice forward from the last one (LEGAL.md §1.3), the summary from the round's end once the
 * round is closed, each remediation from the due date the team set. A cancelled visit's deadlines
 * do not apply; a desk inspection has no schedule notice. None while the visit has no date.
 * @example visitDeadlines({ facts: { status: 'notified', form: 'on_site', visitDates: [d('2024-05-07')],
 *   scheduleNoticeSentOn: d('2024-04-18') }, rules: DEFAULT_DEADLINE_RULES_2024, reading: 'A', calendar,
 *   today: d('2024-04-25') }).map((x) => x.state.kind) // ['met_on_time', 'due_in', 'not_due']
 */
export function visitDeadlines(input: VisitDeadlinesInput): InspectionDeadline[] {
  const { facts, rules, reading, calendar, today } = input;
  const sorted = facts.visitDates.toSorted((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return [];
  const historical = input.historical ?? false;
  const cancelled = facts.status === 'cancelled' ? CANCELLED : undefined;
  const common = { reading, calendar, today, historical };
  const result: InspectionDeadline[] = [];

  const notice = rules.find((r) => r.code === 'SCHEDULE_NOTICE');
  if (notice?.kind === 'working_days') {
    result.push(
      actDeadline({
        ...common,
        rule: notice,
        baseDate: first,
        doneOn: facts.scheduleNoticeSentOn,
        notApplicable: cancelled ?? (facts.form === 'desk' ? DESK : undefined),
      }),
    );
  }

  const report = rules.find((r) => r.code === 'UNIT_REPORT');
  if (report?.kind === 'working_days') {
    const r = facts.unitReport;
    result.push(
      actDeadline({
        ...common,
        rule: report,
        baseDate: first,
        doneOn: r?.firstSubmittedOn,
        notApplicable: cancelled,
        note: reportNote(r),
      }),
    );
  }

  const conclusion = rules.find((r) => r.code === 'CONCLUSION_NOTICE');
  if (conclusion?.kind === 'working_days') {
    result.push(
      actDeadline({
        ...common,
        rule: conclusion,
        baseDate: conclusion.direction === 'before' ? first : last,
        doneOn: facts.conclusionNoticeSentOn,
        notApplicable: cancelled,
      }),
    );
  }

  const summary = rules.find((r) => r.code === 'SUMMARY_REPORT');
  const round = facts.round;
  if (summary?.kind === 'working_days' && round?.end !== undefined && cancelled === undefined) {
    const deadline = actDeadline({
      ...common,
      rule: summary,
      baseDate: round.end,
      doneOn: round.summaryIssuedOn,
    });
    // III.2.e counts from the end of the round, which only closing the round fixes.
    if (round.closedOn === undefined && round.summaryIssuedOn === undefined) {
      result.push({
        ...deadline,
        state: { kind: 'not_due' },
        stateLabel: `Chưa kết thúc đợt kiểm tra; nếu đợt kết thúc ngày ${formatVietnamese(round.end)}, hạn là ${formatVietnamese(deadline.dueDate)}`,
      });
    } else {
      result.push(deadline);
    }
  }

  const remediation = rules.find((r) => r.code === 'REMEDIATION');
  const noticeOn = facts.conclusionNoticeSentOn;
  if (remediation !== undefined && noticeOn !== undefined && cancelled === undefined) {
    for (const rec of facts.recommendations ?? []) {
      if (rec.dueDate === undefined) continue;
      result.push(
        actDeadline({
          ...common,
          rule: remediation,
          key: `REMEDIATION:${rec.id}`,
          label: `${remediation.label}: ${rec.action}`,
          baseDate: noticeOn,
          explicitDueDate: rec.dueDate,
          // Remediated when an inspector accepted a report saying it is done, on that report's day.
          doneOn: rec.state.status === 'done' ? rec.state.doneOn : undefined,
          note: remediationNote(rec),
        }),
      );
    }
  }
  return result;
}

function reportNote(r: UnitReportFacts | undefined): string | undefined {
  if (r?.firstSubmittedOn === undefined) return undefined;
  if (r.awaitingResubmission) return 'Đoàn kiểm tra đã mở lại báo cáo; đơn vị chỉnh sửa và gửi lại.';
  if (r.lastSubmittedOn !== undefined && r.lastSubmittedOn !== r.firstSubmittedOn)
    return `Đơn vị đã gửi lại báo cáo ngày ${formatVietnamese(r.lastSubmittedOn)}.`;
  return undefined;
}

function remediationNote(rec: RecommendationDeadlineFacts): string | undefined {
  const last = rec.state.lastReport;
  if (rec.state.status === 'reported' && last !== undefined)
    return `Đơn vị đã báo cáo ngày ${formatVietnamese(last.submittedOn)}, chờ Đoàn kiểm tra xem xét.`;
  if (rec.state.status === 'returned') return 'Báo cáo khắc phục bị trả lại; đơn vị báo cáo lại.';
  if (rec.state.status === 'in_progress') return 'Đoàn kiểm tra ghi nhận đang khắc phục.';
  // Carried over to later follow-up, it still was not remediated by its date (as isOverdue says).
  if (rec.state.status === 'carried_over') return 'Kiến nghị đã chuyển tiếp theo dõi.';
  return undefined;
}
