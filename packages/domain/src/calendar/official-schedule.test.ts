import { describe, expect, it } from 'vitest';
import { officialScheduleSchema } from './official-schedule.js';
import { OFFICIAL_SCHEDULES, SCHEDULE_2024 } from './official-schedules.js';

describe('official schedules', () => {
  it('ships 2024, 2025 and 2026, each valid and citing its announcing documents', () => {
    expect(OFFICIAL_SCHEDULES.map((s) => s.year)).toEqual([2024, 2025, 2026]);
    for (const s of OFFICIAL_SCHEDULES) expect(officialScheduleSchema.parse(s)).toEqual(s);
    expect(OFFICIAL_SCHEDULES[0]?.source).toContain('5015/TB-LĐTBXH');
    expect(OFFICIAL_SCHEDULES[0]?.source).toContain('2450/VPCP-KGVX');
    expect(OFFICIAL_SCHEDULES[1]?.source).toContain('6150/TB-BLĐTBXH');
    expect(OFFICIAL_SCHEDULES[1]?.source).toContain('8726/VPCP-KGVX');
    expect(OFFICIAL_SCHEDULES[2]?.source).toContain('9441/TB-BNV');
    expect(OFFICIAL_SCHEDULES[2]?.source).toContain('12729/VPCP-KGVX');
  });

  it('matches the LEGAL.md tables', () => {
    const dates = (y: number) => OFFICIAL_SCHEDULES.find((s) => s.year === y);
    expect(dates(2024)?.daysOff.map((d) => d.date.slice(5))).toEqual([
      '01-01',
      '02-08',
      '02-09',
      '02-12',
      '02-13',
      '02-14',
      '04-18',
      '04-29',
      '04-30',
      '05-01',
      '09-02',
      '09-03',
    ]);
    expect(dates(2025)?.daysOff.map((d) => d.date.slice(5))).toEqual([
      '01-01',
      '01-27',
      '01-28',
      '01-29',
      '01-30',
      '01-31',
      '04-07',
      '04-30',
      '05-01',
      '05-02',
      '09-01',
      '09-02',
    ]);
    expect(dates(2026)?.daysOff.map((d) => d.date.slice(5))).toEqual([
      '01-01',
      '01-02',
      '02-16',
      '02-17',
      '02-18',
      '02-19',
      '02-20',
      '04-27',
      '04-30',
      '05-01',
      '08-31',
      '09-01',
      '09-02',
    ]);
    expect(dates(2024)?.workingWeekendDays.map((d) => d.date)).toEqual(['2024-05-04']);
    expect(dates(2025)?.workingWeekendDays.map((d) => d.date)).toEqual(['2025-04-26']);
    expect(dates(2026)?.workingWeekendDays.map((d) => d.date)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('rejects a bad submission with Vietnamese messages beside each field', () => {
    const result = officialScheduleSchema.safeParse({
      ...SCHEDULE_2024,
      source: '',
      daysOff: [
        { date: '2024-02-30', name: 'Tết', kind: 'holiday' },
        { date: '2024-02-10', name: 'Tết', kind: 'holiday' },
        { date: '2025-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
        { date: '2024-04-29', name: '', kind: 'swap' },
        { date: '2024-04-30', name: 'Ngày Chiến thắng', kind: 'lễ' },
      ],
      workingWeekendDays: [{ date: '2024-05-06', name: 'Làm bù' }],
    });
    expect(result.success).toBe(false);
    const messages = result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^source: Phải ghi văn bản thông báo/),
        expect.stringMatching(/^daysOff\.0\.date: Ngày chưa đúng/),
        expect.stringMatching(/^daysOff\.3\.name: Phải ghi tên ngày/),
        expect.stringMatching(/^daysOff\.4\.kind: Loại ngày nghỉ phải là/),
      ]),
    );
  });

  it('checks dates against the year, the weekday and the swap count', () => {
    const result = officialScheduleSchema.safeParse({
      year: 2024,
      source: 'TB thử nghiệm',
      daysOff: [
        { date: '2024-02-10', name: 'Tết Nguyên đán', kind: 'holiday' },
        { date: '2025-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
        { date: '2024-04-29', name: 'Nghỉ hoán đổi', kind: 'swap' },
        { date: '2024-04-29', name: 'Nghỉ hoán đổi', kind: 'swap' },
      ],
      workingWeekendDays: [{ date: '2024-05-06', name: 'Làm bù cho ngày 29/4/2024' }],
    });
    const messages = result.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/10\/02\/2024 là Thứ Bảy hoặc Chủ nhật/),
        'Ngày nghỉ 01/01/2025 không thuộc năm 2024',
        'Ngày 29/04/2024 được ghi hai lần',
        'Ngày làm bù 06/05/2024 phải là Thứ Bảy hoặc Chủ nhật',
        'Số ngày nghỉ hoán đổi (2) phải bằng số ngày làm bù (1)',
      ]),
    );
  });
});
