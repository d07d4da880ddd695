import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { copyFile, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';
import { appliedMigrations, listTables } from './catalog.js';
import { listFiles, sha256OfFile } from './files.js';
import { BACKUP_FORMAT, type BackupManifest, MANIFEST_FILE } from './manifest.js';

export interface BackupOptions {
  db: Kysely<Database>;
  databaseKind: 'postgres' | 'pglite';
  /** A new or empty directory that receives the backup. */
  directory: string;
  appVersion: string;
  now: Date;
  /** Where the disk attachment store keeps its files, when it is used. */
  attachmentsDir?: string;
  /** PostgreSQL only: the URL that pg_dump connects to. */
  databaseUrl?: string;
  config: Record<string, string>;
}

const BATCH = 2_000;

/**
 * Writes everything a province needs to come back: each table as gzipped JSON lines read in one
 * snapshot (portable between PGlite and PostgreSQL), the attachments' files, pg_dump's custom
 * format on PostgreSQL, and a manifest with counts and checksums.
 */
export async function createBackup(options: BackupOptions): Promise<BackupManifest> {
  await mkdir(options.directory, { recursive: true });
  if ((await readdir(options.directory)).length > 0) {
    throw new Error(`Thư mục sao lưu ${options.directory} không trống: hãy chọn một thư mục mới.`);
  }
  await mkdir(join(options.directory, 'data'));
  const { migrations, tables } = await options.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const migrations = await appliedMigrations(trx);
      const tables: BackupManifest['tables'] = [];
      for (const name of await listTables(trx)) {
        const file = `data/${name}.jsonl.gz`;
        const rows = await writeTable(trx, name, join(options.directory, file));
        tables.push({ name, rows, file, sha256: await sha256OfFile(join(options.directory, file)) });
      }
      return { migrations, tables };
    });
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    appVersion: options.appVersion,
    createdAt: options.now.toISOString(),
    databaseKind: options.databaseKind,
    migrations,
    tables,
    attachments: options.attachmentsDir
      ? await copyAttachments(options.attachmentsDir, options.directory)
      : [],
    pgDump: options.databaseUrl ? await runPgDump(options.databaseUrl, options.directory) : null,
    config: options.config,
  };
  await writeFile(join(options.directory, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function writeTable(db: Kysely<Database>, table: string, path: string): Promise<number> {
  let count = 0;
  async function* lines() {
    for (let offset = 0; ; offset += BATCH) {
      const { rows } = await sql<{ row: string }>`
        SELECT to_jsonb(t)::text AS row FROM ${sql.table(table)} t
        ORDER BY ctid LIMIT ${BATCH} OFFSET ${offset}`.execute(db);
      for (const r of rows) yield `${r.row}\n`;
      count += rows.length;
      if (rows.length < BATCH) return;
    }
  }
  await pipeline(lines, createGzip(), createWriteStream(path));
  return count;
}

async function copyAttachments(from: string, backupDir: string): Promise<BackupManifest['attachments']> {
  const exists = await stat(from).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists) return [];
  const copied: BackupManifest['attachments'] = [];
  for (const path of await listFiles(from)) {
    const target = join(backupDir, 'attachments', path);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(from, path), target);
    copied.push({ path, bytes: (await stat(target)).size, sha256: await sha256OfFile(target) });
  }
  return copied;
}

/** pg_dump's custom format, for operators who restore with PostgreSQL's own tools. */
async function runPgDump(url: string, backupDir: string): Promise<BackupManifest['pgDump']> {
  const file = 'database.pgdump';
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn('pg_dump', ['--format=custom', `--file=${join(backupDir, file)}`, url], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', () => resolve(null));
    child.on('exit', resolve);
  });
  if (code !== 0) return null;
  return { file, sha256: await sha256OfFile(join(backupDir, file)) };
}
