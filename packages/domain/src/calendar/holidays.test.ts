import { describe, expect, it } from 'vitest';
import { lawHolidays, nationalDayAdjacentDay, ruleBasedDaysOff } from './holidays.js';
import { type parseIsoDate, toIsoDate } from './local-date.js';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';

const iso = (xs: { date: number }[]) => xs.map((x) => toIsoDate(x.date as ReturnType<typeof parseIsoDate>));

describe('BLLĐ 2019 art. 112 holidays', () => {
  it('lists the 11 legal holiday dates of 2024 with their names', () => {
    const h = lawHolidays(2024);
    expect(h).toHaveLength(11);
    expect(h.map((x) => [toIsoDate(x.date), x.name])).toEqual([
      ['2024-01-01', 'Tết Dương lịch'],
      ['2024-02-09', 'Tết Nguyên đán'],
      ['2024-02-10', 'Tết Nguyên đán'],
      ['2024-02-11', 'Tết Nguyên đán'],
      ['2024-02-12', 'Tết Nguyên đán'],
      ['2024-02-13', 'Tết Nguyên đán'],
      ['2024-04-18', 'Giỗ Tổ Hùng Vương'],
      ['2024-04-30', 'Ngày Chiến thắng'],
      ['2024-05-01', 'Ngày Quốc tế Lao động'],
      ['2024-09-02', 'Quốc khánh'],
      ['2024-09-03', 'Quốc khánh'],
    ]);
  });

  it('picks the Quốc khánh adjacent day the way 2021–2026 were decided', () => {
    expect(toIsoDate(nationalDayAdjacentDay(2021))).toBe('2021-09-03');
    expect(toIsoDate(nationalDayAdjacentDay(2022))).toBe('2022-09-01');
    expect(toIsoDate(nationalDayAdjacentDay(2024))).toBe('2024-09-03');
    expect(toIsoDate(nationalDayAdjacentDay(2025))).toBe('2025-09-01');
    expect(toIsoDate(nationalDayAdjacentDay(2026))).toBe('2026-09-01');
  });

  it('gives a compensatory day on the next free weekday for a holiday on a weekend (art. 111(3))', () => {
    // 2026: Giỗ Tổ on Sunday 26/04 → Monday 27/04, as the official schedule did.
    const off2026 = ruleBasedDaysOff(2026);
    const apr27 = off2026.find((d) => toIsoDate(d.date) === '2026-04-27');
    expect(apr27?.kind).toBe('compensatory');
    expect(apr27?.name).toBe('Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)');
    // 2024 by the rules alone: Tết 09–13/02 with 10–11/02 on the weekend → 14 and 15/02 off.
    expect(iso(ruleBasedDaysOff(2024).filter((d) => d.kind === 'compensatory'))).toEqual([
      '2024-02-14',
      '2024-02-15',
    ]);
    // 2023: 1/1 on Sunday → Monday 2/1.
    expect(iso(ruleBasedDaysOff(2023).filter((d) => d.kind === 'compensatory'))).toContain('2023-01-02');
  });

  it('gives a compensatory day when Giỗ Tổ falls on 30/4 (1947)', () => {
    expect(ruleBasedDaysOff(1947).map((d) => [toIsoDate(d.date), d.kind])).toContainEqual([
      '1947-05-02',
      'compensatory',
    ]);
  });

  it('by the rules gives the same weekdays off as the official schedules, apart from swaps and the Tết split', () => {
    for (const s of OFFICIAL_SCHEDULES) {
      const official = s.daysOff.filter((d) => d.kind !== 'swap').map((d) => d.date);
      const rules = iso(ruleBasedDaysOff(s.year));
      const tet = (d: string) => d.slice(5, 7) === '01' || d.slice(5, 7) === '02';
      expect(rules.filter((d) => !tet(d) || d.endsWith('-01-01'))).toEqual(
        official.filter((d) => !tet(d) || d.endsWith('-01-01')),
      );
      expect(rules.filter(tet)).toHaveLength(official.filter(tet).length);
    }
  });

  it('always gives 11 holidays and 11 distinct weekdays off, 1900–2100', () => {
    for (let year = 1900; year <= 2100; year++) {
      expect(lawHolidays(year)).toHaveLength(11);
      const off = ruleBasedDaysOff(year);
      expect(new Set(off.map((d) => d.date)).size).toBe(11);
      for (const d of off) {
        const w = new Date(toIsoDate(d.date)).getUTCDay();
        expect(w === 0 || w === 6).toBe(false);
      }
    }
  });
});
