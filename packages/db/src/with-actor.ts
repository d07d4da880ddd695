import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from './database.js';

export interface AuditActor {
  kind: 'user' | 'api_client' | 'system';
  id: string | null;
  name: string | null;
  tenantId: string | null;
  /** Why the change is made (an amendment's reason); kept in the audit log. */
  reason?: string | null;
}

/**
 * Runs `work` in one transaction whose changes the audit triggers attribute to `actor`.
 * Everything inside commits together or not at all.
 */
export async function withActor<T>(
  db: Kysely<Database>,
  actor: AuditActor,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  // Inside a transaction already (a create run under its idempotency key): the work is a savepoint
  // of it, so that it still commits with the rest or not at all, and fails alone as it would alone.
  if (db.isTransaction) return inSavepoint(db as Transaction<Database>, actor, work);
  return db.transaction().execute(async (trx) => {
    await setActor(trx, actor);
    return work(trx);
  });
}

async function inSavepoint<T>(
  trx: Transaction<Database>,
  actor: AuditActor,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<T> {
  // PostgreSQL lets a name repeat: RELEASE and ROLLBACK TO take the innermost of that name.
  const name = sql.id('with_actor');
  await sql`SAVEPOINT ${name}`.execute(trx);
  try {
    await setActor(trx, actor);
    const result = await work(trx);
    await sql`RELEASE SAVEPOINT ${name}`.execute(trx);
    return result;
  } catch (error) {
    await sql`ROLLBACK TO SAVEPOINT ${name}`.execute(trx);
    throw error;
  }
}

async function setActor(trx: Transaction<Database>, actor: AuditActor): Promise<void> {
  await sql`SELECT
      set_config('kiemtra.actor_kind', ${actor.kind}, true),
      set_config('kiemtra.actor_id', ${actor.id ?? ''}, true),
      set_config('kiemtra.actor_name', ${actor.name ?? ''}, true),
      set_config('kiemtra.tenant_id', ${actor.tenantId ?? ''}, true),
      set_config('kiemtra.reason', ${actor.reason ?? ''}, true)`.execute(trx);
}
