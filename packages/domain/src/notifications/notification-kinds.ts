import { z } from '../validation/zod-vi.js';

/** What a notification is about; each person chooses per kind how it reaches them. */
export const NOTIFICATION_KINDS = [
  'deadline_reminder',
  'deadline_overdue',
  'deadline_escalated',
  'schedule_notice',
  'schedule_changed',
  'report_feedback',
  'report_submitted',
  'minutes_ready',
  'conclusion_issued',
  'remediation_submitted',
  'remediation_reviewed',
  'round_closed',
  'token_expiring',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_LABELS: Record<NotificationKind, string> = {
  deadline_reminder: 'Nhắc hạn trước thời hạn',
  deadline_overdue: 'Việc quá hạn',
  deadline_escalated: 'Đôn đốc việc quá hạn (Sở Nội vụ)',
  schedule_notice: 'Thông báo lịch kiểm tra',
  schedule_changed: 'Lịch kiểm tra, thời hạn thay đổi',
  report_feedback: 'Đề nghị bổ sung, ý kiến về báo cáo',
  report_submitted: 'Đơn vị gửi, gửi lại báo cáo',
  minutes_ready: 'Biên bản làm việc',
  conclusion_issued: 'Thông báo kết luận kiểm tra',
  remediation_submitted: 'Đơn vị báo cáo kết quả khắc phục',
  remediation_reviewed: 'Báo cáo khắc phục được chấp nhận, trả lại',
  round_closed: 'Kết thúc đợt kiểm tra',
  token_expiring: 'Mã kết nối của hệ thống khác sắp hết hạn',
};

/** How a kind reaches a person: in the portal only, also by e-mail, or in a daily e-mail digest. */
export const NOTIFICATION_DELIVERIES = ['portal', 'email', 'digest'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];

export const NOTIFICATION_DELIVERY_LABELS: Record<NotificationDelivery, string> = {
  portal: 'Chỉ trên cổng',
  email: 'Trên cổng và qua thư điện tử',
  digest: 'Trên cổng và thư tổng hợp hằng ngày',
};

/** Unless a person chose otherwise: in the portal only. */
export const DEFAULT_NOTIFICATION_DELIVERY: NotificationDelivery = 'portal';

/** Each kind's delivery for one person, the default where they chose nothing. */
export function deliveriesOf(
  chosen: readonly { kind: NotificationKind; delivery: NotificationDelivery }[],
): Record<NotificationKind, NotificationDelivery> {
  const result = Object.fromEntries(
    NOTIFICATION_KINDS.map((k) => [k, DEFAULT_NOTIFICATION_DELIVERY]),
  ) as Record<NotificationKind, NotificationDelivery>;
  for (const c of chosen) result[c.kind] = c.delivery;
  return result;
}

export const notificationKindSchema = z.enum(NOTIFICATION_KINDS, { error: 'Loại thông báo không hợp lệ' });
export const notificationDeliverySchema = z.enum(NOTIFICATION_DELIVERIES, {
  error: 'Cách nhận thông báo phải là chỉ trên cổng, qua thư điện tử hoặc thư tổng hợp hằng ngày',
});
