import {
  type Database,
  listLawHolidayRules,
  listOfficialSchedules,
  officialSchedulesFingerprint,
} from '@kiemtra/db';
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
      const calendar = await buildStoredCalendar(db);
      cached = { fingerprint, calendar };
      return calendar;
    },
  };
}

/** The calendar of what is stored now: the official schedules and the law holiday rules. */
export async function buildStoredCalendar(db: Kysely<Database>): Promise<WorkingCalendar> {
  const [stored, rules] = await Promise.all([listOfficialSchedules(db), listLawHolidayRules(db)]);
  return buildCalendar({
    schedules: stored.map((s) => s.schedule),
    lawHolidayRules: rules.map((r) => r.rule),
  });
}
