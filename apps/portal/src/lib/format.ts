/**
 * Formatting for people, in Vietnamese. Dates arrive from the API as ISO calendar dates
 * (yyyy-mm-dd); they are reformatted as text and never go through a JS Date, whose time zone
 * could move them by a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * An ISO date as dd/mm/yyyy; `fallback` when the date is missing or not an ISO date.
 * @example formatDate('2024-04-01') // '01/04/2024'
 */
export function formatDate(iso: string | null | undefined, fallback = '…'): string {
  if (!iso) return fallback;
  const match = ISO_DATE.exec(iso.slice(0, 10));
  if (!match) return fallback;
  const [, year, month, day] = match;
  return `${day}/${month}/${year}`;
}

/**
 * A period as "Từ dd/mm/yyyy đến dd/mm/yyyy"; a single day when both ends are the same.
 * @example formatDateRange('2024-04-01', '2024-09-30') // 'Từ 01/04/2024 đến 30/09/2024'
 */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  if (!start && !end) return 'Chưa xác định';
  if (!end || start === end) return `Ngày ${formatDate(start)}`;
  if (!start) return `Đến ${formatDate(end)}`;
  return `Từ ${formatDate(start)} đến ${formatDate(end)}`;
}

/**
 * The decision's number as it is cited; the seed was published with the number left blank.
 * @example decisionNumberText('1234') // 'Quyết định số 1234/QĐ-UBND'
 */
export function decisionNumberText(number: string | null | undefined): string {
  if (!number) return 'Quyết định số …/QĐ-UBND';
  return number.includes('/') ? `Quyết định số ${number}` : `Quyết định số ${number}/QĐ-UBND`;
}

/**
 * A decision cited with its number and date, as in a Vietnamese document.
 * @example decisionText(null, '2024-04-01') // 'Quyết định số …/QĐ-UBND ngày 01/04/2024'
 */
export function decisionText(number: string | null | undefined, date: string | null | undefined): string {
  const numberText = decisionNumberText(number);
  return date ? `${numberText} ngày ${formatDate(date)}` : numberText;
}

/**
 * Today's calendar date in Vietnam (UTC+7) as yyyy-mm-dd, from an instant the caller passes in.
 * @example todayInVietnamIso(new Date('2024-05-31T18:00:00Z')) // '2024-06-01'
 */
export function todayInVietnamIso(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Counts items by a key, keeping the first-seen order of the keys. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
