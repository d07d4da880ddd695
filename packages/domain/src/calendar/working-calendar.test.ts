import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { addDays, parseIsoDate as d, type LocalDate, localDate, toIsoDate, weekday } from './local-date.js';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';
import { buildCalendar } from './working-calendar.js';

const cal = buildCalendar({ schedules: OFFICIAL_SCHEDULES });
const iso = toIsoDate;

describe('buildCalendar', () => {
  it('counts 251, 250 and 250 working days in 2024, 2025 and 2026 (LEGAL.md §1.4)', () => {
    expect(cal.yearView(2024).workingDayCount).toBe(251);
    expect(cal.yearView(2025).workingDayCount).toBe(250);
    expect(cal.yearView(2026).workingDayCount).toBe(250);
  });

  it('explains each kind of day in Vietnamese', () => {
    expect(cal.dayInfo(d('2024-05-07'))).toMatchObject({ working: true, kind: 'weekday', label: 'Thứ Ba' });
    expect(cal.dayInfo(d('2024-05-05'))).toMatchObject({
      working: false,
      kind: 'weekend',
      label: 'Chủ nhật',
    });
    expect(cal.dayInfo(d('2024-02-10'))).toMatchObject({
      working: false,
      kind: 'weekend',
      label: 'Thứ Bảy (Tết Nguyên đán)',
    });
    expect(cal.dayInfo(d('2024-04-18'))).toMatchObject({
      working: false,
      kind: 'holiday',
      label: 'Giỗ Tổ Hùng Vương',
    });
    expect(cal.dayInfo(d('2024-02-13'))).toMatchObject({
      kind: 'compensatory',
      label: 'Nghỉ bù Tết Nguyên đán',
    });
    expect(cal.dayInfo(d('2024-04-29'))).toMatchObject({
      working: false,
      kind: 'swap',
      label: 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)',
      scheduleStatus: 'official',
    });
    expect(cal.dayInfo(d('2024-05-04'))).toMatchObject({
      working: true,
      kind: 'working_weekend',
      label: 'Ngày làm bù (Thứ Bảy): làm bù cho ngày 29/4/2024',
    });
    expect(cal.dayInfo(d('2026-11-24'))).toMatchObject({ working: true, kind: 'weekday' });
  });

  it('falls back to the rules for a year with no schedule and says so', () => {
    expect(cal.scheduleStatus(2024)).toBe('official');
    expect(cal.scheduleStatus(2027)).toBe('rules');
    const y = cal.yearView(2027);
    expect(y.scheduleStatusLabel).toBe('chưa có lịch nghỉ chính thức');
    expect(y.source).toBeUndefined();
    expect(cal.yearView(2024).source).toContain('5015/TB-LĐTBXH');
    // 2027: Tết mùng 1 = Sat 06/02 → 05/02 (Fri) … 09/02 (Tue), 2 compensatory days 10–11/02.
    expect(y.daysOff.map((x) => `${x.iso} ${x.kind}`)).toEqual([
      '2027-01-01 holiday',
      '2027-02-05 holiday',
      '2027-02-08 holiday',
      '2027-02-09 holiday',
      '2027-02-10 compensatory',
      '2027-02-11 compensatory',
      '2027-04-16 holiday',
      '2027-04-30 holiday',
      '2027-05-03 compensatory',
      '2027-09-02 holiday',
      '2027-09-03 holiday',
    ]);
    expect(cal.dayInfo(d('2027-05-03')).label).toBe('Nghỉ bù Ngày Quốc tế Lao động (Thứ Bảy 01/05/2027)');
  });

  it('lets a new schedule override the rules for its year', () => {
    const custom = buildCalendar({
      fromYear: 2027,
      toYear: 2027,
      schedules: [
        {
          year: 2027,
          source: 'TB thử nghiệm',
          daysOff: [{ date: '2027-03-01', name: 'Nghỉ hoán đổi', kind: 'swap' }],
          workingWeekendDays: [{ date: '2027-03-06', name: 'Làm bù cho ngày 1/3/2027' }],
        },
      ],
    });
    expect(custom.isWorkingDay(d('2027-03-01'))).toBe(false);
    expect(custom.isWorkingDay(d('2027-03-06'))).toBe(true);
    expect(custom.isWorkingDay(d('2027-02-08'))).toBe(true);
    expect(custom.scheduleStatus(2027)).toBe('official');
  });

  it('adds working days forward and back, never counting the start day', () => {
    expect(iso(cal.addWorkingDays(d('2024-08-28'), 10))).toBe('2024-09-13');
    expect(iso(cal.addWorkingDays(d('2024-05-07'), -10))).toBe('2024-04-19');
    expect(iso(cal.addWorkingDays(d('2024-05-03'), -1))).toBe('2024-05-02');
    expect(iso(cal.addWorkingDays(d('2024-05-03'), 1))).toBe('2024-05-04');
    // From a non-working day: the first working day after it is day 1.
    expect(iso(cal.addWorkingDays(d('2024-04-27'), 1))).toBe('2024-05-02');
    expect(iso(cal.addWorkingDays(d('2024-04-27'), -1))).toBe('2024-04-26');
  });

  it('returns the day itself for n = 0 on a working day, else the next working day', () => {
    expect(iso(cal.addWorkingDays(d('2024-05-04'), 0))).toBe('2024-05-04');
    expect(iso(cal.addWorkingDays(d('2024-04-27'), 0))).toBe('2024-05-02');
    expect(iso(cal.workingDayOnOrAfter(d('2024-02-08')))).toBe('2024-02-15');
    expect(iso(cal.nextWorkingDay(d('2024-05-02')))).toBe('2024-05-03');
    expect(iso(cal.previousWorkingDay(d('2024-02-15')))).toBe('2024-02-07');
  });

  it('counts working days in (a, b]', () => {
    expect(cal.workingDaysBetween(d('2024-08-28'), d('2024-09-13'))).toBe(10);
    expect(cal.workingDaysBetween(d('2024-09-13'), d('2024-08-28'))).toBe(-10);
    // Backwards the start is still not counted and the end is: [b, a).
    expect(cal.workingDaysBetween(d('2024-05-07'), d('2024-04-19'))).toBe(-10);
    expect(cal.workingDaysBetween(d('2024-04-27'), d('2024-04-26'))).toBe(-1);
    expect(cal.workingDaysBetween(d('2024-05-03'), d('2024-05-03'))).toBe(0);
    expect(cal.workingDaysBetween(d('2024-12-31'), d('2025-12-31'))).toBe(250);
  });

  it('refuses dates outside its range', () => {
    const small = buildCalendar({ schedules: [], fromYear: 2024, toYear: 2024 });
    expect(() => small.isWorkingDay(d('2025-01-01'))).toThrow(/ngoài phạm vi lịch 2024–2024/);
    expect(() => small.addWorkingDays(d('2024-12-31'), 1)).toThrow(/ngoài phạm vi/);
    // A date beyond the indexed years is the caller's input, answered as such, not a crash.
    expect(() => small.addWorkingDays(d('2024-12-31'), 1)).toThrow(DomainError);
  });
});

