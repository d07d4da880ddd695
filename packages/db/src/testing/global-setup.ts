import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../connection.js';
import { migrateToLatest } from '../migrate.js';
import { databaseUrlFor } from './database-url.js';
import './provided-context.js';

/**
 * Migrates one template per test run; every test file then starts from a copy of it
 * (CREATE DATABASE … TEMPLATE on PostgreSQL, loadDataDir on PGlite) instead of migrating again.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `kiemtra_tpl_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const handle = await openDatabase({
      kind: 'postgres',
      url: databaseUrlFor(url, name),
      maxConnections: 1,
      timeouts: { statementMs: 0, connectMs: 30_000 },
    });
    await migrateToLatest(handle.db);
    await handle.close();
    project.provide('pgTemplateDatabase', name);
    project.provide('pgliteTemplateFile', null);
    return async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  const handle = await openDatabase({ kind: 'pglite' });
  await migrateToLatest(handle.db);
  const dump = await handle.dump?.();
  await handle.close();
  if (!dump) throw new Error('PGlite could not dump its data directory');
  const file = join(tmpdir(), `kiemtra-template-${randomUUID()}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgTemplateDatabase', null);
  project.provide('pgliteTemplateFile', file);
  return async () => rm(file, { force: true });
}
