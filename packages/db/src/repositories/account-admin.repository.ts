import type { Role } from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';
import { unitNameAsAt } from './unit-name-as-at.sql.js';

type Executor = Kysely<Database>;

/** An account as the system administrator sees it; units named as at `asAt`, with their last day. */
export interface ManagedAccount {
  id: string;
  tenantId: string;
  username: string;
  fullName: string;
  email: string | null;
  position: string | null;
  orgUnitId: string;
  orgUnitName: string;
  orgUnitValidTo: string | null;
  actingUnitId: string | null;
  actingUnitName: string | null;
  actingUnitValidTo: string | null;
  roles: Role[];
  active: boolean;
  version: number;
  createdAt: Date;
}

export interface AccountFilter {
  q: string | null;
  unitId: string | null;
  role: Role | null;
  status: 'all' | 'active' | 'inactive';
}

const accountColumns = (db: Executor, asAt: string) =>
  db
    .selectFrom('users')
    .innerJoin('org_units as unit', 'unit.id', 'users.org_unit_id')
    .leftJoin('org_units as acting', 'acting.id', 'users.acting_org_unit_id')
    .select((eb) => [
      'users.id',
      'users.tenant_id',
      'users.username',
      'users.full_name',
      'users.email',
      'users.position',
      'users.org_unit_id',
      unitNameAsAt('unit', sql.val(asAt)).as('org_unit_name'),
      'unit.valid_to as org_unit_valid_to',
      'users.acting_org_unit_id',
      sql<
        string | null
      >`CASE WHEN acting.id IS NULL THEN NULL ELSE ${unitNameAsAt('acting', sql.val(asAt))} END`.as(
        'acting_unit_name',
      ),
      'acting.valid_to as acting_unit_valid_to',
      'users.active',
      'users.version',
      'users.created_at',
      eb
        .selectFrom('user_roles')
        .whereRef('user_roles.user_id', '=', 'users.id')
        .select((r) => r.fn.coalesce(r.fn.jsonAgg('role').orderBy('role'), r.val('[]')).as('roles'))
        .as('roles'),
    ]);

type Row = NonNullable<Awaited<ReturnType<ReturnType<typeof accountColumns>['executeTakeFirst']>>>;

const toManaged = (row: Row): ManagedAccount => ({
  id: row.id,
  tenantId: row.tenant_id,
  username: row.username,
  fullName: row.full_name,
  email: row.email,
  position: row.position,
  orgUnitId: row.org_unit_id,
  orgUnitName: row.org_unit_name,
  orgUnitValidTo: row.org_unit_valid_to,
  actingUnitId: row.acting_org_unit_id,
  actingUnitName: row.acting_unit_name,
  actingUnitValidTo: row.acting_unit_valid_to,
  roles: (row.roles ?? []) as Role[],
  active: row.active,
  version: row.version,
  createdAt: row.created_at,
});

/**
 * One page of a province's accounts, by name, with the total: the text matches the name, the
 * username or the e-mail; the unit matches the unit worked in or acted for.
 */
