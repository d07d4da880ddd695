import { CalendarDate } from '@internationalized/date';
import {
  buildCalendar,
  type DayInfo,
  localDate,
  OFFICIAL_SCHEDULES,
  parseDateInput,
  toYmd,
} from '@kiemtra/domain';

// The picker marks the days off of the official schedules the domain ships and, for other years,
// of the Labour Code's rules; the calendar page shows the schedules the province has edited since.
const calendar = buildCalendar({ schedules: OFFICIAL_SCHEDULES, fromYear: 2000, toYear: 2060 });

/** The picker's value for a typed or stored date; undefined when it is no date (or out of range). */
export function toCalendarDate(value: string): CalendarDate | undefined {
  const parsed = parseDateInput(value);
  if (parsed === undefined) return undefined;
  const { year, month, day } = toYmd(parsed);
  return year < calendar.fromYear || year > calendar.toYear ? undefined : new CalendarDate(year, month, day);
}

/** What the picker says of a day: working or not, and the holiday's name. Undefined outside the range. */
export function pickerDayInfo(date: { year: number; month: number; day: number }): DayInfo | undefined {
  if (date.year < calendar.fromYear || date.year > calendar.toYear) return undefined;
  return calendar.dayInfo(localDate(date.year, date.month, date.day));
}
