import type { Kysely } from 'kysely';
import { runScript } from '../sql-script.js';

/**
 * A draft plan can be discarded: it is kept (its history stays readable in the audit log) but no
 * longer listed nor worked on. Only a draft: an issued plan is amended, never discarded.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `ALTER TABLE plans ADD COLUMN discarded_at timestamptz;
    ALTER TABLE plans ADD CONSTRAINT plans_discarded_is_draft CHECK (discarded_at IS NULL OR status = 'draft');`,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `ALTER TABLE plans DROP CONSTRAINT plans_discarded_is_draft;
  ALTER TABLE plans DROP COLUMN discarded_at;`,
  );
}
