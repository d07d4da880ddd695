/**
 * A year's days laid out as month grids for the calendar page: Monday-first weeks, as Vietnamese
 * wall calendars print them (T2 … CN). Works on the ISO strings the API sends; no JS Date, so no
 * time zone can move a day.
 */

/** What the grid needs of a day: its ISO date and weekday (0 = Sunday … 6 = Saturday, as the API sends). */
export interface GridDay {
  date: string;
  weekday: number;
}

export interface MonthGrid<T extends GridDay> {
  year: number;
  /** 1–12 */
  month: number;
  /** 'Tháng 5/2024', the table's caption. */
  caption: string;
  /** Weeks Monday → Sunday; null where the day belongs to the month before or after. */
  weeks: (T | null)[][];
}

/** The column headers, Monday first. */
export const WEEKDAY_HEADERS: readonly { short: string; full: string }[] = [
  { short: 'T2', full: 'Thứ Hai' },
  { short: 'T3', full: 'Thứ Ba' },
  { short: 'T4', full: 'Thứ Tư' },
  { short: 'T5', full: 'Thứ Năm' },
  { short: 'T6', full: 'Thứ Sáu' },
  { short: 'T7', full: 'Thứ Bảy' },
  { short: 'CN', full: 'Chủ nhật' },
];

/**
 * The column of a weekday in a Monday-first week.
 * @example mondayFirstColumn(0) // 6 (Sunday is the last column)
 */
export function mondayFirstColumn(weekday: number): number {
  return (((weekday + 6) % 7) + 7) % 7;
}

/**
 * Groups days (in date order) into month grids, one per month present, in order.
 * @example buildMonthGrids(year.days).map((m) => m.caption) // ['Tháng 1/2024', …, 'Tháng 12/2024']
 */
export function buildMonthGrids<T extends GridDay>(days: readonly T[]): MonthGrid<T>[] {
  const months: MonthGrid<T>[] = [];
  let current: MonthGrid<T> | undefined;
  let week: (T | null)[] = [];

  const closeMonth = () => {
    if (!current) return;
    if (week.length > 0) {
      while (week.length < 7) week.push(null);
      current.weeks.push(week);
    }
    week = [];
  };

  for (const day of days) {
    const year = Number(day.date.slice(0, 4));
    const month = Number(day.date.slice(5, 7));
    if (!current || current.year !== year || current.month !== month) {
      closeMonth();
      current = { year, month, caption: `Tháng ${month}/${year}`, weeks: [] };
      months.push(current);
      // Blank cells before the first day, so that it sits under its weekday.
      for (let i = 0; i < mondayFirstColumn(day.weekday); i++) week.push(null);
    }
    week.push(day);
    if (week.length === 7) {
      current.weeks.push(week);
      week = [];
    }
  }
  closeMonth();
  return months;
}
