import type { Action } from '../access/actions.js';
import { formatVietnamese, type LocalDate } from '../calendar/local-date.js';
import type { RecommendationStatus } from '../inspection/recommendations.js';
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
}

/** One thing that falls to this person, with its due date and where it is done. */
export interface TodoItem {
  key: string;
  inspectionId: string;
  title: string;
  unitName: string;
  dueDate: LocalDate;
  dueDateText: string;
  /** Working days left (0 = due today), negative when overdue. */
  workingDaysLeft: number;
  stateLabel: string;
  provisional: boolean;
  href: string;
}

const open = (d: InspectionDeadline) => d.state.kind === 'due_in' || d.state.kind === 'missed';
const daysLeft = (d: InspectionDeadline) =>
  d.state.kind === 'due_in'
    ? d.state.workingDays
    : d.state.kind === 'missed'
      ? -d.state.workingDaysOverdue
      : 0;

function item(v: TodoVisit, d: InspectionDeadline, key: string, title: string, href: string): TodoItem {
  return {
    key,
    inspectionId: v.inspectionId,
    title,
    unitName: v.unitName,
    dueDate: d.dueDate,
    dueDateText: formatVietnamese(d.dueDate),
    workingDaysLeft: daysLeft(d),
    stateLabel: d.stateLabel,
    provisional: d.provisional,
    href,
  };
}

/**
 * "Việc cần làm": the acts that fall to this person, soonest due first. Only deadlines open today
 * (due or overdue, not in a plan read as history) and only acts the access policy lets this person
 * do: the unit's officer sends the report and the remediation reports; the team leader issues the
 * conclusion notice and reviews remediation reports; the plan's administrator sends schedule
 * notices and the round's summary report.
 * @example todoItems([{ …visit, may: new Set(['report.write']) }])[0].title // 'Gửi báo cáo phục vụ Đoàn kiểm tra'
 */
export function todoItems(visits: readonly TodoVisit[]): TodoItem[] {
  const items: TodoItem[] = [];
  const summaries = new Set<string>();
  for (const v of visits) {
    const id = v.inspectionId;
    for (const d of v.deadlines) {
      if (d.historical) continue;
      switch (d.code) {
        case 'SCHEDULE_NOTICE':
          if (open(d) && v.may.has('inspection.schedule'))
            items.push(
              item(
                v,
                d,
                `${id}:${d.key}`,
                'Gửi thông báo lịch kiểm tra',
                `/ke-hoach/${v.planId}/lich-kiem-tra/${id}`,
              ),
            );
          break;
        case 'UNIT_REPORT':
          if (!v.may.has('report.write')) break;
          if (open(d))
            items.push(item(v, d, `${id}:${d.key}`, 'Gửi báo cáo phục vụ Đoàn kiểm tra', `/bao-cao/${id}`));
          else if (d.note?.startsWith('Đoàn kiểm tra đã mở lại'))
            items.push(item(v, d, `${id}:${d.key}:resend`, 'Chỉnh sửa và gửi lại báo cáo', `/bao-cao/${id}`));
          break;
        case 'CONCLUSION_NOTICE':
          if (open(d) && v.may.has('inspection.conclude'))
            items.push(
              item(
                v,
                d,
                `${id}:${d.key}`,
                'Ban hành thông báo kết luận kiểm tra',
                `/cuoc-kiem-tra/${id}/ket-luan`,
              ),
            );
          break;
        case 'SUMMARY_REPORT':
          if (open(d) && v.roundId !== null && v.may.has('summary.manage') && !summaries.has(v.roundId)) {
            summaries.add(v.roundId);
            items.push(
              item(
                v,
                d,
                `${v.roundId}:${d.key}`,
                'Ban hành báo cáo kết quả kiểm tra của đợt',
                `/bao-cao-tong-hop/${v.roundId}`,
              ),
            );
          }
          break;
        case 'REMEDIATION': {
          const recId = d.key.slice('REMEDIATION:'.length);
          const rec = v.recommendations.find((r) => r.id === recId);
          if (rec === undefined) break;
          const href = `/cuoc-kiem-tra/${id}/khac-phuc`;
          if (
            open(d) &&
            ['open', 'returned', 'in_progress'].includes(rec.status) &&
            v.may.has('remediation.write')
          )
            items.push(item(v, d, `${id}:${d.key}`, `Báo cáo kết quả khắc phục: ${rec.action}`, href));
          if (rec.status === 'reported' && v.may.has('remediation.review'))
            items.push(item(v, d, `${id}:${d.key}:review`, `Xem xét báo cáo khắc phục: ${rec.action}`, href));
          break;
        }
      }
    }
  }
  return items.sort((a, b) => a.dueDate - b.dueDate || a.title.localeCompare(b.title, 'vi'));
}
