import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../connection.js';
import { databaseUrlFor } from './database-url.js';
import './provided-context.js';

/**
 * A fresh, migrated database for one test file: a copy of the run's template, on the real
 * PostgreSQL when DATABASE_URL is set, else on PGlite. close() drops it.
 */
export async function createTestDatabase(): Promise<DatabaseHandle & { url: string | null }> {
  const template = inject('pgTemplateDatabase');
  const url = process.env.DATABASE_URL;
  if (template && url) {
    const name = `kiemtra_test_${randomUUID().replaceAll('-', '')}`;
    await withAdmin(url, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
    const testUrl = databaseUrlFor(url, name);
    // No statement limit and a long wait for a connection: on a busy machine the seed and the
    // concurrency tests take longer than a request in production may.
    const handle = await openDatabase({
      kind: 'postgres',
      url: testUrl,
      timeouts: { statementMs: 0, connectMs: 30_000 },
    });
    return {
      ...handle,
      url: testUrl,
      close: async () => {
        await handle.close();
        await withAdmin(url, async (admin) => {
          await waitForDisconnections(admin, name);
          await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        });
      },
    };
  }
  const file = inject('pgliteTemplateFile');
  if (!file) throw new Error('The test database template is missing: is globalSetup configured?');
  const blob = new Blob([await readFile(file)]);
  return { ...(await openDatabase({ kind: 'pglite', loadDataDir: blob })), url: null };
}

/**
 * pg's pool.end() resolves before its clients' sockets have closed; a DROP … WITH (FORCE) in that
 * window kills a client that is still ending, and its error surfaces as unhandled in the test run.
 */
async function waitForDisconnections(admin: pg.Client, database: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { rows } = await admin.query<{ count: string }>(
      'SELECT count(*) AS count FROM pg_stat_activity WHERE datname = $1',
      [database],
    );
    if (rows[0]?.count === '0') return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
