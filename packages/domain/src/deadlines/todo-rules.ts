import type { DeadlineCode } from '../calendar/deadline-rules.js';
import { yearOf } from '../calendar/local-date.js';
import type { InspectionDeadline } from './act-deadline.js';
import {
  datedItem,
  deadlineItem,
  isOpen,
  type TodoContext,
  type TodoItem,
  type TodoVisit,
} from './todo-item.js';

/** Who must act when a deadline is overdue, for Sở Nội vụ's reminder to them. */
export const WHO_ACTS: Record<DeadlineCode, string> = {
  SCHEDULE_NOTICE: 'Trưởng đoàn kiểm tra gửi thông báo lịch kiểm tra',
  UNIT_REPORT: 'đơn vị được kiểm tra gửi báo cáo',
  CONCLUSION_NOTICE: 'Trưởng đoàn kiểm tra ban hành thông báo kết luận',
  SUMMARY_REPORT: 'Sở Nội vụ ban hành báo cáo kết quả kiểm tra',
  REMEDIATION: 'đơn vị được kiểm tra báo cáo kết quả khắc phục',
};

const missingText = (v: TodoVisit): string | undefined => {
  if (v.report === undefined) return 'Chưa bắt đầu soạn báo cáo.';
  if (v.report.missingItems > 0) return `Còn ${v.report.missingItems} mục bắt buộc chưa trả lời.`;
  return v.report.status === 'draft' ? 'Đã trả lời đủ các mục bắt buộc, chưa gửi.' : undefined;
};

/** The unit's report: the officer sends it (again), the head follows and approves it, the team reads it. */
function reportItems(v: TodoVisit, d: InspectionDeadline, context: TodoContext): TodoItem[] {
  const id = v.inspectionId;
  const href = `/bao-cao/${id}`;
  const items: TodoItem[] = [];
  const resend = d.note?.startsWith('Đoàn kiểm tra đã mở lại') === true;
  const additions = v.report?.status === 'additions_requested';
  if (v.approver === true && v.may.has('report.read')) {
    const ready = v.report?.status === 'draft' && v.report.missingItems === 0;
    if (isOpen(d) && ready && v.may.has('report.write'))
      items.push(
        deadlineItem(v, d, {
          key: `${id}:${d.key}:approve`,
          title: 'Duyệt và gửi báo cáo của đơn vị',
          detail: 'Công chức đầu mối đã trả lời đủ các mục bắt buộc; báo cáo chờ Thủ trưởng duyệt, gửi.',
          href,
        }),
      );
    else if (isOpen(d))
      items.push(
        deadlineItem(v, d, {
          key: `${id}:${d.key}:follow`,
          title: 'Theo dõi báo cáo phục vụ Đoàn kiểm tra',
          detail: missingText(v),
          href,
          readOnly: true,
        }),
      );
    else if (resend && !d.historical)
      items.push(
        deadlineItem(v, d, {
          key: `${id}:${d.key}:follow`,
          title: 'Theo dõi việc gửi lại báo cáo',
          detail: additions ? 'Đoàn kiểm tra đề nghị bổ sung.' : 'Đoàn kiểm tra đã mở lại báo cáo.',
          href,
          readOnly: true,
        }),
      );
  } else if (v.may.has('report.write')) {
    if (isOpen(d))
      items.push(
        deadlineItem(v, d, {
          key: `${id}:${d.key}`,
          title: 'Gửi báo cáo phục vụ Đoàn kiểm tra',
          detail: missingText(v),
          href,
        }),
      );
    else if (resend && !d.historical)
      items.push(
        deadlineItem(v, d, {
          key: `${id}:${d.key}:resend`,
          title: additions
            ? 'Bổ sung báo cáo theo đề nghị của Đoàn kiểm tra'
            : 'Chỉnh sửa và gửi lại báo cáo',
          href,
        }),
      );
  }
  // The team reads the report it received before it goes on site.
  const start = v.visitStart;
  if (
    v.may.has('report.review') &&
    d.doneOn !== undefined &&
    v.report?.status === 'submitted' &&
    start !== undefined &&
    context.today <= start &&
    !d.historical
  )
    items.push(
      datedItem(context, v, {
        key: `${id}:${d.key}:read`,
        title: 'Đọc báo cáo đơn vị đã gửi',
        detail: 'Trước ngày làm việc tại đơn vị.',
        due: start,
        href,
      }),
    );
  return items;
}

/** The team records the minutes once on site, and the leader issues the conclusion notice. */
function conclusionItems(v: TodoVisit, d: InspectionDeadline): TodoItem[] {
  if (!isOpen(d)) return [];
  const id = v.inspectionId;
  const items: TodoItem[] = [];
  const concluded = v.status === 'concluded' || v.status === 'closed';
  if (v.may.has('inspection.record') && v.minutesRecorded === false && !concluded)
    items.push(
      deadlineItem(v, d, {
        key: `${id}:MINUTES`,
        title: 'Ghi biên bản làm việc',
        detail: 'Biên bản cần có trước khi ban hành thông báo kết luận.',
        href: `/cuoc-kiem-tra/${id}/bien-ban`,
      }),
    );
  if (v.may.has('inspection.conclude'))
    items.push(
      deadlineItem(v, d, {
        key: `${id}:${d.key}`,
        title: 'Ban hành thông báo kết luận kiểm tra',
        href: `/cuoc-kiem-tra/${id}/ket-luan`,
      }),
    );
  return items;
}

