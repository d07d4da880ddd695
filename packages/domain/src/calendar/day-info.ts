import type { LocalDate, Weekday } from './local-date.js';

/**
 * Why a day is (not) a working day:
 * - `weekday`: an ordinary Monday–Friday (working)
 * - `weekend`: Saturday or Sunday (not working); may carry the name of a holiday that falls on it
 * - `holiday`: a public holiday on a weekday (BLLĐ 2019 art. 112)
 * - `compensatory`: a day off in place of a holiday that fell on a weekend (art. 111(3))
 * - `swap`: a weekday off swapped with a weekend working day (hoán đổi)
 * - `working_weekend`: a Saturday or Sunday made a working day (làm bù)
 */
export type DayKind = 'weekday' | 'weekend' | 'holiday' | 'compensatory' | 'swap' | 'working_weekend';

export type ScheduleStatus = 'official' | 'rules';

export interface DayInfo {
  date: LocalDate;
  /** yyyy-mm-dd */
  iso: string;
  weekday: Weekday;
  working: boolean;
  kind: DayKind;
  /** Holiday or schedule entry name, when the day has one. */
  name?: string;
  /** What a person reads: 'Thứ Hai', 'Chủ nhật', 'Tết Nguyên đán', 'Nghỉ bù …', 'Ngày làm bù …'. */
  label: string;
  /** Whether the day's year follows an official schedule ('rules' = estimated, "dự kiến"). */
  scheduleStatus: ScheduleStatus;
}

export const SCHEDULE_STATUS_LABELS: Record<ScheduleStatus, string> = {
  official: 'lịch nghỉ chính thức',
  rules: 'chưa có lịch nghỉ chính thức',
};

export function scheduleStatusLabel(status: ScheduleStatus): string {
  return SCHEDULE_STATUS_LABELS[status];
}