export async function listManagedAccounts(
  db: Executor,
  tenantId: string,
  filter: AccountFilter,
  page: { offset: number; limit: number; asAt: string },
): Promise<{ accounts: ManagedAccount[]; total: number }> {
  let query = accountColumns(db, page.asAt).where('users.tenant_id', '=', tenantId);
  if (filter.q !== null) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([
        eb('users.full_name', 'ilike', like),
        eb('users.username', 'ilike', like),
        eb('users.email', 'ilike', like),
      ]),
    );
  }
  if (filter.unitId !== null) {
    const unitId = filter.unitId;
    query = query.where((eb) =>
      eb.or([eb('users.org_unit_id', '=', unitId), eb('users.acting_org_unit_id', '=', unitId)]),
    );
  }
  if (filter.role !== null) {
    const role = filter.role;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('user_roles')
          .select('user_roles.user_id')
          .whereRef('user_roles.user_id', '=', 'users.id')
          .where('user_roles.role', '=', role),
      ),
    );
  }
  if (filter.status !== 'all') query = query.where('users.active', '=', filter.status === 'active');
  const [rows, count] = await Promise.all([
    query
      .orderBy('users.full_name')
      .orderBy('users.username')
      .offset(page.offset)
      .limit(page.limit)
      .execute(),
    query
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { accounts: rows.map(toManaged), total: Number(count.n) };
}

export async function findManagedAccount(
  db: Executor,
  accountId: string,
  asAt: string,
): Promise<ManagedAccount | null> {
  const row = await accountColumns(db, asAt).where('users.id', '=', accountId).executeTakeFirst();
  return row ? toManaged(row) : null;
}

export interface AccountValues {
  fullName: string;
  email: string | null;
  position: string | null;
  orgUnitId: string;
  actingUnitId: string | null;
}

const columnsOf = (v: AccountValues) => ({
  full_name: v.fullName,
  email: v.email,
  position: v.position,
  org_unit_id: v.orgUnitId,
  acting_org_unit_id: v.actingUnitId,
});

/** Inserts accounts with their roles; a username already taken fails on its unique index. */
export async function insertManagedAccounts(
  db: Executor,
  tenantId: string,
  accounts: readonly (AccountValues & { username: string; passwordHash: string; roles: readonly Role[] })[],
): Promise<string[]> {
  if (accounts.length === 0) return [];
  const rows = await db
    .insertInto('users')
    .values(
      accounts.map((a) => ({
        tenant_id: tenantId,
        username: a.username,
        password_hash: a.passwordHash,
        // Created with a temporary password: changed at first sign-in.
        must_change_password: true,
        ...columnsOf(a),
      })),
    )
    .returning('id')
    .execute();
  const roles = accounts.flatMap((a, i) => a.roles.map((role) => ({ user_id: rows[i]?.id ?? '', role })));
  if (roles.length > 0) await db.insertInto('user_roles').values(roles).execute();
  return rows.map((r) => r.id);
}

/** Applies `change` if the account is still at `expectedVersion`; false when someone saved first. */
export async function updateAccountAt(
  db: Executor,
  accountId: string,
  expectedVersion: number,
  change: { values?: AccountValues; active?: boolean; passwordHash?: string },
): Promise<boolean> {
  const { passwordHash, active, values } = change;
  const result = await db
    .updateTable('users')
    .set((eb) => ({
      ...(values !== undefined && columnsOf(values)),
      ...(active !== undefined && { active }),
      // Only a reset gives a password here, a temporary one: changed at the next sign-in.
      ...(passwordHash !== undefined && { password_hash: passwordHash, must_change_password: true }),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', accountId)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Sets an account's roles to exactly `roles`: removed ones deleted, new ones added (each audited). */
export async function setAccountRoles(
  db: Executor,
  accountId: string,
  roles: readonly Role[],
): Promise<void> {
  await db
    .deleteFrom('user_roles')
    .where('user_id', '=', accountId)
    .$if(roles.length > 0, (q) => q.where('role', 'not in', [...roles]))
    .execute();
  if (roles.length > 0) {
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: accountId, role })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/** Ends every session of an account at once. */
export async function endSessionsOf(db: Executor, accountId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', accountId).execute();
}

/**
 * The province's active system administrators, read after taking the province's account lock:
 * two administrators removing each other at the same moment are then checked one after the other.
 */
export async function lockActiveSystemAdmins(db: Executor, tenantId: string): Promise<string[]> {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`kiemtra.accounts:${tenantId}`}))`.execute(db);
  const rows = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('users.tenant_id', '=', tenantId)
    .where('users.active', '=', true)
    .where('user_roles.role', '=', 'system_admin')
    .execute();
  return rows.map((r) => r.id);
}

/** Which of these usernames already have an account (in any province: a username signs in alone). */
export async function takenUsernames(db: Executor, usernames: readonly string[]): Promise<Set<string>> {
  if (usernames.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('username')
    .where('username', 'in', [...usernames])
    .execute();
  return new Set(rows.map((r) => r.username));
}

/**
 * Every account of a province working at `fromUnitId` or acting for it now works at (or acts for)
 * `toUnitId`; each row's version bumps, each change is audited. Returns how many accounts moved.
 */
export async function moveAccountsToUnit(
  db: Executor,
  tenantId: string,
  fromUnitId: string,
  toUnitId: string,
): Promise<number> {
  // One statement, so that each account changes (and is audited) once.
  const moved = await db
    .updateTable('users')
    .set((eb) => ({
      org_unit_id: eb
        .case()
        .when('org_unit_id', '=', fromUnitId)
        .then(toUnitId)
        .else(eb.ref('org_unit_id'))
        .end(),
      acting_org_unit_id: eb
        .case()
        .when('acting_org_unit_id', '=', fromUnitId)
        .then(toUnitId)
        .else(eb.ref('acting_org_unit_id'))
        .end(),
      version: eb('version', '+', 1),
    }))
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('org_unit_id', '=', fromUnitId), eb('acting_org_unit_id', '=', fromUnitId)]))
    .returning('id')
    .execute();
  return moved.length;
}
