import { DomainError } from '../errors/domain-error.js';
import { type DayInfo, type DayKind, type ScheduleStatus, scheduleStatusLabel } from './day-info.js';
import { lawHolidays, ruleBasedDaysOff } from './holidays.js';
import { addedLawHolidays, type LawHolidayRule, proposedLawHolidays } from './law-holiday-rules.js';
import {
  formatVietnamese,
  type LocalDate,
  localDate,
  parseIsoDate,
  toIsoDate,
  weekday,
  weekdayName,
} from './local-date.js';
import type { OfficialSchedule } from './official-schedule.js';

/** A day announced as a holiday without legal force yet: shown beside the year, never counted. */
export interface PendingDayOff {
  date: string;
  name: string;
  note: string;
}

export interface YearView {
  year: number;
  scheduleStatus: ScheduleStatus;
  /** 'lịch nghỉ chính thức' or 'chưa có lịch nghỉ chính thức' */
  scheduleStatusLabel: string;
  /** The announcing documents, for an official year. */
  source?: string;
  workingDayCount: number;
  /** Every day of the year in order, for the month-by-month page. */
  days: DayInfo[];
  /** Weekdays off: holidays, compensatory days, swapped days. */
  daysOff: DayInfo[];
  /** Saturdays and Sundays made working days. */
  workingWeekendDays: DayInfo[];
  /** Holidays whose legal date falls on a weekend (shown, not counted twice). */
  weekendHolidays: DayInfo[];
  /** Announced but not yet in force (a proposed law holiday); not counted. */
  pending: PendingDayOff[];
}

export interface WorkingCalendar {
  readonly fromYear: number;
  readonly toYear: number;
  /** Mon–Fri minus holidays and announced days off, plus announced working weekend days. */
  isWorkingDay(date: LocalDate): boolean;
  /**
   * The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself is never
   * counted (BLDS 2015 art. 147). n = 0 returns `date` when it is a working day, otherwise the
   * next working day (the art. 148(5) roll-forward).
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate;
  /**
   * Working days counted going from a to b the way addWorkingDays steps: a is not counted, b is.
   * For a ≤ b, the working days in (a, b]; for b < a, minus the working days in [b, a). So
   * addWorkingDays(a, n) = b implies workingDaysBetween(a, b) = n in both directions.
   */
  workingDaysBetween(a: LocalDate, b: LocalDate): number;
  /** First working day strictly after `date`. */
  nextWorkingDay(date: LocalDate): LocalDate;
  /** Last working day strictly before `date`. */
  previousWorkingDay(date: LocalDate): LocalDate;
  /** `date` if it is a working day, else the next one (BLDS 2015 art. 148(5)). */
  workingDayOnOrAfter(date: LocalDate): LocalDate;
  dayInfo(date: LocalDate): DayInfo;
  yearView(year: number): YearView;
  scheduleStatus(year: number): ScheduleStatus;
  /** The announcing documents of an official year, undefined for a year on the rules. */
  scheduleSource(year: number): string | undefined;
}

export interface BuildCalendarInput {
  schedules: readonly OfficialSchedule[];
  /** Holidays a later law added, with their validity (law-holiday-rules.ts); none by default. */
  lawHolidayRules?: readonly LawHolidayRule[];
  /** Default 1900. */
  fromYear?: number;
  /** Default 2100. */
  toYear?: number;
}

const KIND_CODES: readonly DayKind[] = [
  'weekday',
  'weekend',
  'holiday',
  'compensatory',
  'swap',
  'working_weekend',
];
const WEEKDAY = 0;
const WEEKEND = 1;
const HOLIDAY = 2;
const COMPENSATORY = 3;
const SWAP = 4;
const WORKING_WEEKEND = 5;
const KIND_CODE_OF: Record<'holiday' | 'compensatory' | 'swap', number> = {
  holiday: HOLIDAY,
  compensatory: COMPENSATORY,
  swap: SWAP,
};

/**
 * Builds the working-day calendar for civil servants from the official schedules (those years
 * are "official") and the BLLĐ 2019 rules (every other year, "chưa có lịch nghỉ chính thức").
 * One pass builds a prefix count of working days per epoch day and the sorted list of working
 * days, so every query afterwards is O(1) array arithmetic.
 *
 * @example
 *   const cal = buildCalendar({ schedules: OFFICIAL_SCHEDULES });
 *   cal.addWorkingDays(parseIsoDate('2024-08-28'), 10); // 2024-09-13
 */
