import { describe, expect, it } from 'vitest';
import { computeDeadline } from './compute-deadline.js';
import { DEFAULT_DEADLINE_RULES_2024, type DeadlineCode, type WorkingDaysRule } from './deadline-rules.js';
import { parseIsoDate as d, toIsoDate } from './local-date.js';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';
import { buildCalendar } from './working-calendar.js';

const calendar = buildCalendar({ schedules: OFFICIAL_SCHEDULES });

function rule(code: DeadlineCode): WorkingDaysRule {
  const r = DEFAULT_DEADLINE_RULES_2024.find((x) => x.code === code);
  if (r?.kind !== 'working_days') throw new Error(code);
  return r;
}
const notice = rule('SCHEDULE_NOTICE');
const report = rule('UNIT_REPORT');
const conclusion = rule('CONCLUSION_NOTICE');
const summary = rule('SUMMARY_REPORT');

function due(r: WorkingDaysRule, base: string, reading: 'A' | 'B' = 'A'): string {
  return toIsoDate(computeDeadline({ rule: r, baseDate: d(base), calendar, reading }).dueDate);
}

describe('computeDeadline — LEGAL.md §1.4 worked examples', () => {
  it.each([
    // case, rule, base, reading A, reading B
    ['schedule notice (a)', notice, '2024-05-07', '2024-04-19', '2024-04-17'],
    ['unit report (b)', report, '2024-05-07', '2024-04-26', '2024-04-25'],
    ['schedule notice (a), weekends only', notice, '2024-06-18', '2024-06-04', '2024-06-03'],
    ['schedule notice across Tết 2026', notice, '2026-02-24', '2026-02-03', '2026-02-02'],
  ])('%s: base %s → A %s, B %s', (_case, r, base, a, b) => {
    expect(due(r, base, 'A')).toBe(a);
    expect(due(r, base, 'B')).toBe(b);
  });

  it.each([
    ['conclusion notice (d) over Quốc khánh 2024', conclusion, '2024-08-28', '2024-09-13'],
    ['summary report (e)', summary, '2024-09-30', '2024-10-28'],
    ['conclusion notice over Tết 2025', conclusion, '2025-01-23', '2025-02-13'],
    ['conclusion notice counting the working Saturday 22/8/2026', conclusion, '2026-08-19', '2026-09-04'],
  ])('%s: base %s → %s', (_case, r, base, expected) => {
    expect(due(r, base)).toBe(expected);
  });
});

describe('computeDeadline — inspections around the 2024 breaks, checked by hand', () => {
  /*
   * Inspection Thu 02/05/2024, the first working day after 27/4–1/5.
   * Notice −10 (A): back from 1/5 (2/5 not counted): 1/5, 30/4 holidays, 29/4 swap, 28–27/4
   *   weekend skipped; 26/4 (1), 25 (2), 24 (3), 23 (4), 22 (5); 21–20 weekend; 19 (6);
   *   18/4 Giỗ Tổ skipped; 17 (7), 16 (8), 15 (9); 14–13 weekend; 12/4 (10) → Fri 12/04.
   *   B: one more working day → Thu 11/04.
   * Report −5 (A): 26/4 … 22/4 → Mon 22/04; B → Fri 19/04.
   * Conclusion +10: 3/5 (1), Sat 4/5 is a working day (2), 5/5 Sunday skipped, 6 (3), 7 (4),
   *   8 (5), 9 (6), 10 (7); 11–12 weekend; 13 (8), 14 (9), 15/5 (10) → Wed 15/05.
   */
  it('after 30/4–1/5: inspection Thu 02/05/2024', () => {
    expect(due(notice, '2024-05-02')).toBe('2024-04-12');
    expect(due(notice, '2024-05-02', 'B')).toBe('2024-04-11');
    expect(due(report, '2024-05-02')).toBe('2024-04-22');
    expect(due(report, '2024-05-02', 'B')).toBe('2024-04-19');
    expect(due(conclusion, '2024-05-02')).toBe('2024-05-15');
  });

  /*
   * Inspection Wed 04/09/2024, just after Quốc khánh (31/8–3/9 off).
   * Notice −10 (A): 3/9, 2/9 Quốc khánh, 1/9–31/8 weekend skipped; 30/8 (1), 29 (2), 28 (3),
   *   27 (4), 26 (5); 25–24 weekend; 23 (6), 22 (7), 21 (8), 20 (9), 19/8 (10) → Mon 19/08.
   *   B: 18–17 weekend → Fri 16/08.
   * Report −5 (A): 30/8 … 26/8 → Mon 26/08; B → Fri 23/08.
   * Conclusion +10: 5/9 (1), 6 (2); 7–8 weekend; 9 (3) … 13 (7); 14–15 weekend; 16 (8),
   *   17 (9), 18/9 (10) → Wed 18/09.
   */
  it('after Quốc khánh: inspection Wed 04/09/2024', () => {
    expect(due(notice, '2024-09-04')).toBe('2024-08-19');
    expect(due(notice, '2024-09-04', 'B')).toBe('2024-08-16');
    expect(due(report, '2024-09-04')).toBe('2024-08-26');
    expect(due(report, '2024-09-04', 'B')).toBe('2024-08-23');
    expect(due(conclusion, '2024-09-04')).toBe('2024-09-18');
  });

  /*
   * Inspection Thu 15/02/2024, the first working day after Tết (8–14/2 off).
   * Notice −10 (A): 14, 13/2 nghỉ bù, 12/2 Tết, 11–10 weekend, 9, 8/2 Tết skipped; 7/2 (1),
   *   6 (2), 5 (3); 4–3 weekend; 2 (4), 1/2 (5), 31/1 (6), 30 (7), 29 (8); 28–27 weekend;
   *   26 (9), 25/1 (10) → Thu 25/01. B → Wed 24/01.
   * Report −5 (A): 7, 6, 5, 2, 1/2 → Thu 01/02; B → Wed 31/01.
   * Conclusion +10: 16/2 (1); 17–18 weekend; 19 (2) … 23 (6); 24–25 weekend; 26 (7), 27 (8),
   *   28 (9), 29/2 (10) → Thu 29/02.
   */
  it('around Tết: inspection Thu 15/02/2024', () => {
    expect(due(notice, '2024-02-15')).toBe('2024-01-25');
    expect(due(notice, '2024-02-15', 'B')).toBe('2024-01-24');
    expect(due(report, '2024-02-15')).toBe('2024-02-01');
    expect(due(report, '2024-02-15', 'B')).toBe('2024-01-31');
    expect(due(conclusion, '2024-02-15')).toBe('2024-02-29');
  });

  it('puts the notice for an inspection on 01/04/2024 before the plan was proposed (28/03/2024)', () => {
    expect(due(notice, '2024-04-01')).toBe('2024-03-18');
  });
});

