import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import type { Database } from './database.js';
import { createPostgresPool, DEFAULT_POSTGRES_TIMEOUTS, type PostgresTimeouts } from './postgres-pool.js';

export type DatabaseConfig =
  | {
      kind: 'postgres';
      url: string;
      maxConnections?: number;
      timeouts?: Partial<PostgresTimeouts>;
      /** Told about each dropped connection (the API logs it); the pool reconnects by itself. */
      onConnectionError?: (error: Error) => void;
    }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Kysely<Database>;
  kind: DatabaseConfig['kind'];
  close(): Promise<void>;
  /** PGlite only: a snapshot of the whole data directory (used to clone a migrated template). */
  dump?: () => Promise<Blob>;
  /** PostgreSQL only: the pool's connections right now (for /metrics). */
  poolStats?: () => { total: number; idle: number; waiting: number };
  /**
   * PGlite only: the embedded instance itself, for a library that must run multi-statement SQL
   * (the job queue). Use it only while holding Kysely's one connection (`db.connection()`).
   */
  pglite?: PGlite;
}

const DATE_OID = 1082;
const INT8_OID = 20;

// Calendar dates stay yyyy-mm-dd strings: a JS Date would shift them by the time zone.
pg.types.setTypeParser(DATE_OID, (value) => value);
// bigserial ids and counts: keep them exact as strings, like PGlite below.
pg.types.setTypeParser(INT8_OID, (value) => value);

/**
 * Opens the database: PostgreSQL through `pg` when given a URL, else the embedded PGlite
 * (in `dataDir` on disk, or in memory).
 */
export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === 'postgres') {
    const { kysely: pool, pool: pgPool } = createPostgresPool({
      url: config.url,
      maxConnections: config.maxConnections ?? 10,
      timeouts: { ...DEFAULT_POSTGRES_TIMEOUTS, ...config.timeouts },
      onConnectionError: config.onConnectionError ?? (() => {}),
    });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return {
      db,
      kind: 'postgres',
      close: () => db.destroy(),
      poolStats: () => ({ total: pgPool.totalCount, idle: pgPool.idleCount, waiting: pgPool.waitingCount }),
    };
  }
  const client = await PGlite.create({
    ...(config.dataDir ? { dataDir: config.dataDir } : {}),
    ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    parsers: { [DATE_OID]: (value: string) => value, [INT8_OID]: (value: string) => value },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
    },
    dump: () => client.dumpDataDir('none') as Promise<Blob>,
    pglite: client,
  };
}
