import type { DayInfo, YearView } from '@kiemtra/domain';

const dayDto = (d: DayInfo) => ({
  date: d.iso,
  weekday: d.weekday,
  working: d.working,
  kind: d.kind,
  name: d.name ?? null,
  label: d.label,
});

export function toYearViewDto(view: YearView) {
  return {
    year: view.year,
    scheduleStatus: view.scheduleStatus,
    scheduleStatusLabel: view.scheduleStatusLabel,
    source: view.source ?? null,
    workingDayCount: view.workingDayCount,
    days: view.days.map(dayDto),
    daysOff: view.daysOff.map(dayDto),
    workingWeekendDays: view.workingWeekendDays.map(dayDto),
    weekendHolidays: view.weekendHolidays.map(dayDto),
    pending: view.pending,
  };
}
