import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * Issue 11: the audit log page reads a province's log newest first, a page at a time, by
 * keyset (occurred_at, id), optionally for one person or one table. Each reading has its index, so
 * that a page costs the same on a log of millions of rows as on a new one.
 * On a large existing log, create these CONCURRENTLY by hand before migrating (a migration runs in
 * a transaction, where CONCURRENTLY is refused); IF NOT EXISTS then skips them here.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE INDEX IF NOT EXISTS audit_log_tenant_time_idx ON audit_log (tenant_id, occurred_at DESC, id DESC);
    CREATE INDEX IF NOT EXISTS audit_log_tenant_actor_time_idx ON audit_log (tenant_id, actor_id, occurred_at DESC, id DESC);
    CREATE INDEX IF NOT EXISTS audit_log_tenant_entity_time_idx ON audit_log (tenant_id, entity, occurred_at DESC, id DESC);
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `DROP INDEX audit_log_tenant_entity_time_idx;
    DROP INDEX audit_log_tenant_actor_time_idx;
    DROP INDEX audit_log_tenant_time_idx;`,
  );
}
