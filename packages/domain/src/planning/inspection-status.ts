import type { LocalDate } from '../calendar/local-date.js';
import { INSPECTION_STATUS_LABELS, type InspectionStatus } from '../plan/vocabulary.js';
import { workDateSchema } from '../validation/common.js';
import { z } from '../validation/zod-vi.js';
import { type PlanningIssue, planningIssue } from './planning-issue.js';

export type InspectionStatusIssueCode =
  | 'status_final'
  | 'status_in_progress'
  | 'status_dates_missing'
  | 'status_not_scheduled'
  | 'status_already_notified'
  | 'status_not_notified';

/** A notice number as Decree 30/2020 writes it: '12/TB-SNV', '45/TB-VPUBND'. */
const NOTICE_NUMBER = /^\d+\/TB-[\p{Lu}\d]+(?:-[\p{Lu}\d]+)*$/u;

/** zod schema of a schedule notice as the team records it; the date is yyyy-mm-dd. */
export const scheduleNoticeInput = z.object({
  number: z
    .string({ error: 'Hãy nhập số thông báo.' })
    .trim()
    .min(1, { error: 'Hãy nhập số thông báo.' })
    .max(50, { error: 'Số thông báo dài tối đa 50 ký tự.' })
    .regex(NOTICE_NUMBER, { error: 'Số thông báo phải có dạng số/TB-cơ quan, ví dụ 12/TB-SNV.' }),
  date: workDateSchema,
  recipients: z
    .array(
      z
        .string({ error: 'Nơi nhận phải là chuỗi ký tự.' })
        .trim()
        .min(1, { error: 'Nơi nhận không được để trống.' })
        .max(300, { error: 'Mỗi nơi nhận dài tối đa 300 ký tự.' }),
      { error: 'Danh sách nơi nhận không hợp lệ.' },
    )
    .min(1, { error: 'Hãy nhập ít nhất một nơi nhận thông báo.' })
    .max(50, { error: 'Tối đa 50 nơi nhận thông báo.' }),
});
export type ScheduleNoticeInput = z.infer<typeof scheduleNoticeInput>;

export interface ScheduleNotice {
  number: string;
  date: LocalDate;
  recipients: readonly string[];
}

/** A notice in an inspection's history; an amended notice supersedes the one before it. */
export interface NoticeRecord extends ScheduleNotice {
  state: 'current' | 'superseded';
  /** The number of the notice this one amends. */
  amends?: string;
}

export interface InspectionScheduleState {
  status: InspectionStatus;
  dates: readonly LocalDate[];
  notices: readonly NoticeRecord[];
}

export type InspectionScheduleEvent =
  | { type: 'set_dates'; dates: readonly LocalDate[] }
  | { type: 'record_notice'; notice: ScheduleNotice }
  | { type: 'reschedule'; dates: readonly LocalDate[]; amendedNotice?: ScheduleNotice | null };

export type InspectionStatusResult =
  | { ok: true; state: InspectionScheduleState }
  | { ok: false; issues: PlanningIssue<InspectionStatusIssueCode>[] };

const FINAL: ReadonlySet<InspectionStatus> = new Set<InspectionStatus>(['concluded', 'closed', 'cancelled']);

const refuse = (code: InspectionStatusIssueCode, message: string): InspectionStatusResult => ({
  ok: false,
  issues: [planningIssue(code, message)],
});

const supersede = (notices: readonly NoticeRecord[]): NoticeRecord[] =>
  notices.map((n) => (n.state === 'current' ? { ...n, state: 'superseded' } : { ...n }));

/**
 * The schedule part of an inspection's workflow: planned → scheduled (dates set) → notified
 * (notice recorded); a reschedule after the notice goes back to notified with an amended notice,
 * or to scheduled without one, the old notice kept as superseded. Who may act is decided by
 * `can` in access/policy.ts, not here.
 * @example inspectionStatusAfter({ type: 'set_dates', dates: [d] }, { status: 'planned', dates: [], notices: [] })
 *   // { ok: true, state: { status: 'scheduled', dates: [d], notices: [] } }
 */
export function inspectionStatusAfter(
  event: InspectionScheduleEvent,
  current: InspectionScheduleState,
): InspectionStatusResult {
  const label = INSPECTION_STATUS_LABELS[current.status];
  if (FINAL.has(current.status)) {
    return refuse(
      'status_final',
      `Cuộc kiểm tra ở trạng thái "${label}" nên không thể lập lịch, thông báo hay đổi lịch nữa.`,
    );
  }
  if (current.status === 'in_progress') {
    return refuse(
      'status_in_progress',
      'Cuộc kiểm tra đang diễn ra nên không thể lập lịch, thông báo hay đổi lịch nữa.',
    );
  }
  switch (event.type) {
    case 'set_dates': {
      if (event.dates.length === 0)
        return refuse('status_dates_missing', 'Hãy chọn ít nhất một ngày kiểm tra.');
      if (current.status === 'notified') {
        return refuse(
          'status_already_notified',
          'Lịch kiểm tra đã được thông báo; đổi lịch phải là điều chỉnh lịch, kèm thông báo điều chỉnh gửi đơn vị.',
        );
      }
      return {
        ok: true,
        state: { status: 'scheduled', dates: [...event.dates], notices: [...current.notices] },
      };
    }
    case 'record_notice': {
      if (current.status === 'planned' || current.dates.length === 0) {
        return refuse(
          'status_not_scheduled',
          'Chưa có lịch kiểm tra; hãy chọn ngày kiểm tra trước khi gửi thông báo.',
        );
      }
      if (current.status === 'notified') {
        return refuse(
          'status_already_notified',
          'Lịch kiểm tra đã được thông báo; nếu đổi lịch, hãy ghi thông báo điều chỉnh khi điều chỉnh lịch.',
        );
      }
      const last = current.notices.findLast((n) => n.state === 'superseded');
      const record: NoticeRecord = {
        ...event.notice,
        recipients: [...event.notice.recipients],
        state: 'current',
      };
      // A notice after a reschedule without one is the amended notice of the superseded one.
      if (last) record.amends = last.number;
      return {
        ok: true,
        state: { status: 'notified', dates: [...current.dates], notices: [...current.notices, record] },
      };
    }
    case 'reschedule': {
      if (current.status !== 'notified') {
        return refuse(
          'status_not_notified',
          'Lịch kiểm tra chưa được thông báo; hãy sửa ngày kiểm tra trực tiếp, không cần điều chỉnh lịch.',
        );
      }
      if (event.dates.length === 0)
        return refuse('status_dates_missing', 'Hãy chọn ít nhất một ngày kiểm tra.');
      const previous = current.notices.findLast((n) => n.state === 'current');
      const notices = supersede(current.notices);
      if (event.amendedNotice) {
        const record: NoticeRecord = {
          ...event.amendedNotice,
          recipients: [...event.amendedNotice.recipients],
          state: 'current',
        };
        if (previous) record.amends = previous.number;
        return {
          ok: true,
          state: { status: 'notified', dates: [...event.dates], notices: [...notices, record] },
        };
      }
      // Without an amended notice the unit has not been told the new dates: back to scheduled.
      return { ok: true, state: { status: 'scheduled', dates: [...event.dates], notices } };
    }
  }
}
