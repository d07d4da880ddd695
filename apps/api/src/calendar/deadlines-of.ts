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
  // The acts (notice sent, report submitted, conclusion notified) are recorded by the workflow
  // issues; until then each deadline is stated against today.
  return inspectionDeadlines({ facts: { startDate, endDate }, ...settings, calendar, today });
}
