import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface PlanHistoryEntry {
  id: string;
  occurredAt: Date;
  actorName: string | null;
  actorKind: string;
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  entity: string;
  entityId: string | null;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * The audit trail of a plan and its parts (contents, member agencies, teams and members, targets
 * and communes, inspections, schedule notices), newest first. Parts that point to the plan only
 * through another part are found through that part's rows in the log, deleted ones included.
 */
export async function listPlanHistory(
  db: Executor,
  planId: string,
  options: { limit?: number } = {},
): Promise<PlanHistoryEntry[]> {
  const row = (col: 'plan_id' | 'target_id' | 'team_id') => sql<string>`coalesce(after, before)->>${col}`;
  const rows = await db
    .selectFrom('audit_log')
    .select([
      'id',
      'occurred_at',
      'actor_name',
      'actor_kind',
      'operation',
      'entity',
      'entity_id',
      'reason',
      'before',
      'after',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('entity', '=', 'plans'), eb('entity_id', '=', planId)]),
        eb(row('plan_id'), '=', planId),
        eb.and([
          eb('entity', '=', 'target_sub_units'),
          eb(
            row('target_id'),
            'in',
            eb
              .selectFrom('audit_log as t')
              .select('t.entity_id')
              .where('t.entity', '=', 'targets')
              .where(sql<string>`coalesce(t.after, t.before)->>'plan_id'`, '=', planId),
          ),
        ]),
        eb.and([
          eb('entity', '=', 'team_members'),
          eb(
            row('team_id'),
            'in',
            eb
              .selectFrom('audit_log as t')
              .select('t.entity_id')
              .where('t.entity', '=', 'teams')
              .where(sql<string>`coalesce(t.after, t.before)->>'plan_id'`, '=', planId),
          ),
        ]),
      ]),
    )
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(options.limit ?? 500)
    .execute();
  return rows.map((r) => ({
    id: String(r.id),
    occurredAt: r.occurred_at,
    actorName: r.actor_name,
    actorKind: r.actor_kind,
    operation: r.operation,
    entity: r.entity,
    entityId: r.entity_id,
    reason: r.reason,
    before: (r.before as Record<string, unknown> | null) ?? null,
    after: (r.after as Record<string, unknown> | null) ?? null,
  }));
}
