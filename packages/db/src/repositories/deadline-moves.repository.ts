import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface DeadlineMoveRecord {
  id: string;
  inspectionId: string;
  deadlineKey: string;
  label: string;
  fromDate: string;
  toDate: string;
  cause: 'rescheduled' | 'calendar_edited';
  reason: string;
  actorName: string | null;
  movedAt: Date;
}

export type NewDeadlineMove = Omit<DeadlineMoveRecord, 'id' | 'movedAt'> & { tenantId: string };

/** Records the deadlines a change moved, in the caller's transaction (audited by its trigger). */
export async function insertDeadlineMoves(db: Executor, moves: readonly NewDeadlineMove[]): Promise<void> {
  if (moves.length === 0) return;
  await db
    .insertInto('deadline_moves')
    .values(
      moves.map((m) => ({
        tenant_id: m.tenantId,
        inspection_id: m.inspectionId,
        deadline_key: m.deadlineKey,
        label: m.label,
        from_date: m.fromDate,
        to_date: m.toDate,
        cause: m.cause,
        reason: m.reason,
        actor_name: m.actorName,
      })),
    )
    .execute();
}

/** Every move of a visit's deadlines, newest first. */
export async function listDeadlineMoves(db: Executor, inspectionId: string): Promise<DeadlineMoveRecord[]> {
  const rows = await db
    .selectFrom('deadline_moves')
    .select([
      'id',
      'inspection_id',
      'deadline_key',
      'label',
      'from_date',
      'to_date',
      'cause',
      'reason',
      'actor_name',
      'moved_at',
    ])
    .where('inspection_id', '=', inspectionId)
    .orderBy('moved_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    inspectionId: r.inspection_id,
    deadlineKey: r.deadline_key,
    label: r.label,
    fromDate: r.from_date,
    toDate: r.to_date,
    cause: r.cause,
    reason: r.reason,
    actorName: r.actor_name,
    movedAt: r.moved_at,
  }));
}
