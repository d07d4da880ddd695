import { describe, expect, it } from 'vitest';
import { lawHolidays, ruleBasedDaysOff } from './holidays.js';
import {
  addedLawHolidays,
  DEFAULT_LAW_HOLIDAY_RULES,
  type LawHolidayRule,
  lawHolidayRuleSchema,
  proposedLawHolidays,
} from './law-holiday-rules.js';
import { parseIsoDate, toIsoDate } from './local-date.js';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';
import { buildCalendar } from './working-calendar.js';

const CULTURE_DAY: LawHolidayRule = {
  name: 'Ngày Văn hóa Việt Nam',
  month: 11,
  day: 24,
  status: 'in_force',
  validFrom: '2026-07-01',
  basis: 'Luật sửa đổi, bổ sung khoản 1 Điều 112 Bộ luật Lao động (giả định cho kiểm thử)',
};
const proposed: LawHolidayRule = { ...CULTURE_DAY, status: 'proposed' };
const notAdopted: LawHolidayRule = { ...CULTURE_DAY, status: 'not_adopted' };
const iso = (dates: { date: number }[]) => dates.map((d) => toIsoDate(d.date as never));

describe('law holidays with validity', () => {
  it('ships 24/11 as a proposal with its sources, never counted', () => {
    expect(DEFAULT_LAW_HOLIDAY_RULES.map((r) => [r.month, r.day, r.status])).toEqual([[11, 24, 'proposed']]);
    expect(DEFAULT_LAW_HOLIDAY_RULES[0]?.basis).toContain('80-NQ/TW');
    for (const r of DEFAULT_LAW_HOLIDAY_RULES) expect(lawHolidayRuleSchema.parse(r)).toEqual(r);
    expect(addedLawHolidays(DEFAULT_LAW_HOLIDAY_RULES, 2026)).toEqual([]);
  });

  it('adds a holiday in force from its first day on, in every later year', () => {
    expect(iso(addedLawHolidays([CULTURE_DAY], 2025))).toEqual([]);
    expect(iso(addedLawHolidays([CULTURE_DAY], 2026))).toEqual(['2026-11-24']);
    expect(iso(addedLawHolidays([CULTURE_DAY], 2031))).toEqual(['2031-11-24']);
    expect(iso(addedLawHolidays([{ ...CULTURE_DAY, validFrom: '2026-11-25' }], 2026))).toEqual([]);
  });

  it('shows a proposal only as a proposal, and a decision against it nowhere', () => {
    expect(iso(proposedLawHolidays([proposed], 2027))).toEqual(['2027-11-24']);
    expect(addedLawHolidays([proposed], 2027)).toEqual([]);
    expect(proposedLawHolidays([notAdopted], 2027)).toEqual([]);
    expect(addedLawHolidays([notAdopted], 2027)).toEqual([]);
  });

  it('makes the rules of a year without a schedule give the day, or its compensatory day', () => {
    // 24/11/2027 is a Wednesday; 24/11/2029 a Saturday, so Monday 26/11/2029 is off.
    expect(lawHolidays(2027, [CULTURE_DAY]).map((h) => h.name)).toContain('Ngày Văn hóa Việt Nam');
    expect(iso(ruleBasedDaysOff(2027, [CULTURE_DAY]))).toContain('2027-11-24');
    expect(iso(ruleBasedDaysOff(2029, [CULTURE_DAY]))).toContain('2029-11-26');
    expect(iso(ruleBasedDaysOff(2027, [proposed]))).not.toContain('2027-11-24');
  });

  it('counts a holiday in force even in a year whose schedule was announced before the law', () => {
    const before = buildCalendar({ schedules: OFFICIAL_SCHEDULES, fromYear: 2024, toYear: 2030 });
    const after = buildCalendar({
      schedules: OFFICIAL_SCHEDULES,
      lawHolidayRules: [CULTURE_DAY],
      fromYear: 2024,
      toYear: 2030,
    });
    const day = parseIsoDate('2026-11-24');
    expect(before.isWorkingDay(day)).toBe(true);
    expect(after.isWorkingDay(day)).toBe(false);
    expect(after.dayInfo(day).label).toBe('Ngày Văn hóa Việt Nam');
    expect(after.yearView(2026).workingDayCount).toBe(before.yearView(2026).workingDayCount - 1);
    // A deadline counted across it moves by one working day.
    const from = parseIsoDate('2026-11-20');
    expect(toIsoDate(after.addWorkingDays(from, 5))).toBe('2026-11-30');
    expect(toIsoDate(before.addWorkingDays(from, 5))).toBe('2026-11-27');
  });

  it('lists a proposal beside the year, not as a day off, and drops it once decided', () => {
    const withProposal = buildCalendar({ schedules: OFFICIAL_SCHEDULES, lawHolidayRules: [proposed] });
    const view = withProposal.yearView(2026);
    expect(view.pending.map((p) => [p.date, p.name])).toEqual([['2026-11-24', 'Ngày Văn hóa Việt Nam']]);
    expect(view.daysOff.map((d) => d.iso)).not.toContain('2026-11-24');
    const decided = buildCalendar({ schedules: OFFICIAL_SCHEDULES, lawHolidayRules: [CULTURE_DAY] }).yearView(
      2026,
    );
    expect(decided.pending).toEqual([]);
    expect(decided.daysOff.map((d) => d.iso)).toContain('2026-11-24');
    const rejected = buildCalendar({ schedules: OFFICIAL_SCHEDULES, lawHolidayRules: [notAdopted] }).yearView(
      2026,
    );
    expect(rejected.pending).toEqual([]);
    expect(rejected.daysOff.map((d) => d.iso)).not.toContain('2026-11-24');
  });

  it('refuses a day that is not in every year, with the message beside the day', () => {
    const result = lawHolidayRuleSchema.safeParse({ ...CULTURE_DAY, month: 2, day: 29 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['day', 'Ngày 29/2 không có trong mọi năm: hãy chọn một ngày có thật hằng năm'],
    ]);
    const empty = lawHolidayRuleSchema.safeParse({ ...CULTURE_DAY, name: ' ', basis: 'x', month: 13 });
    expect(empty.error?.issues.map((i) => i.message)).toEqual([
      'Phải ghi tên ngày lễ',
      'Tháng phải từ 1 đến 12',
      'Căn cứ phải có ít nhất 5 ký tự',
    ]);
  });
});
