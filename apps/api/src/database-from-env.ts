import { mkdir } from 'node:fs/promises';
import { type DatabaseHandle, openDatabase } from '@kiemtra/db';
import type { Env } from './env.js';

/**
 * The configured database: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR. For
 * 'setup' (migrations, the seed, the CLI) one connection and no statement limit: they may take
 * longer than any request should.
 */
export async function openDatabaseFromEnv(
  env: Pick<
    Env,
    'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_CONNECT_TIMEOUT_MS' | 'DATABASE_STATEMENT_TIMEOUT_MS'
  >,
  purpose: 'setup' | 'serve',
  onConnectionError: (error: Error) => void = (error) =>
    console.error('Mất kết nối tới PostgreSQL:', error.message),
): Promise<DatabaseHandle> {
  if (env.DATABASE_URL)
    return openDatabase({
      kind: 'postgres',
      url: env.DATABASE_URL,
      maxConnections: purpose === 'setup' ? 1 : 10,
      timeouts: {
        connectMs: env.DATABASE_CONNECT_TIMEOUT_MS,
        statementMs: purpose === 'setup' ? 0 : env.DATABASE_STATEMENT_TIMEOUT_MS,
      },
      onConnectionError,
    });
  await mkdir(env.DATA_DIR, { recursive: true });
  return openDatabase({ kind: 'pglite', dataDir: env.DATA_DIR });
}
