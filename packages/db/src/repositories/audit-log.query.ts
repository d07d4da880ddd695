import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';
import type { PlanHistoryEntry } from './plan-history.repository.js';

type Executor = Kysely<Database>;

export interface AuditPageQuery {
  tenantId: string;
  actorId?: string;
  entity?: string;
  entityId?: string;
  /** Entries at or after this instant. */
  since?: Date;
  /** Entries before this instant. */
  before?: Date;
  planId?: string;
  /** The last entry of the page before: its instant to the microsecond (ISO, UTC) and id. */
  after?: { at: string; id: string };
  limit: number;
}

/** An entry of the log: the plan history's fields, with its author's id and its keyset position. */
export interface AuditLogEntry extends PlanHistoryEntry {
  /** occurred_at to the microsecond, for the next page's keyset (a Date keeps milliseconds only). */
  cursorAt: string;
  actorId: string | null;
}

/** The expression audit_log_plan_idx is built on: the plan a row belongs to. */
const planOfRow = sql<string>`coalesce(after, before)->>'plan_id'`;

/** The query of one page, limit + 1 rows (the test reads its plan). */
export function auditPageQuery(db: Executor, q: AuditPageQuery) {
  let query = db
    .selectFrom('audit_log')
    .select([
      'id',
      'occurred_at',
      sql<string>`to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as('cursor_at'),
      'actor_kind',
      'actor_id',
      'actor_name',
      'operation',
      'entity',
      'entity_id',
      'reason',
      'before',
      'after',
    ])
    .where('tenant_id', '=', q.tenantId);
  if (q.actorId) query = query.where('actor_id', '=', q.actorId);
  if (q.entity) query = query.where('entity', '=', q.entity);
  if (q.entityId) query = query.where('entity_id', '=', q.entityId);
  if (q.since) query = query.where('occurred_at', '>=', q.since);
  if (q.before) query = query.where('occurred_at', '<', q.before);
  const planId = q.planId;
  if (planId)
    query = query.where((eb) =>
      eb.or([eb.and([eb('entity', '=', 'plans'), eb('entity_id', '=', planId)]), eb(planOfRow, '=', planId)]),
    );
  if (q.after)
    query = query.where(
      sql<boolean>`(occurred_at, id) < (${q.after.at}::timestamptz, ${q.after.id}::bigint)`,
    );
  return query
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
}

/**
 * One page of a province's audit log, newest first, read by keyset on (occurred_at, id) so that
 * every page costs the same whatever its depth; `hasMore` when another page follows.
 */
export async function listAuditPage(
  db: Executor,
  q: AuditPageQuery,
): Promise<{ entries: AuditLogEntry[]; hasMore: boolean }> {
  const rows = await auditPageQuery(db, q).execute();
  return {
    hasMore: rows.length > q.limit,
    entries: rows.slice(0, q.limit).map((r) => ({
      id: String(r.id),
      occurredAt: r.occurred_at,
      cursorAt: r.cursor_at,
      actorKind: r.actor_kind,
      actorId: r.actor_id,
      actorName: r.actor_name,
      operation: r.operation,
      entity: r.entity,
      entityId: r.entity_id,
      reason: r.reason,
      before: (r.before as Record<string, unknown> | null) ?? null,
      after: (r.after as Record<string, unknown> | null) ?? null,
    })),
  };
}

export type AuditReferenceKind = 'unit' | 'user' | 'plan' | 'team' | 'apiClient';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The names of what a page's ids point to, in the province (one query per kind, none for an empty kind). */
export async function auditReferenceNames(
  db: Executor,
  tenantId: string,
  refs: readonly { kind: AuditReferenceKind; id: string }[],
): Promise<Map<string, string>> {
  const idsOf = (kind: AuditReferenceKind) => [
    ...new Set(refs.filter((r) => r.kind === kind && UUID.test(r.id)).map((r) => r.id)),
  ];
  const lookups: Promise<{ id: string; name: string }[]>[] = [];
  const add = (ids: string[], run: (ids: string[]) => Promise<{ id: string; name: string }[]>) => {
    if (ids.length > 0) lookups.push(run(ids));
  };
  add(idsOf('unit'), (ids) =>
    db
      .selectFrom('org_units')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .execute(),
  );
  add(idsOf('user'), (ids) =>
    db
      .selectFrom('users')
      .select(['id', 'full_name as name'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .execute(),
  );
  add(idsOf('plan'), (ids) =>
    db
      .selectFrom('plans')
      .select(['id', 'title as name'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .execute(),
  );
  add(idsOf('team'), (ids) =>
    db
      .selectFrom('teams')
      .innerJoin('plans', 'plans.id', 'teams.plan_id')
      .select(['teams.id', 'teams.name'])
      .where('plans.tenant_id', '=', tenantId)
      .where('teams.id', 'in', ids)
      .execute(),
  );
  add(idsOf('apiClient'), (ids) =>
    db
      .selectFrom('api_clients')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .where('id', 'in', ids)
      .execute(),
  );
  const found = (await Promise.all(lookups)).flat();
  return new Map(found.map((r) => [r.id, r.name]));
}

/** Whom and which plans the log's filters offer: the province's accounts, systems and plans. */
export async function auditFilterChoices(db: Executor, tenantId: string) {
  const [people, systems, plans] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'full_name', 'username'])
      .where('tenant_id', '=', tenantId)
      .orderBy('full_name')
      .orderBy('username')
      .limit(5000)
      .execute(),
    db
      .selectFrom('api_clients')
      .select(['id', 'name'])
      .where('tenant_id', '=', tenantId)
      .orderBy('name')
      .limit(1000)
      .execute(),
    db
      .selectFrom('plans')
      .select(['id', 'title', 'year'])
      .where('tenant_id', '=', tenantId)
      .orderBy('year', 'desc')
      .orderBy('title')
      .limit(1000)
      .execute(),
  ]);
  return {
    people: people.map((p) => ({ id: p.id, name: p.full_name, username: p.username })),
    systems: systems.map((s) => ({ id: s.id, name: s.name })),
    plans: plans.map((p) => ({ id: p.id, title: p.title, year: p.year })),
  };
}
