import { type Database, listOfficialSchedules, officialSchedulesFingerprint } from '@kiemtra/db';
import { buildCalendar, type WorkingCalendar } from '@kiemtra/domain';
import type { Kysely } from 'kysely';

export interface CalendarProvider {
  /** The working calendar built from the schedules stored now: an administrator's edit is in force at once. */
  current(db: Kysely<Database>): Promise<WorkingCalendar>;
}

/**
 * Rebuilds the calendar (~25 ms) only when the stored schedules change, which a one-row
 * fingerprint query tells; several API processes each notice an edit on their next request.
 */
export function createCalendarProvider(): CalendarProvider {
  let cached: { fingerprint: string; calendar: WorkingCalendar } | null = null;
  return {
    async current(db) {
      const fingerprint = await officialSchedulesFingerprint(db);
      if (cached?.fingerprint === fingerprint) return cached.calendar;
      const stored = await listOfficialSchedules(db);
      const calendar = buildCalendar({ schedules: stored.map((s) => s.schedule) });
      cached = { fingerprint, calendar };
      return calendar;
    },
  };
}
