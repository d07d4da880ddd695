import {
  type Database,
  type InspectionRecord,
  insertDeadlineMoves,
  listVisitsDatedBetween,
  type NewDeadlineMove,
} from '@kiemtra/db';
import {
  DEADLINE_MOVE_CAUSE_LABELS,
  type DeadlineMoveCause,
  type DeadlineReading,
  type DeadlineRule,
  deadlineMoves,
  type LocalDate,
  toIsoDate,
  type WorkingCalendar,
} from '@kiemtra/domain';
import type { Kysely, Transaction } from 'kysely';
import { deadlinesOf } from './deadlines-of.js';

type Settings = { rules: readonly DeadlineRule[]; reading: DeadlineReading };

/** The rows that record how one visit's deadlines moved between two versions of it or of the calendar. */
export function movesOf(input: {
  before: InspectionRecord;
  after: InspectionRecord;
  settings: Settings;
  calendars: { before: WorkingCalendar; after: WorkingCalendar };
  today: LocalDate;
  cause: DeadlineMoveCause;
  detail?: string;
  actorName: string | null;
}): NewDeadlineMove[] {
  const why = DEADLINE_MOVE_CAUSE_LABELS[input.cause] + (input.detail ? ` (${input.detail})` : '');
  const before = deadlinesOf(input.before, input.settings, input.calendars.before, input.today);
  const after = deadlinesOf(input.after, input.settings, input.calendars.after, input.today);
  return deadlineMoves(before, after, why).map((m) => ({
    tenantId: input.after.tenantId,
    inspectionId: input.after.id,
    deadlineKey: m.key,
    label: m.label,
    fromDate: toIsoDate(m.from),
    toDate: toIsoDate(m.to),
    cause: input.cause,
    reason: why,
    actorName: input.actorName,
  }));
}

/**
 * After an administrator edits year `year`'s days off: records, for every visit whose deadlines
 * count through that year (on-site from October of the year before to March of the next), each
 * deadline the edit moved.
 */
export async function recordCalendarEditMoves(
  trx: Transaction<Database> | Kysely<Database>,
  input: {
    year: number;
    calendars: { before: WorkingCalendar; after: WorkingCalendar };
    today: LocalDate;
    actorName: string | null;
  },
): Promise<number> {
  const visits = await listVisitsDatedBetween(trx, {
    from: `${input.year - 1}-10-01`,
    to: `${input.year + 1}-03-31`,
  });
  const moves = visits.flatMap((v) =>
    movesOf({
      before: v,
      after: v,
      settings: v,
      calendars: input.calendars,
      today: input.today,
      cause: 'calendar_edited',
      detail: `năm ${input.year}`,
      actorName: input.actorName,
    }),
  );
  await insertDeadlineMoves(trx, moves);
  return moves.length;
}
