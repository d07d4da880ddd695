import {
  type ComputedDeadline,
  computeDeadline,
  type DeadlineCode,
  type DeadlineReading,
  type DeadlineRule,
  type DeadlineState,
  deadlineState,
  deadlineStateLabel,
  type LocalDate,
  type WorkingCalendar,
} from '../calendar/index.js';

/** What is known of one visit, for its deadlines. Acts not yet done are left out. */
export interface InspectionDeadlineFacts {
  startDate: LocalDate;
  /** The last on-site day; equal to startDate for a one-day visit. */
  endDate: LocalDate;
  scheduleNoticeSentOn?: LocalDate;
  unitReportSubmittedOn?: LocalDate;
  conclusionNoticeSentOn?: LocalDate;
}

export interface InspectionDeadline {
  code: DeadlineCode;
  label: string;
  dueDate: LocalDate;
  doneOn: LocalDate | undefined;
  state: DeadlineState;
  stateLabel: string;
  explanation: ComputedDeadline['explanation'];
}

/** The deadlines that hang off one visit, in the order they fall due. */
export const INSPECTION_DEADLINE_CODES = ['SCHEDULE_NOTICE', 'UNIT_REPORT', 'CONCLUSION_NOTICE'] as const;

const DONE_ON: Record<(typeof INSPECTION_DEADLINE_CODES)[number], keyof InspectionDeadlineFacts> = {
  SCHEDULE_NOTICE: 'scheduleNoticeSentOn',
  UNIT_REPORT: 'unitReportSubmittedOn',
  CONCLUSION_NOTICE: 'conclusionNoticeSentOn',
};

/**
 * Every deadline of one visit with its state today. "Before" deadlines count back from the first
 * on-site day (the act must precede the visit); "after" deadlines count from the last on-site day,
 * the reading LEGAL.md §1.3 recommends for a multi-day visit.
 * @example inspectionDeadlines({ facts, rules: DEFAULT_DEADLINE_RULES_2024, reading: 'A', calendar, today })
 */
export function inspectionDeadlines(input: {
  facts: InspectionDeadlineFacts;
  rules: readonly DeadlineRule[];
  reading: DeadlineReading;
  calendar: WorkingCalendar;
  today: LocalDate;
}): InspectionDeadline[] {
  const { facts, calendar, today } = input;
  const result: InspectionDeadline[] = [];
  for (const code of INSPECTION_DEADLINE_CODES) {
    const rule = input.rules.find((r) => r.code === code);
    if (rule?.kind !== 'working_days') continue;
    const baseDate = rule.direction === 'before' ? facts.startDate : facts.endDate;
    const computed = computeDeadline({ rule, baseDate, calendar, reading: input.reading });
    const doneOn = facts[DONE_ON[code]];
    const state = deadlineState({
      dueDate: computed.dueDate,
      direction: rule.direction,
      baseDate,
      doneOn,
      today,
      calendar,
    });
    result.push({
      code,
      label: rule.label,
      dueDate: computed.dueDate,
      doneOn,
      state,
      stateLabel: deadlineStateLabel(state, computed.dueDate),
      explanation: computed.explanation,
    });
  }
  return result;
}
