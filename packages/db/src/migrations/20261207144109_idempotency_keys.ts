import { type Kysely, sql } from 'kysely';

/**
 * Issue 18: a retried create returns its first result. One row per (actor, procedure, key), written
 * in the create's own transaction: a create that failed leaves no key, one that committed leaves
 * its answer. Rows older than a day are swept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE idempotency_keys (
    actor_kind text NOT NULL CHECK (actor_kind IN ('user', 'api_client')),
    actor_id uuid NOT NULL,
    procedure text NOT NULL,
    key text NOT NULL,
    input_hash text NOT NULL,
    result jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (actor_kind, actor_id, procedure, key)
  )`.execute(db);
  await sql`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP TABLE idempotency_keys`.execute(db);
}
