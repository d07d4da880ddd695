import { type DayKind, type ScheduleStatus, scheduleStatusLabel } from './day-info.js';
import {
  BASE_EVENT_LABELS,
  type BaseEvent,
  type DeadlineCode,
  type DeadlineDirection,
  type DeadlineReading,
  type ExplicitDueDateRule,
  type WorkingDaysRule,
} from './deadline-rules.js';
import { addDays, type LocalDate, yearOf } from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/** One day walked over while counting: counted (with its ordinal) or skipped (with why). */
export interface ExplanationStep {
  date: LocalDate;
  counted: boolean;
  /** 1-based position among the counted days. */
  ordinal?: number;
  kind: DayKind;
  /** 'Thứ Bảy', 'Quốc khánh', 'Nghỉ bù …', 'Ngày làm bù …', 'Thứ Năm' … */
  label: string;
  scheduleStatus: ScheduleStatus;
}

export interface CalendarYearNote {
  year: number;
  status: ScheduleStatus;
  statusLabel: string;
  source?: string;
}

export interface DeadlineExplanation {
  rule: {
    code: DeadlineCode;
    label: string;
    legalText: string;
    legalRef: string;
    kind: 'working_days' | 'explicit_due_date';
    workingDays?: number;
    direction?: DeadlineDirection;
  };
  baseEvent: { event: BaseEvent; label: string; date: LocalDate };
  /** Set for 'before' rules: which reading gave `dueDate`. */
  reading?: DeadlineReading;
  dueDate: LocalDate;
  dueDateLabel: string;
  /** Days walked from the base date (excluded) to the due date, in counting order. */
  steps: ExplanationStep[];
  /** For 'before' rules, the date under the other reading and the extra days walked to reach it. */
  otherReading?: { reading: DeadlineReading; dueDate: LocalDate; steps: ExplanationStep[] };
  /** Whether each year touched follows an official schedule or only the rules. */
  calendarYears: CalendarYearNote[];
}

export interface ComputedDeadline {
  dueDate: LocalDate;
  explanation: DeadlineExplanation;
}

export interface ComputeWorkingDaysDeadlineInput {
  rule: WorkingDaysRule;
  baseDate: LocalDate;
  calendar: WorkingCalendar;
  /** Only for 'before' rules; default 'A'. */
  reading?: DeadlineReading;
}

export interface ComputeExplicitDeadlineInput {
  rule: ExplicitDueDateRule;
  baseDate: LocalDate;
  calendar: WorkingCalendar;
  /** The due date the team set (e.g. for one recommendation). */
  dueDate: LocalDate;
}

/**
 * Computes a due date and its explanation.
 * - 'after' ("trong thời hạn N ngày làm việc kể từ E"): the N-th working day after E; E is not
 *   counted (BLDS 2015 art. 147(3)); the period ends at 24:00 that day (art. 148(6)).
 * - 'before' ("trước N ngày làm việc"): reading A, E − N working days, or reading B, one working
 *   day earlier; the explanation always names the other reading's date too.
 * - explicit: the date the team set.
 *
 * @example
 *   computeDeadline({ rule: conclusionRule, baseDate: parseIsoDate('2024-08-28'), calendar })
 *     .dueDate // 2024-09-13
 */
