import type { Role } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database>;

export interface UserAccount {
  id: string;
  tenantId: string;
  orgUnitId: string;
  orgUnitName: string;
  /** For unit roles: the unit the account acts for; null otherwise. */
  actingOrgUnitId: string | null;
  username: string;
  fullName: string;
  position: string | null;
  roles: Role[];
  passwordHash: string;
  active: boolean;
  /** Signed in with a temporary password: must change it before anything else. */
  mustChangePassword: boolean;
}

const userColumns = (db: Executor) =>
  db
    .selectFrom('users')
    .innerJoin('org_units', 'org_units.id', 'users.org_unit_id')
    .select((eb) => [
      'users.id',
      'users.tenant_id',
      'users.org_unit_id',
      'org_units.name as org_unit_name',
      'users.acting_org_unit_id',
      'users.username',
      'users.full_name',
      'users.position',
      'users.password_hash',
      'users.active',
      'users.must_change_password',
      eb
        .selectFrom('user_roles')
        .whereRef('user_roles.user_id', '=', 'users.id')
        .select((r) => r.fn.coalesce(r.fn.jsonAgg('role').orderBy('role'), r.val('[]')).as('roles'))
        .as('roles'),
    ]);

type UserRow = Awaited<ReturnType<ReturnType<typeof userColumns>['executeTakeFirst']>>;

function toAccount(row: NonNullable<UserRow>): UserAccount {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    orgUnitId: row.org_unit_id,
    orgUnitName: row.org_unit_name,
    actingOrgUnitId: row.acting_org_unit_id,
    username: row.username,
    fullName: row.full_name,
    position: row.position,
    roles: (row.roles ?? []) as Role[],
    passwordHash: row.password_hash,
    active: row.active,
    mustChangePassword: row.must_change_password,
  };
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserAccount | null> {
  const row = await userColumns(db).where('users.username', '=', username).executeTakeFirst();
  return row ? toAccount(row) : null;
}

/** The user of a live session: not past its absolute expiry, and used since `idleSince`. */
export async function findUserBySessionToken(
  db: Executor,
  tokenHash: string,
  now: Date,
  idleSince: Date,
): Promise<UserAccount | null> {
  const row = await userColumns(db)
    .innerJoin('sessions', 'sessions.user_id', 'users.id')
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.expires_at', '>', now)
    .where('sessions.last_seen_at', '>', idleSince)
    .where('users.active', '=', true)
    .executeTakeFirst();
  return row ? toAccount(row) : null;
}

/** Marks a session used now; written at most once a minute so that reads stay reads. */
export async function touchSession(db: Executor, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('token_hash', '=', tokenHash)
    .where('last_seen_at', '<', new Date(now.getTime() - 60_000))
    .execute();
}

/** Opens a session and ends the account's oldest ones beyond `maxPerAccount`. */
export async function createSession(
  db: Executor,
  session: { tokenHash: string; userId: string; expiresAt: Date; now: Date; maxPerAccount: number },
) {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sessions')
      .values({
        token_hash: session.tokenHash,
        user_id: session.userId,
        expires_at: session.expiresAt,
        last_seen_at: session.now,
      })
      .execute();
    const kept = trx
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', session.userId)
      .orderBy('created_at', 'desc')
      .orderBy('last_seen_at', 'desc')
      .limit(session.maxPerAccount);
    await trx
      .deleteFrom('sessions')
      .where('user_id', '=', session.userId)
      .where('token_hash', 'not in', kept)
      .execute();
  });
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** The head of an org unit (an active account with the unit_head role), who signs its documents. */
export async function findUnitHead(
  db: Executor,
  orgUnitId: string,
): Promise<{ fullName: string; position: string | null } | null> {
  const row = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select(['users.full_name', 'users.position'])
    .where('users.org_unit_id', '=', orgUnitId)
    .where('user_roles.role', '=', 'unit_head')
    .where('users.active', '=', true)
    .orderBy('users.created_at')
    .executeTakeFirst();
  return row ? { fullName: row.full_name, position: row.position } : null;
}
