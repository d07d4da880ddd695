import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../database.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** The account's password hash, to check a person's current password. */
export async function findPasswordHash(db: Executor, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', userId)
    .executeTakeFirst();
  return row?.password_hash ?? null;
}

/**
 * A person's own new password: no longer temporary, and every other session of the account ends
 * (a password changed because it leaked must lock out whoever holds it).
 */
export async function setOwnPassword(
  trx: Transaction<Database>,
  change: { userId: string; passwordHash: string; now: Date; currentSessionHash: string | null },
): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: change.passwordHash, must_change_password: false, password_changed_at: change.now })
    .where('id', '=', change.userId)
    .execute();
  let others = trx.deleteFrom('sessions').where('user_id', '=', change.userId);
  if (change.currentSessionHash !== null)
    others = others.where('token_hash', '<>', change.currentSessionHash);
  await others.execute();
}

/**
 * A temporary password given by the set-up or an administrator's reset: it must be changed at the
 * next sign-in, and every session of the account ends now.
 */
export async function setTemporaryPassword(
  trx: Transaction<Database>,
  change: { userId: string; passwordHash: string; now: Date },
): Promise<void> {
  await trx
    .updateTable('users')
    .set({ password_hash: change.passwordHash, must_change_password: true, password_changed_at: change.now })
    .where('id', '=', change.userId)
    .execute();
  await trx.deleteFrom('sessions').where('user_id', '=', change.userId).execute();
}

/** Every account's username and password hash, for the production start-up's demo-password check. */
export async function listPasswordHashes(
  db: Executor,
): Promise<{ username: string; passwordHash: string }[]> {
  const rows = await db
    .selectFrom('users')
    .select(['username', 'password_hash'])
    .orderBy('username')
    .execute();
  return rows.map((r) => ({ username: r.username, passwordHash: r.password_hash }));
}
