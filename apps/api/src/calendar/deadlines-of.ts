import type { InspectionRecord } from '@kiemtra/db';
import {
  type DeadlineReading,
  type DeadlineRule,
  type InspectionDeadline,
  inspectionDeadlines,
  type LocalDate,
  parseIsoDate,
  type WorkingCalendar,
} from '@kiemtra/domain';

/** The deadlines of a visit that has a date; none for a visit not yet scheduled. */
export function deadlinesOf(
  inspection: InspectionRecord,
  settings: { rules: readonly DeadlineRule[]; reading: DeadlineReading },
  calendar: WorkingCalendar,
  today: LocalDate,
): InspectionDeadline[] {
  if (!inspection.startDate) return [];
  const startDate = parseIsoDate(inspection.startDate);
  const endDate = inspection.endDate ? parseIsoDate(inspection.endDate) : startDate;
  // The schedule notice in force is the act that meets the first deadline; the other acts
  // (report submitted, conclusion notified) arrive with the workflow issues.
  const facts =
    inspection.currentNoticeDate === null
      ? { startDate, endDate }
      : { startDate, endDate, scheduleNoticeSentOn: parseIsoDate(inspection.currentNoticeDate) };
  return inspectionDeadlines({ facts, ...settings, calendar, today });
}
