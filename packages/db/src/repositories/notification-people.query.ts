import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

/** The active accounts of each unit's officer (unit_reporter) and head (unit_head), by the unit they act for. */
export async function listUnitPeople(
  db: Executor,
  tenantId: string,
  orgUnitIds: readonly string[],
): Promise<Map<string, { officers: string[]; heads: string[] }>> {
  const result = new Map<string, { officers: string[]; heads: string[] }>();
  if (orgUnitIds.length === 0) return result;
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.org_unit_id', 'u.acting_org_unit_id', 'r.role'])
    .where('u.tenant_id', '=', tenantId)
    .where('u.active', '=', true)
    .where('r.role', 'in', ['unit_reporter', 'unit_head'])
    .where((eb) =>
      eb(eb.fn.coalesce('u.acting_org_unit_id', 'u.org_unit_id'), 'in', [...new Set(orgUnitIds)]),
    )
    .orderBy('u.username')
    .execute();
  for (const r of rows) {
    const unit = r.acting_org_unit_id ?? r.org_unit_id;
    const entry = result.get(unit) ?? { officers: [], heads: [] };
    (r.role === 'unit_reporter' ? entry.officers : entry.heads).push(r.id);
    result.set(unit, entry);
  }
  return result;
}

/** The active accounts holding one of these roles in the province (optionally only of one unit). */
export async function listAccountsWithRole(
  db: Executor,
  tenantId: string,
  role: 'plan_admin' | 'unit_plan_admin' | 'system_admin',
  orgUnitId?: string,
): Promise<string[]> {
  let query = db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select('u.id')
    .where('u.tenant_id', '=', tenantId)
    .where('u.active', '=', true)
    .where('r.role', '=', role)
    .orderBy('u.username');
  if (orgUnitId !== undefined)
    query = query.where((eb) => eb(eb.fn.coalesce('u.acting_org_unit_id', 'u.org_unit_id'), '=', orgUnitId));
  return (await query.execute()).map((r) => r.id);
}

/** Every province's id, for the daily reminders of each. */
export async function listTenantIds(db: Executor): Promise<string[]> {
  return (await db.selectFrom('tenants').select('id').orderBy('id').execute()).map((r) => r.id);
}

/** Each plan's stored reminder settings (null: the defaults). */
export async function listPlanReminderSettings(
  db: Executor,
  planIds: readonly string[],
): Promise<Map<string, unknown>> {
  if (planIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('plans')
    .select(['id', 'reminder_settings'])
    .where('id', 'in', [...new Set(planIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.reminder_settings]));
}

/** A province's tokens still in force (not revoked, not yet expired), with their system's name. */
export async function listTokensInForce(
  db: Executor,
  tenantId: string,
  now: Date,
): Promise<{ tokenId: string; clientId: string; clientName: string; expiresAt: Date }[]> {
  const rows = await db
    .selectFrom('api_client_tokens as t')
    .innerJoin('api_clients as c', 'c.id', 't.api_client_id')
    .select(['t.id', 't.api_client_id', 'c.name', 't.expires_at'])
    .where('t.tenant_id', '=', tenantId)
    .where('t.revoked_at', 'is', null)
    .where('t.expires_at', 'is not', null)
    .where('t.expires_at', '>', now)
    .execute();
  return rows.flatMap((r) =>
    r.expires_at === null
      ? []
      : [{ tokenId: r.id, clientId: r.api_client_id, clientName: r.name, expiresAt: r.expires_at }],
  );
}

/** Sets a plan's reminder settings (null: back to the defaults) if its version is still the one read. */
export async function updatePlanReminderSettings(
  db: Executor,
  planId: string,
  expectedVersion: number,
  settings: object | null,
): Promise<number | null> {
  const row = await db
    .updateTable('plans')
    .set({
      reminder_settings: settings === null ? null : JSON.stringify(settings),
      version: sql`version + 1`,
      updated_at: sql`now()`,
    })
    .where('id', '=', planId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return row?.version ?? null;
}
