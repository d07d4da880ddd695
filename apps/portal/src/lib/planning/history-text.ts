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

/**
 * A value of the audit log as a person reads it: dates dd/mm/yyyy, lists joined, blanks named.
 * @example historyValueText('2025-04-01') // '01/04/2025'
 */
export function historyValueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)';
  if (typeof value === 'string') return ISO_DATE.test(value) ? formatDate(value) : value;
  if (typeof value === 'number' || typeof value === 'boolean')
    return value === true ? 'có' : value === false ? 'không' : String(value);
  if (Array.isArray(value)) return value.length === 0 ? '(trống)' : value.map(historyValueText).join('; ');
  return JSON.stringify(value);
}
