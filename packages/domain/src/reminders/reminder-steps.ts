import { type LocalDate, toIsoDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { ReminderSettings } from './reminder-settings.js';

/**
 * One step of a deadline's reminders: `before:N` N working days before the due date, `overdue` on
 * the first working day after it (to whoever must act and their head), `escalated` N working days
 * later (to Sở Nội vụ).
 */
export type ReminderStep = `before:${number}` | 'overdue' | 'escalated';

export interface ScheduledStep {
  step: ReminderStep;
  /** Always a working day. */
  sendOn: LocalDate;
}

/**
 * The day each reminder of a deadline goes out, counted in working days on this calendar. A step
 * that would fall on a day off (the due date itself on a day off) goes out the working day
 * before; two steps on one day keep the one nearer the due date.
 * @example reminderSteps(d('2024-04-26'), DEFAULT_REMINDER_SETTINGS, calendar).map((s) => toIsoDate(s.sendOn))
 *   // ['2024-04-19', '2024-04-24', '2024-04-26', '2024-05-02', '2024-05-06']
 */
export function reminderSteps(
  dueDate: LocalDate,
  settings: ReminderSettings,
  calendar: WorkingCalendar,
): ScheduledStep[] {
  const onOrBefore = calendar.isWorkingDay(dueDate) ? dueDate : calendar.previousWorkingDay(dueDate);
  const byDay = new Map<LocalDate, { n: number; step: ReminderStep }>();
  for (const n of settings.beforeWorkingDays) {
    const sendOn = n === 0 ? onOrBefore : calendar.addWorkingDays(dueDate, -n);
    const kept = byDay.get(sendOn);
    if (kept === undefined || n < kept.n) byDay.set(sendOn, { n, step: `before:${n}` });
  }
  const before = [...byDay.entries()].map(([sendOn, { step }]) => ({ step, sendOn }));
  const overdue = calendar.nextWorkingDay(dueDate);
  return [
    ...before.toSorted((a, b) => a.sendOn - b.sendOn),
    { step: 'overdue', sendOn: overdue },
    { step: 'escalated', sendOn: calendar.addWorkingDays(overdue, settings.escalateAfterWorkingDays) },
  ];
}

/** The stable key of one reminder: who, which deadline (and its due date), which step. */
export function reminderKey(parts: {
  scope: string;
  deadlineKey: string;
  dueDate: LocalDate;
  step: ReminderStep;
  recipientId: string;
}): string {
  return `reminder:${parts.scope}:${parts.deadlineKey}:${toIsoDate(parts.dueDate)}:${parts.step}:${parts.recipientId}`;
}
