import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';

/**
 * The tables a backup holds: every table of the public schema (partitioned tables once, through
 * their parent), Kysely's own migration bookkeeping left to the migrator.
 */
export async function listTables(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
      AND c.relname NOT IN ('kysely_migration', 'kysely_migration_lock')
    ORDER BY c.relname`.execute(db);
  return rows.map((r) => r.name);
}

/** Columns a restore writes: generated columns are computed again by the database. */
export async function writableColumns(db: Kysely<Database>, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT column_name AS name FROM information_schema.columns
    WHERE table_schema = 'public' AND table_name = ${table} AND is_generated = 'NEVER'
    ORDER BY ordinal_position`.execute(db);
  return rows.map((r) => r.name);
}

/** The sequences behind serial and identity columns, to be set past the restored rows. */
export async function serialColumns(
  db: Kysely<Database>,
): Promise<{ table: string; column: string; sequence: string }[]> {
  const { rows } = await sql<{ table: string; column: string; sequence: string | null }>`
    SELECT table_name AS table, column_name AS column,
           pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
    FROM information_schema.columns
    WHERE table_schema = 'public'`.execute(db);
  return rows.flatMap((r) =>
    r.sequence ? [{ table: r.table, column: r.column, sequence: r.sequence }] : [],
  );
}

export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM kysely_migration ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}
