import type { Action } from '../access/actions.js';
import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { RecommendationStatus } from '../inspection/recommendations.js';
import type { InspectionStatus } from '../plan/vocabulary.js';
import type { ReportStatus } from '../report/report-workflow.js';
import type { InspectionDeadline } from './act-deadline.js';

/** One visit as the to-do list reads it: its deadlines today and what this person may do on it. */
export interface TodoVisit {
  inspectionId: string;
  planId: string;
  roundId: string | null;
  unitName: string;
  deadlines: readonly InspectionDeadline[];
  recommendations: readonly {
    id: string;
    action: string;
    status: RecommendationStatus;
    dueDate?: LocalDate;
  }[];
  /** The actions the access policy allows this person on this visit (can() decides). */
  may: ReadonlySet<Action>;
  /** The visit's status; undefined reads as scheduled (only undated visits need it). */
  status?: InspectionStatus;
  /** The first on-site day, when dated: the team reads the unit's report before it. */
  visitStart?: LocalDate;
  /** The last day of the plan's window: an undated visit must be scheduled by then. */
  planWindowEnd?: LocalDate;
  /** The unit's report once opened: its status and the required items still unanswered. */
  report?: { status: ReportStatus; missingItems: number };
  /** The team has recorded the visit's minutes. */
  minutesRecorded?: boolean;
  /**
   * The person heads the inspected unit: the officer's items are theirs to follow (read-only),
   * and a report ready to send awaits their approval.
   */
  approver?: boolean;
}

/** One thing that falls to this person, with its due date and where it is done. */
export interface TodoItem {
  key: string;
  inspectionId: string;
  title: string;
  /** What else the person needs to know (items missing, who has to act). */
  detail: string | undefined;
  unitName: string;
  dueDate: LocalDate;
  dueDateText: string;
  /** Working days left (0 = due today), negative when overdue. */
  workingDaysLeft: number;
  stateLabel: string;
  provisional: boolean;
  href: string;
  /** Listed to follow, not to do: someone else acts (the unit's head following the officer's work). */
  readOnly: boolean;
}

/** Today and the working calendar, for items that no legal deadline dates (reading a report, scheduling). */
export interface TodoContext {
  today: LocalDate;
  calendar: WorkingCalendar;
}

/** Working days from today to a date: positive ahead, 0 today, negative when past (as deadline states count). */
export function workingDaysLeft(context: TodoContext, due: LocalDate): number {
  const { calendar, today } = context;
  if (today <= due) return calendar.workingDaysBetween(today, due);
  return -calendar.workingDaysBetween(due, calendar.workingDayOnOrAfter(today));
}

/** An item dated by a date of its own rather than by a deadline. */
export function datedItem(
  context: TodoContext,
  v: TodoVisit,
  fields: { key: string; title: string; detail?: string; due: LocalDate; href: string; readOnly?: boolean },
): TodoItem {
  const left = workingDaysLeft(context, fields.due);
  return {
    key: fields.key,
    inspectionId: v.inspectionId,
    title: fields.title,
    detail: fields.detail,
    unitName: v.unitName,
    dueDate: fields.due,
    dueDateText: formatVietnamese(fields.due),
    workingDaysLeft: left,
    stateLabel:
      left === 0
        ? `Đến hạn hôm nay (hạn ${formatVietnamese(fields.due)})`
        : left > 0
          ? `Còn ${left} ngày làm việc (hạn ${formatVietnamese(fields.due)})`
          : `Quá hạn ${-left} ngày làm việc (hạn ${formatVietnamese(fields.due)})`,
    provisional: false,
    href: fields.href,
    readOnly: fields.readOnly ?? false,
  };
}

const open = (d: InspectionDeadline) => d.state.kind === 'due_in' || d.state.kind === 'missed';

/** A deadline still to meet today: due or overdue, not of a plan read as history. */
export const isOpen = (d: InspectionDeadline): boolean => !d.historical && open(d);

/** An item dated by one of the visit's deadlines, with its state's words. */
export function deadlineItem(
  v: TodoVisit,
  d: InspectionDeadline,
  fields: { key: string; title: string; detail?: string; href: string; readOnly?: boolean },
): TodoItem {
  return {
    key: fields.key,
    inspectionId: v.inspectionId,
    title: fields.title,
    detail: fields.detail,
    unitName: v.unitName,
    dueDate: d.dueDate,
    dueDateText: formatVietnamese(d.dueDate),
    workingDaysLeft:
      d.state.kind === 'due_in'
        ? d.state.workingDays
        : d.state.kind === 'missed'
          ? -d.state.workingDaysOverdue
          : 0,
    stateLabel: d.stateLabel,
    provisional: d.provisional,
    href: fields.href,
    readOnly: fields.readOnly ?? false,
  };
}
