import { computeDeadline, type DeadlineExplanation } from '../calendar/compute-deadline.js';
import type { DeadlineCode, DeadlineReading, DeadlineRule } from '../calendar/deadline-rules.js';
import { deadlineState } from '../calendar/deadline-state.js';
import { type LocalDate, yearOf } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { type ActState, actStateLabel } from './act-labels.js';

/** One legal deadline of a visit (or of its round, or of one recommendation), with its state today. */
export interface InspectionDeadline {
  code: DeadlineCode;
  /** Unique among a visit's deadlines: the code, or `REMEDIATION:<recommendation id>`. */
  key: string;
  label: string;
  dueDate: LocalDate;
  /** The day the act was done, as recorded. */
  doneOn: LocalDate | undefined;
  state: ActState;
  stateLabel: string;
  /** The due date is estimated: a year it is counted through has no official day-off schedule. */
  provisional: boolean;
  /** The plan's year is over: an act not done is final, without a growing count. */
  historical: boolean;
  explanation: DeadlineExplanation;
  /** What else the record says about the act (a report reopened, a remediation report awaiting review). */
  note: string | undefined;
}

export interface ActDeadlineInput {
  rule: DeadlineRule;
  /** The base event's date: the first on-site day for 'before' rules, the last for 'after'. */
  baseDate: LocalDate;
  /** Only for explicit rules: the due date set. */
  explicitDueDate?: LocalDate;
  reading: DeadlineReading;
  doneOn: LocalDate | undefined;
  notApplicable?: string;
  /** For explicit rules, the act's period starts at the base event too. */
  calendar: WorkingCalendar;
  today: LocalDate;
  historical: boolean;
  key?: string;
  label?: string;
  note?: string;
}

/**
 * The one place that turns a rule and the facts of one act into a dated state and its words.
 * @example actDeadline({ rule: noticeRule, baseDate: d('2024-05-07'), reading: 'A', doneOn: d('2024-04-18'),
 *   calendar, today: d('2024-04-25'), historical: false }).state // { kind: 'met_on_time' }
 */
export function actDeadline(input: ActDeadlineInput): InspectionDeadline {
  const { rule, baseDate, calendar, today, doneOn } = input;
  const computed =
    rule.kind === 'working_days'
      ? computeDeadline({ rule, baseDate, calendar, reading: input.reading })
      : computeDeadline({ rule, baseDate, calendar, dueDate: input.explicitDueDate ?? baseDate });
  const dueDate = computed.dueDate;
  const state: ActState =
    input.notApplicable !== undefined
      ? { kind: 'not_applicable', reason: input.notApplicable }
      : deadlineState({
          dueDate,
          direction: rule.kind === 'working_days' ? rule.direction : 'explicit',
          baseDate,
          doneOn,
          today,
          calendar,
        });
  const provisionalYear = provisionalYearOf(calendar, baseDate, dueDate);
  // History is the plan's finished years: an ad-hoc visit of an old plan due this year still counts.
  const historical = input.historical && yearOf(dueDate) < yearOf(today);
  return {
    code: rule.code,
    key: input.key ?? rule.code,
    label: input.label ?? rule.label,
    dueDate,
    doneOn,
    state,
    stateLabel: actStateLabel({
      code: rule.code,
      state,
      dueDate,
      doneOn,
      historical,
      provisionalYear: state.kind === 'not_applicable' ? undefined : provisionalYear,
    }),
    provisional: provisionalYear !== undefined,
    historical,
    explanation: computed.explanation,
    note: input.note,
  };
}

/** The first year counted through (base to due date) that has no official day-off schedule. */
function provisionalYearOf(calendar: WorkingCalendar, a: LocalDate, b: LocalDate): number | undefined {
  const from = Math.min(yearOf(a), yearOf(b));
  const to = Math.max(yearOf(a), yearOf(b));
  for (let y = from; y <= to; y += 1) if (calendar.scheduleStatus(y) === 'rules') return y;
  return undefined;
}

/**
 * Whether a plan reads as history today: its year is over (a new annual plan has taken over and
 * follows up what is left as earlier years' conclusions).
 * @example planIsHistory(d('2024-09-30'), d('2026-12-03')) // true
 */
export function planIsHistory(windowEnd: LocalDate | undefined, today: LocalDate): boolean {
  return windowEnd !== undefined && yearOf(today) > yearOf(windowEnd);
}
