import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { InspectionDeadline } from '../deadlines/act-deadline.js';
import { WHO_ACTS } from '../deadlines/todo-rules.js';
import type { RecommendationStatus } from '../inspection/recommendations.js';
import { actAudience, distinct, type VisitPeople } from './reminder-audience.js';
import type { ReminderSettings } from './reminder-settings.js';
import { type ReminderStep, reminderKey, reminderSteps } from './reminder-steps.js';

/** One visit as its reminders read it: its deadlines today (visitDeadlines) and its people. */
export interface ReminderVisit {
  inspectionId: string;
  planId: string;
  roundId: string | null;
  unitName: string;
  /** The schedule notice went out: the unit sees its visit, and only then is reminded. */
  unitInformed: boolean;
  deadlines: readonly InspectionDeadline[];
  /** The visit's recommendations: a remediation reported and awaiting review is the team's, not the unit's. */
  recommendations: readonly { id: string; status: RecommendationStatus }[];
  people: VisitPeople;
  settings: ReminderSettings;
}

export type ReminderKind = 'deadline_reminder' | 'deadline_overdue' | 'deadline_escalated';

/** One reminder to one person, with its stable key and its Vietnamese words. */
export interface Reminder {
  key: string;
  recipientId: string;
  kind: ReminderKind;
  step: ReminderStep;
  inspectionId: string;
  deadlineKey: string;
  dueDate: LocalDate;
  sendOn: LocalDate;
  title: string;
  body: string;
  href: string;
}

const REMEDIABLE: readonly RecommendationStatus[] = ['open', 'returned', 'in_progress'];

function hrefOf(v: ReminderVisit, d: InspectionDeadline): string {
  switch (d.code) {
    case 'SCHEDULE_NOTICE':
      return `/ke-hoach/${v.planId}/lich-kiem-tra/${v.inspectionId}`;
    case 'UNIT_REPORT':
      return `/bao-cao/${v.inspectionId}`;
    case 'CONCLUSION_NOTICE':
      return `/cuoc-kiem-tra/${v.inspectionId}/ket-luan`;
    case 'SUMMARY_REPORT':
      return `/bao-cao-tong-hop/${v.roundId}`;
    case 'REMEDIATION':
      return `/cuoc-kiem-tra/${v.inspectionId}/khac-phuc`;
  }
}

/** Whether the act behind a deadline still waits on whoever it reminds. */
function stillToDo(v: ReminderVisit, d: InspectionDeadline): boolean {
  if (d.historical || (d.state.kind !== 'due_in' && d.state.kind !== 'missed')) return false;
  if (d.code === 'SUMMARY_REPORT' && v.roundId === null) return false;
  if (d.code === 'REMEDIATION') {
    const rec = v.recommendations.find((r) => `REMEDIATION:${r.id}` === d.key);
    return rec !== undefined && REMEDIABLE.includes(rec.status);
  }
  return true;
}

function words(
  v: ReminderVisit,
  d: InspectionDeadline,
  step: ReminderStep,
  today: LocalDate,
): { title: string; body: string } {
  const due = formatVietnamese(d.dueDate);
  if (step === 'overdue')
    return {
      title: `Quá hạn: ${d.label}`,
      body: `${v.unitName}: ${d.stateLabel}. Cần ${WHO_ACTS[d.code]} ngay.`,
    };
  if (step === 'escalated')
    return {
      title: `Đôn đốc: ${d.label}`,
      body: `${v.unitName}: ${d.stateLabel}; đã nhắc người thực hiện từ ngày quá hạn đầu tiên. Cần ${WHO_ACTS[d.code]}.`,
    };
  const left = d.state.kind === 'due_in' ? d.state.workingDays : 0;
  return {
    title: left === 0 ? `Đến hạn hôm nay: ${d.label}` : `Nhắc hạn: ${d.label}`,
    body:
      left > 0
        ? `${v.unitName}: còn ${left} ngày làm việc, hạn ${due}.`
        : today === d.dueDate
          ? `${v.unitName}: hạn là hôm nay, ${due}.`
          : `${v.unitName}: hạn ${due} là ngày nghỉ; hôm nay là ngày làm việc cuối cùng trước hạn.`,
  };
}

/**
 * The reminders that go out today: for each deadline still to meet, the step scheduled for today
 * (reminderSteps on this calendar), to whoever must act, their head once overdue, Sở Nội vụ once
 * escalated. Nothing on a day off, nothing once the act is done, nothing to the unit before the
 * schedule notice. A change of the calendar moves what is pending, since everything is counted
 * again from today's calendar. One reminder per key (a round's summary is listed by every visit).
 * @example remindersDueOn([visit], calendar, d('2024-04-19')).map((r) => r.title) // ['Nhắc hạn: Báo cáo phục vụ Đoàn kiểm tra']
 */
export function remindersDueOn(
  visits: readonly ReminderVisit[],
  calendar: WorkingCalendar,
  today: LocalDate,
): Reminder[] {
  if (!calendar.isWorkingDay(today)) return [];
  const found = new Map<string, Reminder>();
  for (const v of visits) {
    for (const d of v.deadlines) {
      if (!stillToDo(v, d)) continue;
      const audience = actAudience(d.code, v.people);
      if (audience.byUnit && !v.unitInformed) continue;
      const due = reminderSteps(d.dueDate, v.settings, calendar).find((s) => s.sendOn === today);
      if (due === undefined) continue;
      const { step } = due;
      // A step before the due date is only sent while the deadline is still ahead, and the reverse.
      if ((d.state.kind === 'missed') !== (step === 'overdue' || step === 'escalated')) continue;
      if (step === 'escalated' && !audience.escalates) continue;
      const recipients =
        step === 'overdue'
          ? distinct([...audience.act, ...audience.head])
          : step === 'escalated'
            ? distinct(v.people.planAdminIds)
            : distinct(audience.act);
      const kind: ReminderKind =
        step === 'overdue'
          ? 'deadline_overdue'
          : step === 'escalated'
            ? 'deadline_escalated'
            : 'deadline_reminder';
      const scope = d.code === 'SUMMARY_REPORT' ? `round:${v.roundId}` : v.inspectionId;
      const text = words(v, d, step, today);
      for (const recipientId of recipients) {
        const key = reminderKey({ scope, deadlineKey: d.key, dueDate: d.dueDate, step, recipientId });
        if (found.has(key)) continue;
        found.set(key, {
          key,
          recipientId,
          kind,
          step,
          inspectionId: v.inspectionId,
          deadlineKey: d.key,
          dueDate: d.dueDate,
          sendOn: today,
          ...text,
          href: hrefOf(v, d),
        });
      }
    }
  }
  return [...found.values()];
}
