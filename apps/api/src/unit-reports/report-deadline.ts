import { type Database, findPlanDeadlineSettings, type InspectionRecord } from '@kiemtra/db';
import { DomainError, type InspectionDeadline, todayInVietnam } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import { deadlinesOf } from '../calendar/deadlines-of.js';
import type { AppDeps } from '../trpc/context.js';

/**
 * The report's due date (III.2.b: at least 5 working days before the inspection), as the plan's
 * deadline rules and reading compute it; null while the visit has no date.
 */
export async function unitReportDeadline(
  deps: Pick<AppDeps, 'db' | 'clock' | 'calendar'>,
  db: Kysely<Database>,
  inspection: InspectionRecord,
): Promise<{
  deadline: InspectionDeadline | null;
  calendar: Awaited<ReturnType<AppDeps['calendar']['current']>>;
}> {
  const settings = await findPlanDeadlineSettings(db, inspection.planId);
  if (!settings) throw new DomainError('NOT_FOUND', 'Không tìm thấy kế hoạch kiểm tra này.');
  const calendar = await deps.calendar.current(db);
  const deadlines = deadlinesOf(inspection, settings, calendar, todayInVietnam(deps.clock.now()));
  return { deadline: deadlines.find((d) => d.code === 'UNIT_REPORT') ?? null, calendar };
}
