import { addDays, type LocalDate, localDate, toYmd, weekday } from '../calendar/local-date.js';

/** An ISO 8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export interface IsoWeek {
  year: number;
  week: number;
  /** Monday of the week. */
  start: LocalDate;
  /** Sunday of the week. */
  end: LocalDate;
}

/**
 * The ISO week a day falls in, for the plan's timeline.
 * @example isoWeekOf(parseIsoDate('2024-05-07')) // { year: 2024, week: 19, start: 06/05/2024, end: 12/05/2024 }
 */
export function isoWeekOf(date: LocalDate): IsoWeek {
  const offset = (weekday(date) + 6) % 7; // Monday 0 … Sunday 6
  const monday = addDays(date, -offset);
  const thursday = addDays(monday, 3);
  const year = toYmd(thursday).year;
  const firstThursday = (() => {
    const jan1 = localDate(year, 1, 1);
    return addDays(jan1, (4 - weekday(jan1) + 7) % 7);
  })();
  const week = Math.round((thursday - firstThursday) / 7) + 1;
  return { year, week, start: monday, end: addDays(monday, 6) };
}