export function buildCalendar({
  schedules,
  lawHolidayRules = [],
  fromYear = 1900,
  toYear = 2100,
}: BuildCalendarInput): WorkingCalendar {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new RangeError(`Phạm vi năm không hợp lệ: ${fromYear}–${toYear}`);
  }
  const start = localDate(fromYear, 1, 1);
  const end = localDate(toYear, 12, 31);
  const size = end - start + 1;

  const byYear = new Map<number, OfficialSchedule>();
  for (const s of schedules) {
    if (byYear.has(s.year)) throw new Error(`Có hai lịch nghỉ chính thức cho năm ${s.year}`);
    byYear.set(s.year, s);
  }

  const kinds = new Uint8Array(size);
  const names = new Map<number, string>();

  for (let i = 0; i < size; i++) {
    const w = weekday((start + i) as LocalDate);
    kinds[i] = w === 0 || w === 6 ? WEEKEND : WEEKDAY;
  }
  const inRange = (d: LocalDate) => d >= start && d <= end;

  for (let year = fromYear; year <= toYear; year++) {
    // Holidays whose legal date is a weekend keep their name on that day, in every year.
    for (const h of lawHolidays(year, lawHolidayRules)) {
      if (inRange(h.date) && kinds[h.date - start] === WEEKEND) names.set(h.date, h.name);
    }
    const schedule = byYear.get(year);
    if (schedule) {
      for (const d of schedule.daysOff) {
        const date = parseIsoDate(d.date);
        if (!inRange(date)) continue;
        kinds[date - start] = KIND_CODE_OF[d.kind];
        names.set(date, d.name);
      }
      for (const d of schedule.workingWeekendDays) {
        const date = parseIsoDate(d.date);
        if (!inRange(date)) continue;
        kinds[date - start] = WORKING_WEEKEND;
        names.set(date, d.name);
      }
      // A holiday a law added after the schedule was announced counts all the same, with its
      // compensatory day when it falls on a weekend (BLLĐ 2019 art. 111(3)).
      for (const h of addedLawHolidays(lawHolidayRules, year)) {
        if (!inRange(h.date) || kinds[h.date - start] !== WEEKDAY) {
          if (inRange(h.date) && kinds[h.date - start] === WEEKEND) {
            let d = h.date + 1;
            while (d <= end && kinds[d - start] !== WEEKDAY) d++;
            if (d <= end) {
              kinds[d - start] = COMPENSATORY;
              names.set(d, `Nghỉ bù ${h.name}`);
            }
          }
          continue;
        }
        kinds[h.date - start] = HOLIDAY;
        names.set(h.date, h.name);
      }
    } else {
      for (const d of ruleBasedDaysOff(year, lawHolidayRules)) {
        if (!inRange(d.date)) continue;
        kinds[d.date - start] = KIND_CODE_OF[d.kind];
        names.set(d.date, d.name);
      }
    }
  }

  // prefix[i] = number of working days among the first i days of the range.
  const prefix = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) {
    const k = kinds[i];
    prefix[i + 1] = (prefix[i] ?? 0) + (k === WEEKDAY || k === WORKING_WEEKEND ? 1 : 0);
  }
  const total = prefix[size] ?? 0;
  // workingDays[r] = epoch day of the (r+1)-th working day of the range.
  const workingDays = new Int32Array(total);
  for (let i = 0, r = 0; i < size; i++) {
    const k = kinds[i];
    if (k === WEEKDAY || k === WORKING_WEEKEND) workingDays[r++] = start + i;
  }

  const rangeText = `${fromYear}–${toYear}`;
  const indexOf = (date: LocalDate): number => {
    if (!Number.isInteger(date) || date < start || date > end) {
      throw new DomainError('INVALID_INPUT', `Ngày ${safeFormat(date)} nằm ngoài phạm vi lịch ${rangeText}.`);
    }
    return date - start;
  };
  // Working days on or before index i, i.e. in [start, date].
  const countThrough = (i: number): number => prefix[i + 1] ?? 0;
  const countBefore = (i: number): number => prefix[i] ?? 0;
  const nthWorkingDay = (rank: number): LocalDate => {
    const d = workingDays[rank];
    if (d === undefined)
      throw new DomainError('INVALID_INPUT', `Kết quả nằm ngoài phạm vi lịch ${rangeText}.`);
    return d as LocalDate;
  };

  const isWorkingDay = (date: LocalDate): boolean => {
    const k = kinds[indexOf(date)];
    return k === WEEKDAY || k === WORKING_WEEKEND;
  };

  const addWorkingDays = (date: LocalDate, n: number): LocalDate => {
    if (!Number.isInteger(n)) throw new RangeError(`Số ngày làm việc phải là số nguyên: ${n}`);
    const i = indexOf(date);
    if (n > 0) return nthWorkingDay(countThrough(i) + n - 1);
    if (n < 0) return nthWorkingDay(countBefore(i) + n);
    return nthWorkingDay(countBefore(i));
  };

  const workingDaysBetween = (a: LocalDate, b: LocalDate): number => {
    const ia = indexOf(a);
    const ib = indexOf(b);
    if (ib >= ia) return countThrough(ib) - countThrough(ia);
    return countBefore(ib) - countBefore(ia);
  };

  const statusOf = (year: number): ScheduleStatus => (byYear.has(year) ? 'official' : 'rules');

  const dayInfo = (date: LocalDate): DayInfo => {
    const code = kinds[indexOf(date)] ?? WEEKDAY;
    const kind = KIND_CODES[code] ?? 'weekday';
    const name = names.get(date);
    const w = weekday(date);
    const dayName = weekdayName(date);
    const info: DayInfo = {
      date,
      iso: toIsoDate(date),
      weekday: w,
      working: code === WEEKDAY || code === WORKING_WEEKEND,
      kind,
      label: labelFor(kind, dayName, name),
      scheduleStatus: statusOf(yearOfIndex(date)),
    };
    if (name !== undefined) info.name = name;
    return info;
  };

  // Cheap year lookup for a date inside the range, without building a YearMonthDay.
  const yearStarts: number[] = [];
  for (let y = fromYear; y <= toYear + 1; y++) yearStarts.push(localDate(y, 1, 1));
  const yearOfIndex = (date: LocalDate): number => {
    let lo = 0;
    let hi = yearStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((yearStarts[mid] ?? Number.POSITIVE_INFINITY) <= date) lo = mid;
      else hi = mid - 1;
    }
    return fromYear + lo;
  };

  const yearView = (year: number): YearView => {
    if (year < fromYear || year > toYear)
      throw new DomainError('INVALID_INPUT', `Năm ${year} nằm ngoài phạm vi lịch ${rangeText}.`);
    const first = localDate(year, 1, 1);
    const last = localDate(year, 12, 31);
    const days: DayInfo[] = [];
    for (let d = first; d <= last; d = (d + 1) as LocalDate) days.push(dayInfo(d));
    const status = statusOf(year);
    const schedule = byYear.get(year);
    const view: YearView = {
      year,
      scheduleStatus: status,
      scheduleStatusLabel: scheduleStatusLabel(status),
      workingDayCount: countThrough(last - start) - countBefore(first - start),
      days,
      daysOff: days.filter((d) => d.kind === 'holiday' || d.kind === 'compensatory' || d.kind === 'swap'),
      workingWeekendDays: days.filter((d) => d.kind === 'working_weekend'),
      weekendHolidays: days.filter((d) => d.kind === 'weekend' && d.name !== undefined),
      pending: proposedLawHolidays(lawHolidayRules, year).map((h) => ({
        date: toIsoDate(h.date),
        name: h.name,
        note: h.basis,
      })),
    };
    if (schedule) view.source = schedule.source;
    return view;
  };

  return {
    fromYear,
    toYear,
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    nextWorkingDay: (date) => addWorkingDays(date, 1),
    previousWorkingDay: (date) => addWorkingDays(date, -1),
    workingDayOnOrAfter: (date) => addWorkingDays(date, 0),
    dayInfo,
    yearView,
    scheduleStatus: statusOf,
    scheduleSource: (year) => byYear.get(year)?.source,
  };
}

function labelFor(kind: DayKind, dayName: string, name: string | undefined): string {
  switch (kind) {
    case 'weekday':
      return dayName;
    case 'weekend':
      return name === undefined ? dayName : `${dayName} (${name})`;
    case 'holiday':
    case 'compensatory':
    case 'swap':
      return name ?? dayName;
    case 'working_weekend':
      return name === undefined
        ? `Ngày làm bù (${dayName})`
        : `Ngày làm bù (${dayName}): ${lowerFirst(name)}`;
  }
}

function lowerFirst(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function safeFormat(date: LocalDate): string {
  return Number.isSafeInteger(date) ? formatVietnamese(date) : String(date);
}
