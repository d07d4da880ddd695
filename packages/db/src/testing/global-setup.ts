import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { type DatabaseHandle, openDatabase } from '../connection.js';
import { migrateToLatest } from '../migrate.js';
import { databaseUrlFor } from './database-url.js';
import './provided-context.js';

/** What a package adds to the template after the migrations (the API: the job queue's tables). */
export type PrepareTemplate = (handle: DatabaseHandle, url: string | null) => Promise<void>;

/**
 * Migrates one template per test run; every test file then starts from a copy of it
 * (CREATE DATABASE … TEMPLATE on PostgreSQL, loadDataDir on PGlite) instead of migrating again.
 */
export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return setUpTemplates(project);
}

export async function setUpTemplates(
  project: TestProject,
  prepare?: PrepareTemplate,
): Promise<() => Promise<void>> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `kiemtra_tpl_${randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const templateUrl = databaseUrlFor(url, name);
    const handle = await openDatabase({
      kind: 'postgres',
      url: templateUrl,
      maxConnections: 1,
      timeouts: { statementMs: 0, connectMs: 30_000 },
    });
    await migrateToLatest(handle.db);
    await prepare?.(handle, templateUrl);
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
  await prepare?.(handle, null);
  const dump = await handle.dump?.();
  await handle.close();
  if (!dump) throw new Error('PGlite could not dump its data directory');
  const file = join(tmpdir(), `kiemtra-template-${randomUUID()}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgTemplateDatabase', null);
  project.provide('pgliteTemplateFile', file);
  return async () => rm(file, { force: true });
}
