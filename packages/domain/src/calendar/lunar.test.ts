import { describe, expect, it } from 'vitest';
import { addDays, localDate, parseIsoDate, toIsoDate, toYmd } from './local-date.js';
import { convertLunar2Solar, fromLunar, hungKingsDay, lunarNewYear, toLunar } from './lunar.js';

describe('Vietnamese lunar calendar (Hồ Ngọc Đức, UTC+7)', () => {
  it('round-trips every day 1900-01-01..2100-12-31 solar → lunar → solar', () => {
    const end = localDate(2100, 12, 31);
    let failures = 0;
    for (let d = localDate(1900, 1, 1); d <= end; d = addDays(d, 1)) {
      if (fromLunar(toLunar(d)) !== d) failures++;
    }
    expect(failures).toBe(0);
  });

  it.each([
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    // Vietnam (UTC+7) 02/02/2030; China (UTC+8) 03/02/2030.
    [2030, '2030-02-02'],
    // Vietnam 21/01/1985; China 20/02/1985 (the UTC+7 winter solstice month differs).
    [1985, '1985-01-21'],
    [2007, '2007-02-17'],
    [2000, '2000-02-05'],
    [1900, '1900-01-31'],
    [1968, '1968-01-29'],
    [1975, '1975-02-11'],
    [2020, '2020-01-25'],
    [2021, '2021-02-12'],
    [2022, '2022-02-01'],
    [2023, '2023-01-22'],
    [2027, '2027-02-06'],
    [2100, '2100-02-09'],
  ])('gives Tết %i on %s', (year, iso) => {
    expect(toIsoDate(lunarNewYear(year))).toBe(iso);
  });

  it.each([
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
    [2023, '2023-04-29'],
    // 2031 has a leap third month: the regular month 3 is used.
    [2031, '2031-04-01'],
  ])('gives Giỗ Tổ Hùng Vương (10/3 âm lịch) %i on %s', (year, iso) => {
    expect(toIsoDate(hungKingsDay(year))).toBe(iso);
  });

  it('finds the leap months listed for 2020–2036', () => {
    const leapMonths = new Map<number, number>();
    for (let d = localDate(2020, 1, 1); d <= localDate(2036, 12, 31); d = addDays(d, 1)) {
      const l = toLunar(d);
      if (l.leap && l.day === 1) leapMonths.set(toYmd(d).year, l.month);
    }
    expect([...leapMonths]).toEqual([
      [2020, 4],
      [2023, 2],
      [2025, 6],
      [2028, 5],
      [2031, 3],
      [2033, 11],
      [2036, 6],
    ]);
    expect(toIsoDate(fromLunar({ day: 10, month: 3, year: 2031, leap: true }) ?? localDate(1970, 1, 1))).toBe(
      '2031-04-30',
    );
  });

  it('has Tết and Giỗ Tổ for every year 1900–2100, Tết between 21/1 and 20/2', () => {
    for (let year = 1900; year <= 2100; year++) {
      const tet = toYmd(lunarNewYear(year));
      expect(tet.year).toBe(year);
      const dayOfSeason = tet.month === 1 ? tet.day : 31 + tet.day;
      expect(dayOfSeason).toBeGreaterThanOrEqual(21);
      expect(dayOfSeason).toBeLessThanOrEqual(51);
      expect(toYmd(hungKingsDay(year)).year).toBe(year);
      expect(toLunar(lunarNewYear(year))).toEqual({ day: 1, month: 1, year, leap: false });
    }
  });

  it('refuses lunar dates that do not exist', () => {
    expect(fromLunar({ day: 1, month: 3, year: 2024, leap: true })).toBeUndefined();
    expect(convertLunar2Solar(31, 1, 2024, false, 7)).toBeUndefined();
    expect(toLunar(parseIsoDate('2024-02-09'))).toEqual({ day: 30, month: 12, year: 2023, leap: false });
  });
});