function remediationItems(v: TodoVisit, d: InspectionDeadline): TodoItem[] {
  const id = v.inspectionId;
  const rec = v.recommendations.find((r) => r.id === d.key.slice('REMEDIATION:'.length));
  if (rec === undefined || d.historical) return [];
  const href = `/cuoc-kiem-tra/${id}/khac-phuc`;
  const items: TodoItem[] = [];
  if (isOpen(d) && ['open', 'returned', 'in_progress'].includes(rec.status) && v.may.has('remediation.write'))
    items.push(
      deadlineItem(v, d, {
        key: `${id}:${d.key}`,
        title: `Báo cáo kết quả khắc phục: ${rec.action}`,
        href,
      }),
    );
  if (rec.status === 'reported' && v.may.has('remediation.review'))
    items.push(
      deadlineItem(v, d, {
        key: `${id}:${d.key}:review`,
        title: `Xem xét báo cáo khắc phục: ${rec.action}`,
        href,
      }),
    );
  return items;
}

/** The acts of one visit that fall to this person; `summaries` lists a round's summary once. */
export function visitTodoItems(v: TodoVisit, context: TodoContext, summaries: Set<string>): TodoItem[] {
  const id = v.inspectionId;
  const items: TodoItem[] = [];
  for (const d of v.deadlines) {
    switch (d.code) {
      case 'SCHEDULE_NOTICE':
        if (isOpen(d) && v.may.has('inspection.schedule'))
          items.push(
            deadlineItem(v, d, {
              key: `${id}:${d.key}`,
              title: 'Gửi thông báo lịch kiểm tra',
              href: `/ke-hoach/${v.planId}/lich-kiem-tra/${id}`,
            }),
          );
        break;
      case 'UNIT_REPORT':
        items.push(...reportItems(v, d, context));
        break;
      case 'CONCLUSION_NOTICE':
        items.push(...conclusionItems(v, d));
        break;
      case 'SUMMARY_REPORT':
        if (isOpen(d) && v.roundId !== null && v.may.has('summary.manage') && !summaries.has(v.roundId)) {
          summaries.add(v.roundId);
          items.push(
            deadlineItem(v, d, {
              key: `${v.roundId}:${d.key}`,
              title: 'Ban hành báo cáo kết quả kiểm tra của đợt',
              href: `/bao-cao-tong-hop/${v.roundId}`,
            }),
          );
        }
        break;
      case 'REMEDIATION':
        items.push(...remediationItems(v, d));
        break;
    }
  }
  items.push(...undatedItems(v, context), ...chaseItems(v, items, summaries));
  return items;
}

/** A visit of a current plan still without a date: its planner schedules it within the plan's window. */
function undatedItems(v: TodoVisit, context: TodoContext): TodoItem[] {
  const end = v.planWindowEnd;
  if (v.deadlines.length > 0 || v.status !== 'planned' || end === undefined) return [];
  if (!v.may.has('inspection.schedule') || yearOf(end) < yearOf(context.today)) return [];
  return [
    datedItem(context, v, {
      key: `${v.inspectionId}:SCHEDULE`,
      title: 'Lập lịch kiểm tra',
      detail: 'Cuộc kiểm tra chưa có ngày; hạn là ngày cuối của thời gian kiểm tra trong kế hoạch.',
      due: end,
      href: `/ke-hoach/${v.planId}/lich-kiem-tra/${v.inspectionId}`,
    }),
  ];
}

/**
 * The plan's administrator follows up every overdue deadline of its plan that is not already on
 * its own list: its act is to remind whoever must do it.
 */
function chaseItems(v: TodoVisit, listed: readonly TodoItem[], seen: Set<string>): TodoItem[] {
  if (!v.may.has('plan.manage')) return [];
  const own = new Set(listed.map((i) => i.key));
  const overdue = v.deadlines.filter((d) => !d.historical && d.state.kind === 'missed');
  return overdue.flatMap((d) => {
    if (own.has(`${v.inspectionId}:${d.key}`)) return [];
    // A round's summary is one act however many of its visits are listed.
    const key =
      d.code === 'SUMMARY_REPORT' ? `${v.roundId}:${d.key}:chase` : `${v.inspectionId}:${d.key}:chase`;
    if (d.code === 'SUMMARY_REPORT' && (seen.has(`${v.roundId}`) || seen.has(key))) return [];
    seen.add(key);
    return [
      deadlineItem(v, d, {
        key,
        title: `Đôn đốc: ${d.label}`,
        detail: `Quá hạn; cần ${WHO_ACTS[d.code]}.`,
        href: `/cuoc-kiem-tra/${v.inspectionId}`,
      }),
    ];
  });
}
