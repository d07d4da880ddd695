const FORMAT = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  hour: '2-digit',
  minute: '2-digit',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour12: false,
});

/**
 * An instant as Vietnamese local time, "hh:mm dd/mm/yyyy", whatever the server's or browser's zone.
 * @example formatDateTime(new Date('2024-05-03T09:00:00Z')) // '16:00 03/05/2024'
 */
export function formatDateTime(instant: Date | string | null | undefined): string {
  if (instant === null || instant === undefined) return '…';
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return '…';
  const parts = Object.fromEntries(FORMAT.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ${parts.day}/${parts.month}/${parts.year}`;
}

/** A file size people read (the domain's, shared with the upload quota's messages). */
export { formatFileSize } from '@kiemtra/domain';

/**
 * When an item was last saved, as its one autosave state says it: the time alone on the day it
 * was saved, the time and the date otherwise (Vietnamese local time).
 * @example savedAtText('2024-05-03T03:42:00Z', new Date('2024-05-03T08:00:00Z')) // 'Đã lưu lúc 10:42'
 */
export function savedAtText(savedAt: Date | string, now: Date): string {
  const [time, day] = formatDateTime(savedAt).split(' ');
  const [, today] = formatDateTime(now).split(' ');
  return day === today ? `Đã lưu lúc ${time}` : `Đã lưu lúc ${time} ngày ${day}`;
}
