import { describe, expect, it } from 'vitest';
import type { LawHolidayRule } from './law-holiday-rules.js';
import { type OfficialSchedule, officialScheduleSchema } from './official-schedule.js';
import { OFFICIAL_SCHEDULES } from './official-schedules.js';
import { scheduleLawHolidayIssues } from './schedule-law-check.js';

// 2027: Tết (mùng 1) is Saturday 06/02/2027; Giỗ Tổ 10/3 âm lịch is Friday 16/04/2027.
const ONE_DAY_2027: OfficialSchedule = {
  year: 2027,
  source: 'Thông báo giả định số 1/TB-BNV (kiểm thử)',
  daysOff: [{ date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' }],
  workingWeekendDays: [],
};

describe('an official schedule cannot remove a law holiday', () => {
  it('accepts the schedules of 2024, 2025 and 2026 as announced', () => {
    for (const s of OFFICIAL_SCHEDULES) expect(scheduleLawHolidayIssues(s, [])).toEqual([]);
  });

  it('refuses a one-day 2027 schedule that wipes out Tết, naming each day it removes', () => {
    const messages = scheduleLawHolidayIssues(ONE_DAY_2027, []).map((i) => i.message.split('), là')[0]);
    expect(messages).toEqual([
      'Lịch nghỉ bỏ mất Tết Nguyên đán (mùng 3 Tết) (Thứ Hai 08/02/2027',
      'Lịch nghỉ bỏ mất Giỗ Tổ Hùng Vương (10/3 âm lịch) (Thứ Sáu 16/04/2027',
      'Lịch nghỉ bỏ mất Ngày Chiến thắng (Thứ Sáu 30/04/2027',
      'Lịch nghỉ bỏ mất Quốc khánh (Thứ Năm 02/09/2027',
      'Lịch nghỉ bỏ mất ngày liền kề Quốc khánh (ngày 01/09 hoặc 03/09) (Thứ Tư 01/09/2027',
    ]);
    const parsed = officialScheduleSchema.safeParse(ONE_DAY_2027);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['daysOff']);
    expect(parsed.error?.issues[0]?.message).toContain('không bỏ được ngày nghỉ lễ');
  });

  it('lets the Prime Minister choose the split of Tết and the day joined to 2/9', () => {
    const s2024 = OFFICIAL_SCHEDULES[0] as OfficialSchedule;
    // 2024 took 01/9 instead of 03/9: still lawful.
    const otherAdjacent = {
      ...s2024,
      daysOff: s2024.daysOff.map((d) => (d.date === '2024-09-03' ? { ...d, date: '2024-09-01' } : d)),
    };
    expect(scheduleLawHolidayIssues(otherAdjacent, [])).toEqual([]);
  });

  it('refuses a schedule that leaves out a holiday a later law added, once it is in force', () => {
    const culture: LawHolidayRule = {
      name: 'Ngày Văn hóa Việt Nam',
      month: 11,
      day: 24,
      status: 'in_force',
      validFrom: '2026-07-01',
      basis: 'Văn bản luật giả định cho kiểm thử',
    };
    const s2026 = OFFICIAL_SCHEDULES[2] as OfficialSchedule;
    expect(scheduleLawHolidayIssues(s2026, [culture]).map((i) => i.message.split(' (')[0])).toEqual([
      'Lịch nghỉ bỏ mất Ngày Văn hóa Việt Nam',
    ]);
    expect(scheduleLawHolidayIssues(s2026, [{ ...culture, status: 'proposed' }])).toEqual([]);
  });
});
