import type { Database } from '@kiemtra/db';
import { type Kysely, sql } from 'kysely';

/**
 * Tables that change with every signed-in request (sessions, a system's token uses recorded at
 * most once a minute) or every create's key, not with the data.
 */
const BOOKKEEPING = new Set([
  'sessions',
  'api_client_token_uses',
  'sign_in_attempts',
  'idempotency_keys',
  'kysely_migration',
  'kysely_migration_lock',
]);

/** The number of rows of every data table (the audit log included), to see what a call changed. */
export async function rowCounts(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = await sql<{ name: string }>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`.execute(db);
  const names = tables.rows.map((t) => t.name).filter((n) => !BOOKKEEPING.has(n));
  const counts = await sql<Record<string, string>>`SELECT ${sql.join(
    names.map((n) => sql`(SELECT count(*) FROM ${sql.table(n)}) AS ${sql.ref(n)}`),
  )}`.execute(db);
  const row = counts.rows[0] ?? {};
  return Object.fromEntries(names.map((n) => [n, Number(row[n])]));
}

/** The tables whose counts differ, with before → after. */
export function changedCounts(before: Record<string, number>, after: Record<string, number>) {
  return Object.fromEntries(
    Object.keys({ ...before, ...after })
      .filter((t) => before[t] !== after[t])
      .map((t) => [t, `${before[t] ?? 0} → ${after[t] ?? 0}`]),
  );
}
