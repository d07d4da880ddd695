import type { Database, DatabaseHandle } from '@kiemtra/db';
import type { Kysely } from 'kysely';
import { type Db, fromPglite } from 'pg-boss';

/**
 * pg-boss's statements on the embedded PGlite. PGlite is one session: a pg-boss statement run
 * straight on it while the API is inside a Kysely transaction would land in that transaction (and a
 * pg-boss `BEGIN … COMMIT` block would commit it half-way). So each statement first takes Kysely's
 * one connection, which the PGlite dialect hands out to one caller at a time, and runs through
 * pg-boss's own PGlite adapter (multi-statement blocks through exec) while holding it.
 */
export function pgliteQueueDb(db: Kysely<Database>, pglite: NonNullable<DatabaseHandle['pglite']>): Db {
  const inner = fromPglite(pglite);
  return {
    executeSql: (text, values) => db.connection().execute(() => inner.executeSql(text, values)),
  };
}
