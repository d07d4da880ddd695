import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

/** Issue 18: sign-in attempts counted per account and address; sessions end after a while unused. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    CREATE INDEX sign_in_attempts_pair_idx ON sign_in_attempts (username, client_ip, id);
    ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
  `,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    ALTER TABLE sessions DROP COLUMN last_seen_at;
    DROP INDEX sign_in_attempts_pair_idx;
  `,
  );
}
