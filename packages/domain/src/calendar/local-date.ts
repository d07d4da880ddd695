/**
 * A calendar date with no time and no time zone, stored as the number of days since 1970-01-01
 * (the "epoch day"). A plain integer makes comparisons, differences and array indexing free,
 * which the working-day index relies on. Dates are proleptic Gregorian.
 *
 * @example
 *   const d = parseIsoDate('2024-05-07'); // Tuesday
 *   formatVietnamese(addDays(d, 1)); // '08/05/2024'
 */
export type LocalDate = number & { readonly __brand: 'LocalDate' };

/** 0 = Sunday … 6 = Saturday (the order of `Date#getUTCDay`). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Builds a LocalDate from year, month (1–12) and day; throws RangeError on an impossible date. */
export function localDate(year: number, month: number, day: number): LocalDate {
  if (!isValidYmd(year, month, day)) {
    throw new RangeError(`Ngày không hợp lệ: ${day}/${month}/${year}`);
  }
  // Days-from-civil (H. Hinnant): exact integer arithmetic, no Date object, no time zone.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146097 + doe - 719468) as LocalDate;
}

/** The inverse of {@link localDate}. */
export function toYmd(date: LocalDate): YearMonthDay {
  const z = date + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function fromEpochDay(epochDay: number): LocalDate {
  if (!Number.isSafeInteger(epochDay)) throw new RangeError(`Số ngày không hợp lệ: ${epochDay}`);
  return epochDay as LocalDate;
}

export function toEpochDay(date: LocalDate): number {
  return date;
}

/** Parses `yyyy-mm-dd`; returns undefined for anything else, including 2024-02-30. */
export function tryParseIsoDate(text: string): LocalDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? localDate(year, month, day) : undefined;
}

/** Parses `yyyy-mm-dd`; throws RangeError with a Vietnamese message otherwise. */
export function parseIsoDate(text: string): LocalDate {
  const date = tryParseIsoDate(text);
  if (date === undefined) throw new RangeError(`Ngày không hợp lệ (cần dạng yyyy-mm-dd): ${text}`);
  return date;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** `2024-05-07` */
export function toIsoDate(date: LocalDate): string {
  const { year, month, day } = toYmd(date);
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/** `07/05/2024`, the form Vietnamese readers expect. */
export function formatVietnamese(date: LocalDate): string {
  const { year, month, day } = toYmd(date);
  return `${pad2(day)}/${pad2(month)}/${pad4(year)}`;
}

export function weekday(date: LocalDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((date + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: LocalDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

/** 'Thứ Hai' … 'Thứ Bảy', 'Chủ nhật'. */
export function weekdayName(date: LocalDate): string {
  return WEEKDAY_NAMES[weekday(date)];
}

/** 'Thứ Ba 07/05/2024' */
export function formatVietnameseWithWeekday(date: LocalDate): string {
  return `${weekdayName(date)} ${formatVietnamese(date)}`;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return (date + days) as LocalDate;
}

/** Calendar days from `a` to `b` (negative if b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return b - a;
}

/** Negative, zero or positive, for sorting. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return a - b;
}

export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

export function yearOf(date: LocalDate): number {
  return toYmd(date).year;
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * The date in Asia/Ho_Chi_Minh at the given instant. Vietnam is UTC+7 all year (no daylight
 * saving), so a fixed offset is exact. The caller passes the instant: domain code never reads
 * the clock.
 *
 * @example todayInVietnam(new Date('2024-05-06T18:30:00Z')) // 2024-05-07 (01:30 in Hà Nội)
 */
export function todayInVietnam(instant: Date): LocalDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Thời điểm không hợp lệ');
  return Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY) as LocalDate;
}
