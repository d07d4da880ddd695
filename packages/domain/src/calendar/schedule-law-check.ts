import { HOLIDAY_NAMES, lawHolidays } from './holidays.js';
import type { LawHolidayRule } from './law-holiday-rules.js';
import {
  formatVietnameseWithWeekday,
  isWeekend,
  type LocalDate,
  localDate,
  parseIsoDate,
} from './local-date.js';
import { lunarNewYear } from './lunar.js';
import type { OfficialSchedule } from './official-schedule.js';

export interface ScheduleIssue {
  path: (string | number)[];
  message: string;
}

/**
 * What an official schedule may not do: take away a day the law gives. The Prime Minister chooses
 * the split of Tết (art. 112(3): the last day of the old year and mùng 1–4, or two days before and
 * mùng 1–3) and the day joined to 2/9, and may swap days; he cannot remove a holiday. So a weekday
 * that is a holiday in every reading — 1/1, mùng 1–3 Tết, 10/3 âm lịch, 30/4, 1/5, 2/9, a holiday
 * a later law added — must be a day off, and one of 1/9 and 3/9 must be too.
 *
 * @example scheduleLawHolidayIssues({ year: 2027, daysOff: [{ date: '2027-01-01', … }], … }, [])
 *   // [{ path: ['daysOff'], message: 'Lịch nghỉ bỏ mất Tết Nguyên đán (mùng 1 Tết) …' }, …]
 */
export function scheduleLawHolidayIssues(
  schedule: OfficialSchedule,
  rules: readonly LawHolidayRule[],
): ScheduleIssue[] {
  const off = new Set(schedule.daysOff.map((d) => parseIsoDate(d.date) as number));
  const isOff = (date: LocalDate) => isWeekend(date) || off.has(date);
  const tet = lunarNewYear(schedule.year);
  const issues: ScheduleIssue[] = [];
  const missing = (date: LocalDate, what: string) =>
    issues.push({
      path: ['daysOff'],
      message: `Lịch nghỉ bỏ mất ${what} (${formatVietnameseWithWeekday(date)}), là ngày nghỉ theo luật: hãy ghi ngày này là ngày nghỉ. Thủ tướng Chính phủ chỉ quyết định cách nghỉ, không bỏ được ngày nghỉ lễ.`,
    });

  for (const holiday of lawHolidays(schedule.year, rules)) {
    const tetEdge =
      holiday.name === HOLIDAY_NAMES.lunarNewYear && (holiday.date < tet || holiday.date > tet + 2);
    const adjacent = holiday.name === HOLIDAY_NAMES.nationalDay && holiday.detail === 'ngày liền kề';
    if (tetEdge || adjacent || isOff(holiday.date)) continue;
    missing(holiday.date, holiday.detail ? `${holiday.name} (${holiday.detail})` : holiday.name);
  }
  const before = localDate(schedule.year, 9, 1);
  const after = localDate(schedule.year, 9, 3);
  if (!isOff(before) && !isOff(after)) {
    missing(before, `ngày liền kề Quốc khánh (ngày 01/09 hoặc 03/09)`);
  }
  return issues;
}
