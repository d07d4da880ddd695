import { addedLawHolidays, type LawHolidayRule } from './law-holiday-rules.js';
import {
  addDays,
  formatVietnameseWithWeekday,
  isWeekend,
  type LocalDate,
  localDate,
  weekday,
} from './local-date.js';
import { hungKingsDay, lunarNewYear } from './lunar.js';

export const HOLIDAY_NAMES = {
  newYear: 'Tết Dương lịch',
  lunarNewYear: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  victory: 'Ngày Chiến thắng',
  labour: 'Ngày Quốc tế Lao động',
  nationalDay: 'Quốc khánh',
} as const;

/** A public holiday of BLLĐ 2019 art. 112(1), on its legal date (which may be a weekend day). */
export interface LawHoliday {
  date: LocalDate;
  name: string;
  /** e.g. 'mùng 1 Tết', '30 Tết', 'ngày liền kề' */
  detail?: string;
}

/** A weekday off produced by the rules: the holiday itself, or a compensatory day (nghỉ bù). */
export interface RuleDayOff {
  date: LocalDate;
  name: string;
  kind: 'holiday' | 'compensatory';
}

/**
 * The day joined to 2/9 (BLLĐ 2019 art. 112(1)(đ): "02 ngày (ngày 02 tháng 9 dương lịch và 01
 * ngày liền kề trước hoặc sau)"). The Prime Minister picks it each year (art. 112(3)); in
 * 2021–2026 the pick joined the break to a weekend (2/9 on Thu → 3/9; Fri → 1/9; Mon → 3/9;
 * Tue → 1/9; Wed → 1/9). The fallback does the same: 3/9 when 2/9 is a Sunday, Monday or
 * Thursday, 1/9 otherwise.
 */
export function nationalDayAdjacentDay(year: number): LocalDate {
  const w = weekday(localDate(year, 9, 2));
  return w === 0 || w === 1 || w === 4 ? localDate(year, 9, 3) : localDate(year, 9, 1);
}

/**
 * The 11 public holidays of BLLĐ 2019 art. 112(1) for a solar year, on their legal dates.
 * Tết is "the last day of the old lunar year + mùng 1–4" (the 1 + 4 split; art. 112(3) lets the
 * Prime Minister choose 2 + 3 instead, which only an official schedule can say).
 * For years before 2021 (BLLĐ 2012 gave Quốc khánh one day) the 2019 rule is applied all the
 * same: those years serve only as background for the calendar, never for a real deadline.
 * `rules` adds the holidays a later law made, each from the date it is in force.
 */
export function lawHolidays(year: number, rules: readonly LawHolidayRule[] = []): LawHoliday[] {
  const tet = lunarNewYear(year);
  const days: LawHoliday[] = [
    { date: localDate(year, 1, 1), name: HOLIDAY_NAMES.newYear },
    { date: addDays(tet, -1), name: HOLIDAY_NAMES.lunarNewYear, detail: 'ngày cuối năm âm lịch' },
    { date: tet, name: HOLIDAY_NAMES.lunarNewYear, detail: 'mùng 1 Tết' },
    { date: addDays(tet, 1), name: HOLIDAY_NAMES.lunarNewYear, detail: 'mùng 2 Tết' },
    { date: addDays(tet, 2), name: HOLIDAY_NAMES.lunarNewYear, detail: 'mùng 3 Tết' },
    { date: addDays(tet, 3), name: HOLIDAY_NAMES.lunarNewYear, detail: 'mùng 4 Tết' },
    { date: hungKingsDay(year), name: HOLIDAY_NAMES.hungKings, detail: '10/3 âm lịch' },
    { date: localDate(year, 4, 30), name: HOLIDAY_NAMES.victory },
    { date: localDate(year, 5, 1), name: HOLIDAY_NAMES.labour },
    { date: localDate(year, 9, 2), name: HOLIDAY_NAMES.nationalDay },
    { date: nationalDayAdjacentDay(year), name: HOLIDAY_NAMES.nationalDay, detail: 'ngày liền kề' },
    ...addedLawHolidays(rules, year).map((h) => ({ date: h.date, name: h.name })),
  ];
  return days.sort((a, b) => a.date - b.date);
}

/**
 * The weekdays off that the rules alone give for a year with no official schedule: each art. 112
 * holiday on a weekday, plus, for each holiday on a Saturday or Sunday, a compensatory day on
 * the next weekday that is not already off (BLLĐ 2019 art. 111(3): "Nếu ngày nghỉ hằng tuần
 * trùng với ngày nghỉ lễ, tết … thì người lao động được nghỉ bù vào ngày làm việc kế tiếp").
 * Swaps (hoán đổi) are decided each year and cannot be predicted, so the rules produce none.
 */
export function ruleBasedDaysOff(year: number, rules: readonly LawHolidayRule[] = []): RuleDayOff[] {
  const holidays = lawHolidays(year, rules);
  const taken = new Set<number>(holidays.map((h) => h.date));
  const result: RuleDayOff[] = [];
  const used = new Set<number>();
  for (const h of holidays) {
    if (!isWeekend(h.date) && !used.has(h.date)) {
      used.add(h.date);
      result.push({ date: h.date, name: h.name, kind: 'holiday' });
      continue;
    }
    // [interpretation] Two holidays on one day (Giỗ Tổ on 30/4, as in 1947) are treated like a
    // holiday on a weekend: the second one gives a compensatory day, so the year keeps 11 days off.
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    result.push({
      date: d,
      name: `Nghỉ bù ${h.name} (${formatVietnameseWithWeekday(h.date)})`,
      kind: 'compensatory',
    });
  }
  return result.sort((a, b) => a.date - b.date);
}
