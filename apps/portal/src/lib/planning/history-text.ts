import {
  INSPECTION_KIND_LABELS,
  INSPECTION_STATUS_LABELS,
  PLAN_STATUS_LABELS,
  SIGNER_OFFICE_LABELS,
  TARGET_GROUP_LABELS,
  TEAM_KIND_LABELS,
  TEAM_MEMBER_ROLE_LABELS,
} from '@kiemtra/domain';
import { formatDate } from '$lib/format';

/**
 * An instant as people in Vietnam read it (UTC+7), dd/mm/yyyy hh:mm.
 * @example formatDateTime(new Date('2025-04-01T02:05:00Z')) // '01/04/2025 09:05'
 */
export function formatDateTime(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

/** The words for the codes a column of the audit log holds, by column. */
const CODE_LABELS: Record<string, Record<string, string>> = {
  status: { ...PLAN_STATUS_LABELS, ...INSPECTION_STATUS_LABELS },
  inspection_kind: INSPECTION_KIND_LABELS,
  target_group: TARGET_GROUP_LABELS,
  kind: TEAM_KIND_LABELS,
  role: TEAM_MEMBER_ROLE_LABELS,
  decision_signer_office: SIGNER_OFFICE_LABELS,
  ad_hoc_ordered_by: SIGNER_OFFICE_LABELS,
  form: { on_site: 'trực tiếp', desk: 'qua báo cáo' },
  forms: { on_site: 'trực tiếp', desk: 'qua báo cáo' },
  state: { current: 'đang có hiệu lực', superseded: 'đã được thay thế' },
  deadline_reading: { A: 'cách đọc A', B: 'cách đọc B' },
};

/**
 * A value of the audit log as a person reads it: codes in words, dates dd/mm/yyyy, lists joined,
 * a deadline rule by its name and days, blanks named.
 * @example historyValueText('2025-04-01') // '01/04/2025'
 * @example historyValueText('published', 'status') // 'Đã ban hành'
 */
export function historyValueText(value: unknown, field = ''): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'string') {
    const label = CODE_LABELS[field]?.[value];
    if (label !== undefined) return label;
    if (ISO_DATE.test(value)) return formatDate(value);
    if (UUID.test(value)) return `mã ${value.slice(0, 8)}`;
    return value;
  }
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    return value.length === 0 ? '(trống)' : value.map((v) => historyValueText(v, field)).join('; ');
  }
  if (typeof value === 'object' && 'label' in value && typeof value.label === 'string') {
    const days =
      'workingDays' in value && typeof value.workingDays === 'number'
        ? `: ${value.workingDays} ngày làm việc`
        : '';
    return `${value.label}${days}`;
  }
  return JSON.stringify(value);
}