describe('computeDeadline — explanation structure', () => {
  it('lists each day counted and skipped with why, and the stricter reading', () => {
    const { explanation: e } = computeDeadline({ rule: notice, baseDate: d('2024-05-07'), calendar });
    expect(e.reading).toBe('A');
    expect(e.baseEvent).toMatchObject({ event: 'INSPECTION_DATE', label: 'ngày kiểm tra' });
    expect(e.steps.filter((s) => s.counted)).toHaveLength(10);
    expect(e.steps.map((s) => [toIsoDate(s.date), s.counted ? s.ordinal : s.label])).toEqual([
      ['2024-05-06', 1],
      ['2024-05-05', 'Chủ nhật'],
      ['2024-05-04', 2],
      ['2024-05-03', 3],
      ['2024-05-02', 4],
      ['2024-05-01', 'Ngày Quốc tế Lao động'],
      ['2024-04-30', 'Ngày Chiến thắng'],
      ['2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)'],
      ['2024-04-28', 'Chủ nhật'],
      ['2024-04-27', 'Thứ Bảy'],
      ['2024-04-26', 5],
      ['2024-04-25', 6],
      ['2024-04-24', 7],
      ['2024-04-23', 8],
      ['2024-04-22', 9],
      ['2024-04-21', 'Chủ nhật'],
      ['2024-04-20', 'Thứ Bảy'],
      ['2024-04-19', 10],
    ]);
    expect(e.steps[2]?.kind).toBe('working_weekend');
    expect(e.otherReading?.reading).toBe('B');
    expect(toIsoDate(e.otherReading?.dueDate ?? d('1970-01-01'))).toBe('2024-04-17');
    expect(e.otherReading?.steps.map((s) => [toIsoDate(s.date), s.counted ? s.ordinal : s.label])).toEqual([
      ['2024-04-18', 'Giỗ Tổ Hùng Vương'],
      ['2024-04-17', 11],
    ]);
    expect(e.calendarYears).toEqual([
      expect.objectContaining({ year: 2024, status: 'official', statusLabel: 'lịch nghỉ chính thức' }),
    ]);
  });

  it('under reading B walks the extra day itself and names the reading-A date', () => {
    const { dueDate, explanation: e } = computeDeadline({
      rule: notice,
      baseDate: d('2024-05-07'),
      calendar,
      reading: 'B',
    });
    expect(toIsoDate(dueDate)).toBe('2024-04-17');
    expect(e.reading).toBe('B');
    expect(e.steps.filter((s) => s.counted)).toHaveLength(11);
    expect(toIsoDate(e.otherReading?.dueDate ?? d('1970-01-01'))).toBe('2024-04-19');
  });

  it('takes an explicit due date for a remediation report, and flags a non-working day', () => {
    const remediation = DEFAULT_DEADLINE_RULES_2024.find((r) => r.code === 'REMEDIATION');
    if (remediation?.kind !== 'explicit_due_date') throw new Error('REMEDIATION');
    const r = computeDeadline({
      rule: remediation,
      baseDate: d('2024-05-15'),
      dueDate: d('2024-06-30'),
      calendar,
    });
    expect(toIsoDate(r.dueDate)).toBe('2024-06-30');
    expect(r.explanation.steps).toEqual([expect.objectContaining({ counted: false, label: 'Chủ nhật' })]);
  });

  it('marks a year with no official schedule', () => {
    const { explanation: e } = computeDeadline({ rule: conclusion, baseDate: d('2027-02-03'), calendar });
    expect(toIsoDate(e.dueDate)).toBe('2027-02-24');
    expect(e.calendarYears).toEqual([expect.objectContaining({ year: 2027, status: 'rules' })]);
    expect(e.steps.some((s) => s.scheduleStatus === 'rules' && s.kind === 'compensatory')).toBe(true);
  });
});
