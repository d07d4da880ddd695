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
  parseIsoDate,
  toIsoDate,
  type WorkingCalendar,
} from '@kiemtra/domain';
import type { Kysely, Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import { type ActingPerson, notify } from '../notifications/notify.js';
import { visitPeopleOf } from '../notifications/visit-people.js';
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
    /** Tells the people of each visit whose pending deadlines moved (issue 15). */
    notifyAt?: { clock: Clock; actor: ActingPerson };
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
  const notifyAt = input.notifyAt;
  if (notifyAt !== undefined) {
    const today = toIsoDate(input.today);
    // Only what is still ahead matters to anyone: a deadline of a finished visit moved is history.
    const pending = moves.filter((m) => m.fromDate >= today || m.toDate >= today);
    const edit = `calendar:${input.year}:${notifyAt.clock.now().toISOString()}`;
    const moved = visits.filter((v) => pending.some((m) => m.inspectionId === v.id));
    const people = await visitPeopleOf(trx, moved);
    for (const v of moved) {
      const own = pending.filter((m) => m.inspectionId === v.id);
      await notify(
        trx,
        notifyAt.clock,
        v.tenantId,
        {
          inspectionId: v.id,
          planId: v.planId,
          unitName: v.orgUnitName,
          people: people.get(v.id) ?? NOBODY,
          type: 'schedule_changed',
          changeId: `${v.id}:${edit}`,
          unitInformed: v.currentNoticeDate !== null,
          moves: own.map((m) => ({
            label: m.label,
            from: parseIsoDate(m.fromDate),
            to: parseIsoDate(m.toDate),
          })),
          why: own[0]?.reason ?? DEADLINE_MOVE_CAUSE_LABELS.calendar_edited,
        },
        notifyAt.actor,
      );
    }
  }
  return moves.length;
}

const NOBODY = { unitOfficers: [], unitHeads: [], teamLeaderId: null, teamMemberIds: [], planAdminIds: [] };
