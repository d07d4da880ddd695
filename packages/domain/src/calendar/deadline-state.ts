import type { DeadlineDirection } from './deadline-rules.js';
import { formatVietnamese, type LocalDate } from './local-date.js';
import type { WorkingCalendar } from './working-calendar.js';

/**
 * The state of one deadline on a given day. The only place that decides it: API, portal and
 * documents all call {@link deadlineState}.
 * - `not_due`: an 'after' or explicit deadline whose base event has not happened yet (today <
 *   base date):
 *   the period has not started.
 * - `due_in`: not done, today ≤ due date; `workingDays` = working days left after today up to and
 *   including the due date (0 = due today).
 * - `met_on_time`: done on or before the due date (an act on a non-working day counts on that day).
 * - `met_late`: done after the due date; `workingDaysLate` counts the working days from the day
 *   after the due date to the day it was done, that day rolled forward to a working day (so an
 *   act on the Saturday after a Friday deadline is 1 day late, like one on Monday).
 * - `missed`: not done and today is past the due date; `workingDaysOverdue` is what `met_late`
 *   would say if it were done today.
 */
export type DeadlineState =
  | { kind: 'not_due' }
  | { kind: 'due_in'; workingDays: number }
  | { kind: 'met_on_time' }
  | { kind: 'met_late'; workingDaysLate: number }
  | { kind: 'missed'; workingDaysOverdue: number };

export interface DeadlineStateInput {
  dueDate: LocalDate;
  direction: DeadlineDirection | 'explicit';
  /** The base event's date; for 'after' rules it decides `not_due`. */
  baseDate: LocalDate;
  doneOn?: LocalDate;
  /** Today in Asia/Ho_Chi_Minh, from the caller (see todayInVietnam). */
  today: LocalDate;
  calendar: WorkingCalendar;
}

/**
 * @example
 *   deadlineState({ dueDate, direction: 'after', baseDate, today, calendar })
 *   // { kind: 'due_in', workingDays: 3 }
 */
export function deadlineState({
  dueDate,
  direction,
  baseDate,
  doneOn,
  today,
  calendar,
}: DeadlineStateInput): DeadlineState {
  if (doneOn !== undefined) {
    if (doneOn <= dueDate) return { kind: 'met_on_time' };
    return { kind: 'met_late', workingDaysLate: lateBy(calendar, dueDate, doneOn) };
  }
  if (direction !== 'before' && today < baseDate) return { kind: 'not_due' };
  if (today <= dueDate) return { kind: 'due_in', workingDays: calendar.workingDaysBetween(today, dueDate) };
  return { kind: 'missed', workingDaysOverdue: lateBy(calendar, dueDate, today) };
}

function lateBy(calendar: WorkingCalendar, dueDate: LocalDate, day: LocalDate): number {
  return calendar.workingDaysBetween(dueDate, calendar.workingDayOnOrAfter(day));
}

/** Vietnamese label of a state; pass the due date to have it printed. */
export function deadlineStateLabel(state: DeadlineState, dueDate?: LocalDate): string {
  const due = dueDate === undefined ? '' : ` (hạn ${formatVietnamese(dueDate)})`;
  switch (state.kind) {
    case 'not_due':
      return `Chưa đến thời gian tính hạn${due}`;
    case 'due_in':
      return state.workingDays === 0
        ? `Đến hạn hôm nay${due}`
        : `Còn ${state.workingDays} ngày làm việc${due}`;
    case 'met_on_time':
      return `Đã thực hiện đúng hạn${due}`;
    case 'met_late':
      return `Đã thực hiện, trễ ${state.workingDaysLate} ngày làm việc${due}`;
    case 'missed':
      return `Quá hạn ${state.workingDaysOverdue} ngày làm việc${due}`;
  }
}
