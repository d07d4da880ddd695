import { type Kysely, sql } from 'kysely';

/**
 * Issue 11: a temporary password (the set-up's, an administrator's reset) must be changed at first
 * sign-in; a province set up from the CLI names the place its documents print (ô 4).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`.execute(db);
  await sql`ALTER TABLE users ADD COLUMN password_changed_at timestamptz`.execute(db);
  await sql`ALTER TABLE tenants ADD COLUMN place_name text`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE tenants DROP COLUMN place_name`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN password_changed_at`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN must_change_password`.execute(db);
}