describe('working-day arithmetic (property-based)', () => {
  const from = localDate(1990, 1, 1);
  const to = localDate(2100, 9, 30); // leaves room for ±60 working days and 400-day spans inside 2100
  const dateArb = fc.integer({ min: from, max: to }).map((n) => n as LocalDate);
  const nArb = fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0);

  it('lands every addWorkingDays result on a working day', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -60, max: 60 }), (start, n) =>
        cal.isWorkingDay(cal.addWorkingDays(start, n)),
      ),
      { numRuns: 5000 },
    );
  });

  it('goes forward N then back N to the start, or to the working day before a non-working start', () => {
    // Documented semantics: back(forward(s, N), N) = s when s is a working day; when it is not,
    // it lands on the last working day before s (the start is not counted either way).
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 60 }), (start, n) => {
        const back = cal.addWorkingDays(cal.addWorkingDays(start, n), -n);
        const expected = cal.isWorkingDay(start) ? start : cal.previousWorkingDay(start);
        expect(back).toBe(expected);
        const fwd = cal.addWorkingDays(cal.addWorkingDays(start, -n), n);
        expect(fwd).toBe(cal.workingDayOnOrAfter(start));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with a naive day-by-day count of working days', () => {
    const naiveIsWorking = (x: LocalDate) => {
      const w = weekday(x);
      const s = OFFICIAL_SCHEDULES.find((y) => y.year === Number(iso(x).slice(0, 4)));
      if (s?.workingWeekendDays.some((e) => e.date === iso(x))) return true;
      if (s?.daysOff.some((e) => e.date === iso(x))) return false;
      if (!s) return cal.isWorkingDay(x); // rules years: holidays themselves are tested in holidays.test.ts
      return w !== 0 && w !== 6;
    };
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 0, max: 3000 }), (a, span) => {
        const b = addDays(a, Math.min(span, localDate(2100, 12, 31) - a));
        // Forward: (a, b]. Backward: [a, b) counted negative.
        let forward = 0;
        for (let x = addDays(a, 1); x <= b; x = addDays(x, 1)) if (naiveIsWorking(x)) forward++;
        let backward = 0;
        for (let x = a; x < b; x = addDays(x, 1)) if (naiveIsWorking(x)) backward++;
        expect(cal.workingDaysBetween(a, b)).toBe(forward);
        expect(cal.workingDaysBetween(b, a)).toBe(backward === 0 ? 0 : -backward);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a naive day-by-day stepping of addWorkingDays', () => {
    fc.assert(
      fc.property(dateArb, nArb, (start, n) => {
        let x = start;
        let left = Math.abs(n);
        const step = Math.sign(n);
        while (left > 0) {
          x = addDays(x, step);
          if (cal.isWorkingDay(x)) left--;
        }
        expect(cal.addWorkingDays(start, n)).toBe(x);
        expect(cal.workingDaysBetween(start, x)).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });
});
