import type { InspectionDeadline } from './act-deadline.js';

/**
 * The one deadline a list row shows for a visit: the most overdue one, else the soonest due,
 * else the last one met (the visit's latest act); undefined when none applies.
 * @example headlineDeadline(visitDeadlines(…)).key // 'UNIT_REPORT' while the report is due
 */
export function headlineDeadline(deadlines: readonly InspectionDeadline[]): InspectionDeadline | undefined {
  const overdue = (d: InspectionDeadline) => (d.state.kind === 'missed' ? d.state.workingDaysOverdue : -1);
  const missed = deadlines
    .filter((d) => d.state.kind === 'missed')
    .toSorted((a, b) => overdue(b) - overdue(a));
  if (missed[0] !== undefined) return missed[0];
  const due = deadlines.filter((d) => d.state.kind === 'due_in').toSorted((a, b) => a.dueDate - b.dueDate);
  if (due[0] !== undefined) return due[0];
  const met = deadlines.filter((d) => d.state.kind === 'met_on_time' || d.state.kind === 'met_late');
  return met.toSorted((a, b) => (a.doneOn ?? a.dueDate) - (b.doneOn ?? b.dueDate)).at(-1);
}
