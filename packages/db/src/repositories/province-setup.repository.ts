import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function tenantExists(db: Executor, tenantId: string): Promise<boolean> {
  const row = await db.selectFrom('tenants').select('id').where('id', '=', tenantId).executeTakeFirst();
  return row !== undefined;
}

export async function countTenants(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('tenants')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertTenant(
  trx: Transaction<Database>,
  tenant: { id: string; name: string; placeName: string },
): Promise<void> {
  await trx
    .insertInto('tenants')
    .values({ id: tenant.id, name: tenant.name, place_name: tenant.placeName })
    .execute();
}

/** The place a province's documents print (ô 4), when its set-up named it. */
export async function findTenantPlaceName(db: Executor, tenantId: string): Promise<string | null> {
  const row = await db
    .selectFrom('tenants')
    .select('place_name')
    .where('id', '=', tenantId)
    .executeTakeFirst();
  return row?.place_name ?? null;
}

/** An account with its roles; returns its id. */
export async function insertAccount(
  trx: Transaction<Database>,
  account: {
    tenantId: string;
    orgUnitId: string;
    username: string;
    fullName: string;
    position: string | null;
    passwordHash: string;
    mustChangePassword: boolean;
    roles: readonly Database['user_roles']['role'][];
  },
): Promise<string> {
  const { id } = await trx
    .insertInto('users')
    .values({
      tenant_id: account.tenantId,
      org_unit_id: account.orgUnitId,
      username: account.username,
      full_name: account.fullName,
      position: account.position,
      password_hash: account.passwordHash,
      must_change_password: account.mustChangePassword,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (account.roles.length > 0) {
    await trx
      .insertInto('user_roles')
      .values(account.roles.map((role) => ({ user_id: id, role })))
      .execute();
  }
  return id;
}
