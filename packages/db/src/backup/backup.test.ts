import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createDiskAttachmentStore } from '../attachments/disk-attachment-store.js';
import { type DatabaseHandle, openDatabase } from '../connection.js';
import type { Database } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { loadReferenceData } from '../reference-data.js';
import { loadBinhDinh2024 } from '../seed/load-seed.js';
import { databaseUrlFor } from '../testing/database-url.js';
import { createTestDatabase } from '../testing/index.js';
import { createBackup } from './backup.js';
import { listTables } from './catalog.js';
import { MANIFEST_FILE } from './manifest.js';
import { RestoreRefused, restoreBackup } from './restore.js';

const fastHash = { hashPassword: async (password: string) => `test:${password}` };
const postgresUrl = process.env.DATABASE_URL || null;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kiemtra-backup-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A new installation's database: nothing in it, not even the migrations. */
async function emptyDatabase(kind: 'pglite' | 'postgres'): Promise<DatabaseHandle & { url: string | null }> {
  // On PGlite: a new installation that has started once (migrated, no province in it yet).
  if (kind === 'pglite') return createTestDatabase();
  if (!postgresUrl) throw new Error('no PostgreSQL');
  const name = `kiemtra_restore_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = databaseUrlFor(postgresUrl, name);
  const handle = await openDatabase({ kind: 'postgres', url });
  cleanups.push(async () => {
    const dropper = new pg.Client({ connectionString: postgresUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await dropper.end();
  });
  return { ...handle, url };
}

/** A database that holds a province's plan, its audit rows, and attachments in both stores. */
async function populatedDatabase(kind: 'pglite' | 'postgres', attachmentsDir: string) {
  // Under PostgreSQL runs the PGlite side is a PGlite of its own, migrated here.
  const ownPglite = kind === 'pglite' && postgresUrl !== null;
  const handle = ownPglite
    ? { ...(await openDatabase({ kind: 'pglite' })), url: null }
    : await createTestDatabase();
  if (ownPglite) await migrateToLatest(handle.db);
  await loadReferenceData(handle.db);
  await loadBinhDinh2024(handle.db, fastHash);
  await handle.db
    .insertInto('attachment_blobs')
    .values({ storage_key: randomUUID(), content: new Uint8Array([0, 1, 2, 255, 128]) })
    .execute();
  await createDiskAttachmentStore(attachmentsDir).put(handle.db, randomUUID(), new Uint8Array([7, 7, 7]));
  return handle;
}

async function everyRow(db: Kysely<Database>): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of await listTables(db)) {
    const { rows } = await sql<{ row: string }>`
      SELECT to_jsonb(t)::text AS row FROM ${sql.table(table)} t ORDER BY 1`.execute(db);
    result[table] = rows.map((r) => r.row);
  }
  return result;
}

const roundTrips: ['pglite' | 'postgres', 'pglite' | 'postgres'][] = postgresUrl
  ? [
      ['postgres', 'postgres'],
      ['pglite', 'postgres'],
    ]
  : [['pglite', 'pglite']];

describe.each(roundTrips)('a backup of %s restored into a new %s installation', (from, to) => {
  it('holds every row of every table and every attachment, checksums and counts in its manifest', async () => {
    const sourceFiles = await tempDir();
    const source = await populatedDatabase(from, sourceFiles);
    cleanups.push(() => source.close());
    const backupDir = join(await tempDir(), 'backup');
    const manifest = await createBackup({
      db: source.db,
      databaseKind: from,
      directory: backupDir,
      appVersion: '1.0.0',
      now: new Date('2026-12-03T08:00:00Z'),
      attachmentsDir: sourceFiles,
      ...(source.url && { databaseUrl: source.url }),
      config: { KIEMTRA_MODE: 'demo' },
    });
    expect(manifest.tables.find((t) => t.name === 'org_units')?.rows).toBeGreaterThan(20);
    expect(manifest.tables.find((t) => t.name === 'audit_log')?.rows).toBeGreaterThan(100);
    expect(manifest.attachments).toHaveLength(1);
    expect(manifest.pgDump === null).toBe(from === 'pglite');

    const target = await emptyDatabase(to);
    cleanups.push(() => target.close());
    const targetFiles = await tempDir();
    await restoreBackup({ db: target.db, directory: backupDir, attachmentsDir: targetFiles, force: false });

    expect(await everyRow(target.db)).toEqual(await everyRow(source.db));
    const [file] = manifest.attachments;
    expect(await readFile(join(targetFiles, file?.path ?? ''))).toEqual(Buffer.from([7, 7, 7]));
    // The sequences go on past the restored rows: a new audit row gets a new id.
    await sql`UPDATE plans SET title = title || ' ' WHERE true`.execute(target.db);

    await expect(
      restoreBackup({ db: target.db, directory: backupDir, attachmentsDir: targetFiles, force: false }),
    ).rejects.toThrow(/đã có dữ liệu/);
    await restoreBackup({ db: target.db, directory: backupDir, attachmentsDir: targetFiles, force: true });
    expect(await everyRow(target.db)).toEqual(await everyRow(source.db));
  }, 300_000);
});

describe('a restore refuses', () => {
  it('a damaged backup and one made by a newer version, changing nothing', async () => {
    const files = await tempDir();
    const source = await populatedDatabase(postgresUrl ? 'postgres' : 'pglite', files);
    cleanups.push(() => source.close());
    const backupDir = join(await tempDir(), 'backup');
    const manifest = await createBackup({
      db: source.db,
      databaseKind: postgresUrl ? 'postgres' : 'pglite',
      directory: backupDir,
      appVersion: '1.0.0',
      now: new Date(),
      config: {},
    });
    const target = await emptyDatabase(postgresUrl ? 'postgres' : 'pglite');
    cleanups.push(() => target.close());
    const tablesBefore = await listTables(target.db);

    const newer = {
      ...manifest,
      appVersion: '9.0.0',
      migrations: [...manifest.migrations, '29990101000000_future'],
    };
    await writeFile(join(backupDir, MANIFEST_FILE), JSON.stringify(newer));
    await expect(restoreBackup({ db: target.db, directory: backupDir, force: true })).rejects.toThrow(
      /phiên bản mới hơn \(9\.0\.0\).*29990101000000_future/,
    );

    await writeFile(join(backupDir, MANIFEST_FILE), JSON.stringify(manifest));
    await writeFile(join(backupDir, 'data', 'plans.jsonl.gz'), 'hỏng');
    await expect(restoreBackup({ db: target.db, directory: backupDir, force: true })).rejects.toThrow(
      RestoreRefused,
    );
    expect(await listTables(target.db)).toEqual(tablesBefore);
  }, 300_000);

  it('to write into a directory that already holds files', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'x'), 'x');
    const db = await createTestDatabase();
    cleanups.push(() => db.close());
    await expect(
      createBackup({
        db: db.db,
        databaseKind: 'pglite',
        directory: dir,
        appVersion: '1',
        now: new Date(),
        config: {},
      }),
    ).rejects.toThrow(/không trống/);
  });
});
