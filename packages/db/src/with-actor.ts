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
  return db.transaction().execute(async (trx) => {
    await sql`SELECT
      set_config('kiemtra.actor_kind', ${actor.kind}, true),
      set_config('kiemtra.actor_id', ${actor.id ?? ''}, true),
      set_config('kiemtra.actor_name', ${actor.name ?? ''}, true),
      set_config('kiemtra.tenant_id', ${actor.tenantId ?? ''}, true),
      set_config('kiemtra.reason', ${actor.reason ?? ''}, true)`.execute(trx);
    return work(trx);
  });
}
