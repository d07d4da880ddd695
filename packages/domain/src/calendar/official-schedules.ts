import type { OfficialSchedule } from './official-schedule.js';

/*
 * The schedules for 2024–2026 exactly as announced (LEGAL.md §2.2). Only weekdays off are
 * listed; weekend days inside a break are days off anyway. New years go into the database
 * through the API, not into this file.
 */

/**
 * 2024. Tết break Thu 08/02 – Wed 14/02: the 5 Tết days are 29 Chạp – mùng 3 (08–12/02), two of
 * them on the weekend, hence the 2 compensatory days 13–14/02 (BLLĐ 2019 art. 111(3)).
 */
export const SCHEDULE_2024: OfficialSchedule = {
  year: 2024,
  source:
    'Thông báo 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động – Thương binh và Xã hội (Tết Nguyên đán, Quốc khánh); ' +
    'Công văn 2450/VPCP-KGVX ngày 12/04/2024 của Văn phòng Chính phủ (hoán đổi ngày làm việc 29/4 với thứ Bảy 4/5)',
  daysOff: [
    { date: '2024-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
    { date: '2024-02-08', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2024-02-09', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2024-02-12', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2024-02-13', name: 'Nghỉ bù Tết Nguyên đán', kind: 'compensatory' },
    { date: '2024-02-14', name: 'Nghỉ bù Tết Nguyên đán', kind: 'compensatory' },
    { date: '2024-04-18', name: 'Giỗ Tổ Hùng Vương', kind: 'holiday' },
    { date: '2024-04-29', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 4/5/2024)', kind: 'swap' },
    { date: '2024-04-30', name: 'Ngày Chiến thắng', kind: 'holiday' },
    { date: '2024-05-01', name: 'Ngày Quốc tế Lao động', kind: 'holiday' },
    { date: '2024-09-02', name: 'Quốc khánh', kind: 'holiday' },
    { date: '2024-09-03', name: 'Quốc khánh (ngày liền kề)', kind: 'holiday' },
  ],
  workingWeekendDays: [{ date: '2024-05-04', name: 'Làm bù cho ngày 29/4/2024' }],
};

/** 2025. Tết break Sat 25/01 – Sun 02/02: 5 Tết weekdays and 4 weekend days, no swap. */
export const SCHEDULE_2025: OfficialSchedule = {
  year: 2025,
  source:
    'Thông báo 6150/TB-BLĐTBXH năm 2024 của Bộ Lao động – Thương binh và Xã hội (Tết Nguyên đán, Quốc khánh); ' +
    'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (nghỉ Tết 9 ngày; hoán đổi ngày làm việc 2/5 với thứ Bảy 26/4)',
  daysOff: [
    { date: '2025-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
    { date: '2025-01-27', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2025-01-28', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2025-01-29', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2025-01-30', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2025-01-31', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2025-04-07', name: 'Giỗ Tổ Hùng Vương', kind: 'holiday' },
    { date: '2025-04-30', name: 'Ngày Chiến thắng', kind: 'holiday' },
    { date: '2025-05-01', name: 'Ngày Quốc tế Lao động', kind: 'holiday' },
    { date: '2025-05-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', kind: 'swap' },
    { date: '2025-09-01', name: 'Quốc khánh (ngày liền kề)', kind: 'holiday' },
    { date: '2025-09-02', name: 'Quốc khánh', kind: 'holiday' },
  ],
  workingWeekendDays: [{ date: '2025-04-26', name: 'Làm bù cho ngày 2/5/2025' }],
};

/**
 * 2026. The make-up day for 31/08 comes before the break (Sat 22/08). 24/11 (Ngày Văn hóa Việt
 * Nam) is a law holiday rule, not part of this schedule (law-holiday-rules.ts).
 */
export const SCHEDULE_2026: OfficialSchedule = {
  year: 2026,
  source:
    'Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ (Tết Nguyên đán, Quốc khánh); ' +
    'Công văn 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ (hoán đổi ngày làm việc 2/1 với thứ Bảy 10/1)',
  daysOff: [
    { date: '2026-01-01', name: 'Tết Dương lịch', kind: 'holiday' },
    { date: '2026-01-02', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 10/1/2026)', kind: 'swap' },
    { date: '2026-02-16', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2026-02-17', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2026-02-18', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2026-02-19', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2026-02-20', name: 'Tết Nguyên đán', kind: 'holiday' },
    { date: '2026-04-27', name: 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4/2026)', kind: 'compensatory' },
    { date: '2026-04-30', name: 'Ngày Chiến thắng', kind: 'holiday' },
    { date: '2026-05-01', name: 'Ngày Quốc tế Lao động', kind: 'holiday' },
    { date: '2026-08-31', name: 'Nghỉ hoán đổi (làm bù thứ Bảy 22/8/2026)', kind: 'swap' },
    { date: '2026-09-01', name: 'Quốc khánh (ngày liền kề)', kind: 'holiday' },
    { date: '2026-09-02', name: 'Quốc khánh', kind: 'holiday' },
  ],
  workingWeekendDays: [
    { date: '2026-01-10', name: 'Làm bù cho ngày 2/1/2026' },
    { date: '2026-08-22', name: 'Làm bù cho ngày 31/8/2026' },
  ],
};

/** The schedules shipped with the code, to seed the database and for tests. */
export const OFFICIAL_SCHEDULES: readonly OfficialSchedule[] = [SCHEDULE_2024, SCHEDULE_2025, SCHEDULE_2026];