export function computeDeadline(
  input: ComputeWorkingDaysDeadlineInput | ComputeExplicitDeadlineInput,
): ComputedDeadline {
  if ('dueDate' in input) return computeExplicit(input);
  const { rule, baseDate, calendar } = input;
  const n = rule.workingDays;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Số ngày làm việc không hợp lệ: ${n}`);

  const common = {
    rule: {
      code: rule.code,
      label: rule.label,
      legalText: rule.legalText,
      legalRef: rule.legalRef,
      kind: rule.kind,
      workingDays: n,
      direction: rule.direction,
    },
    baseEvent: { event: rule.baseEvent, label: BASE_EVENT_LABELS[rule.baseEvent], date: baseDate },
  } as const;

  if (rule.direction === 'after') {
    const dueDate = calendar.addWorkingDays(baseDate, n);
    const steps = walk(calendar, addDays(baseDate, 1), dueDate, 1, 0);
    return {
      dueDate,
      explanation: {
        ...common,
        dueDate,
        dueDateLabel: 'Hạn',
        steps,
        calendarYears: yearNotes(calendar, baseDate, dueDate),
      },
    };
  }

  const reading = input.reading ?? 'A';
  const dueA = calendar.addWorkingDays(baseDate, -n);
  const dueB = calendar.addWorkingDays(baseDate, -(n + 1));
  const stepsA = walk(calendar, addDays(baseDate, -1), dueA, -1, 0);
  const extraToB = walk(calendar, addDays(dueA, -1), dueB, -1, n);
  const dueDate = reading === 'A' ? dueA : dueB;
  const explanation: DeadlineExplanation = {
    ...common,
    reading,
    dueDate,
    dueDateLabel: reading === 'A' ? 'Hạn chậm nhất (cách đọc A)' : 'Hạn chậm nhất (cách đọc B, chặt)',
    steps: reading === 'A' ? stepsA : [...stepsA, ...extraToB],
    otherReading:
      reading === 'A'
        ? { reading: 'B', dueDate: dueB, steps: extraToB }
        : { reading: 'A', dueDate: dueA, steps: [] },
    calendarYears: yearNotes(calendar, dueB, baseDate),
  };
  return { dueDate, explanation };
}

function computeExplicit({
  rule,
  baseDate,
  calendar,
  dueDate,
}: ComputeExplicitDeadlineInput): ComputedDeadline {
  const info = calendar.dayInfo(dueDate);
  return {
    dueDate,
    explanation: {
      rule: {
        code: rule.code,
        label: rule.label,
        legalText: rule.legalText,
        legalRef: rule.legalRef,
        kind: rule.kind,
      },
      baseEvent: { event: rule.baseEvent, label: BASE_EVENT_LABELS[rule.baseEvent], date: baseDate },
      dueDate,
      dueDateLabel: 'Hạn do Đoàn kiểm tra ấn định',
      steps: info.working
        ? []
        : [
            {
              date: dueDate,
              counted: false,
              kind: info.kind,
              label: info.label,
              scheduleStatus: info.scheduleStatus,
            },
          ],
      calendarYears: yearNotes(calendar, baseDate, dueDate),
    },
  };
}

/** Walks from `from` to `to` inclusive in direction `step`, numbering counted days after `offset`. */
function walk(
  calendar: WorkingCalendar,
  from: LocalDate,
  to: LocalDate,
  step: 1 | -1,
  offset: number,
): ExplanationStep[] {
  const steps: ExplanationStep[] = [];
  let ordinal = offset;
  for (let d = from; step > 0 ? d <= to : d >= to; d = addDays(d, step)) {
    const info = calendar.dayInfo(d);
    const s: ExplanationStep = {
      date: d,
      counted: info.working,
      kind: info.kind,
      label: info.label,
      scheduleStatus: info.scheduleStatus,
    };
    if (info.working) s.ordinal = ++ordinal;
    steps.push(s);
  }
  return steps;
}

function yearNotes(calendar: WorkingCalendar, a: LocalDate, b: LocalDate): CalendarYearNote[] {
  const notes: CalendarYearNote[] = [];
  const from = Math.min(yearOf(a), yearOf(b));
  const to = Math.max(yearOf(a), yearOf(b));
  for (let year = from; year <= to; year++) {
    const status = calendar.scheduleStatus(year);
    const note: CalendarYearNote = { year, status, statusLabel: scheduleStatusLabel(status) };
    const source = calendar.scheduleSource(year);
    if (source !== undefined) note.source = source;
    notes.push(note);
  }
  return notes;
}
