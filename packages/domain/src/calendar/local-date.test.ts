import { describe, expect, it } from 'vitest';
import { localDateSchema } from './date-input.js';
import {
  addDays,
  compareDates,
  formatVietnamese,
  formatVietnameseWithWeekday,
  fromEpochDay,
  localDate,
  parseIsoDate,
  todayInVietnam,
  toEpochDay,
  toIsoDate,
  toYmd,
  tryParseIsoDate,
  weekday,
  weekdayName,
} from './local-date.js';

describe('LocalDate', () => {
  it('maps 1970-01-01 to epoch day 0 and 2000-01-01 to 10957', () => {
    expect(toEpochDay(localDate(1970, 1, 1))).toBe(0);
    expect(toEpochDay(localDate(2000, 1, 1))).toBe(10957);
    expect(toEpochDay(localDate(1900, 1, 1))).toBe(-25567);
  });

  it('round-trips every day 1899–2101 through year/month/day and ISO text', () => {
    const start = localDate(1899, 1, 1);
    const end = localDate(2101, 12, 31);
    for (let d = start; d <= end; d = addDays(d, 1)) {
      const { year, month, day } = toYmd(d);
      expect(localDate(year, month, day)).toBe(d);
    }
    expect(parseIsoDate(toIsoDate(localDate(2024, 2, 29)))).toBe(localDate(2024, 2, 29));
  });

  it('agrees with the JavaScript Date in UTC', () => {
    for (const iso of ['1900-03-01', '1999-12-31', '2024-02-29', '2100-02-28', '2100-03-01']) {
      expect(toEpochDay(parseIsoDate(iso))).toBe(Date.UTC(...isoParts(iso)) / 86_400_000);
    }
  });

  it('rejects impossible dates', () => {
    expect(tryParseIsoDate('2024-02-30')).toBeUndefined();
    expect(tryParseIsoDate('2023-02-29')).toBeUndefined();
    expect(tryParseIsoDate('2100-02-29')).toBeUndefined();
    expect(tryParseIsoDate('24-02-01')).toBeUndefined();
    expect(() => parseIsoDate('07/05/2024')).toThrow(/yyyy-mm-dd/);
    expect(() => localDate(2024, 13, 1)).toThrow(RangeError);
  });

  it('formats in Vietnamese with a weekday', () => {
    const d = parseIsoDate('2024-05-07');
    expect(formatVietnamese(d)).toBe('07/05/2024');
    expect(weekday(d)).toBe(2);
    expect(weekdayName(d)).toBe('Thứ Ba');
    expect(weekdayName(parseIsoDate('2024-05-05'))).toBe('Chủ nhật');
    expect(formatVietnameseWithWeekday(parseIsoDate('2024-05-04'))).toBe('Thứ Bảy 04/05/2024');
    expect(weekday(parseIsoDate('1900-01-01'))).toBe(1);
  });

  it('adds days and compares', () => {
    const d = parseIsoDate('2024-12-31');
    expect(toIsoDate(addDays(d, 1))).toBe('2025-01-01');
    expect(toIsoDate(addDays(d, -366))).toBe('2023-12-31');
    expect(compareDates(d, addDays(d, 1))).toBeLessThan(0);
    expect(fromEpochDay(toEpochDay(d))).toBe(d);
  });

  it('takes today in Asia/Ho_Chi_Minh (UTC+7) from the instant it is given', () => {
    expect(toIsoDate(todayInVietnam(new Date('2024-05-06T16:59:59Z')))).toBe('2024-05-06');
    expect(toIsoDate(todayInVietnam(new Date('2024-05-06T17:00:00Z')))).toBe('2024-05-07');
    expect(toIsoDate(todayInVietnam(new Date('2024-12-31T23:00:00-05:00')))).toBe('2025-01-01');
  });

  it('parses ISO strings with zod and reports in Vietnamese', () => {
    expect(localDateSchema.parse('2024-05-07')).toBe(parseIsoDate('2024-05-07'));
    const bad = localDateSchema.safeParse('2024-02-30');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toMatch(/Ngày chưa đúng/);
    expect(localDateSchema.parse('7/5/2024')).toBe(parseIsoDate('2024-05-07'));
  });
});

function isoParts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y ?? 0, (m ?? 1) - 1, d ?? 1];
}
