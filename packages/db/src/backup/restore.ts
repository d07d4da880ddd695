import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../database.js';
import { migrateTo, migrateToLatest } from '../migrate.js';
import { migrations as knownMigrations } from '../migrations/index.js';
import { listTables, serialColumns, writableColumns } from './catalog.js';
import { sha256OfFile } from './files.js';
import { type BackupManifest, backupManifestSchema, MANIFEST_FILE } from './manifest.js';

export interface RestoreOptions {
  db: Kysely<Database>;
  directory: string;
  attachmentsDir?: string;
  /** Replace the data already in the installation instead of refusing. */
  force: boolean;
}

export class RestoreRefused extends Error {}

const BATCH = 1_000;

/**
 * Restores a backup of createBackup into this installation: refuses a damaged backup, one made by
 * a newer version, and an installation that holds a province's data unless forced; then rebuilds
 * the schema as the backup had it, loads every table with triggers off (the audit log keeps the
 * rows it had, and writes none for the restore), and upgrades to this version's migrations.
 */
export async function restoreBackup(options: RestoreOptions): Promise<BackupManifest> {
  const manifest = await readManifest(options.directory);
  const unknown = manifest.migrations.filter((name) => !(name in knownMigrations));
  if (unknown.length > 0) {
    throw new RestoreRefused(
      `Bản sao lưu do phiên bản mới hơn (${manifest.appVersion}) tạo ra, có các thay đổi cơ sở dữ liệu mà phiên bản này không biết (${unknown.join(', ')}): hãy cài phiên bản mới trước khi khôi phục.`,
    );
  }
  await verifyChecksums(options.directory, manifest);
  if (!options.force && (await holdsData(options.db))) {
    throw new RestoreRefused(
      'Hệ thống đã có dữ liệu (đơn vị, tài khoản): khôi phục sẽ xóa chúng. Dùng --force nếu thật sự muốn thay thế.',
    );
  }
  await sql`DROP SCHEMA public CASCADE`.execute(options.db);
  await sql`CREATE SCHEMA public`.execute(options.db);
  const last = manifest.migrations.at(-1);
  if (last) await migrateTo(options.db, last);
  await options.db.transaction().execute(async (trx) => {
    // Off for this transaction: triggers (audit rows, the audit log's refusal of TRUNCATE) and the
    // foreign keys' checks, so that tables load in any order. It needs a superuser, as pg_restore's
    // --disable-triggers does.
    await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    const present = new Set(await listTables(trx));
    const missing = manifest.tables.filter((t) => !present.has(t.name)).map((t) => t.name);
    if (missing.length > 0)
      throw new RestoreRefused(`Lược đồ thiếu các bảng của bản sao lưu: ${missing.join(', ')}.`);
    // What the migrations inserted is in the backup too: emptied first, all at once for the foreign keys.
    await sql`TRUNCATE ${sql.join(manifest.tables.map((t) => sql.table(t.name)))}`.execute(trx);
    for (const table of manifest.tables)
      await loadTable(trx, table.name, join(options.directory, table.file));
    for (const { table, column, sequence } of await serialColumns(trx)) {
      await sql`SELECT setval(${sequence}, COALESCE((SELECT max(${sql.ref(column)}) FROM ${sql.table(table)}), 0) + 1, false)`.execute(
        trx,
      );
    }
  });
  await migrateToLatest(options.db);
  if (options.attachmentsDir) await restoreAttachments(options.directory, options.attachmentsDir, manifest);
  return manifest;
}

export async function readManifest(directory: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(join(directory, MANIFEST_FILE), 'utf8');
  } catch {
    throw new RestoreRefused(
      `Không thấy ${MANIFEST_FILE} trong ${directory}: đây không phải một bản sao lưu.`,
    );
  }
  const parsed = backupManifestSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new RestoreRefused(`${MANIFEST_FILE} không hợp lệ hoặc thuộc định dạng khác: không khôi phục.`);
  }
  return parsed.data;
}

async function verifyChecksums(directory: string, manifest: BackupManifest): Promise<void> {
  const files = [
    ...manifest.tables.map((t) => ({ path: t.file, sha256: t.sha256 })),
    ...manifest.attachments.map((a) => ({ path: `attachments/${a.path}`, sha256: a.sha256 })),
  ];
  for (const file of files) {
    const actual = await sha256OfFile(join(directory, file.path)).catch(() => null);
    if (actual !== file.sha256) {
      throw new RestoreRefused(`Tệp ${file.path} của bản sao lưu bị thiếu hoặc hỏng (sai mã kiểm tra).`);
    }
  }
}

/** A province's data: org units or accounts (what migrations and reference data insert does not count). */
async function holdsData(db: Kysely<Database>): Promise<boolean> {
  const tables = new Set(await listTables(db));
  for (const table of ['org_units', 'users']) {
    if (!tables.has(table)) continue;
    const { rows } = await sql<{ any: boolean }>`
      SELECT EXISTS (SELECT 1 FROM ${sql.table(table)}) AS any`.execute(db);
    if (rows[0]?.any) return true;
  }
  return false;
}

async function loadTable(db: Kysely<Database>, table: string, path: string): Promise<void> {
  const columns = await writableColumns(db, table);
  const list = sql.join(columns.map((c) => sql.ref(c)));
  const insert = (batch: string[]) =>
    sql`INSERT INTO ${sql.table(table)} (${list}) OVERRIDING SYSTEM VALUE
        SELECT ${list} FROM jsonb_populate_recordset(NULL::${sql.table(table)}, ${`[${batch.join(',')}]`}::jsonb)`.execute(
      db,
    );
  let batch: string[] = [];
  const lines = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '') continue;
    batch.push(line);
    if (batch.length === BATCH) {
      await insert(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await insert(batch);
}

async function restoreAttachments(
  directory: string,
  target: string,
  manifest: BackupManifest,
): Promise<void> {
  for (const file of manifest.attachments) {
    const destination = join(target, file.path);
    await mkdir(dirname(destination), { recursive: true });
    await copyFile(join(directory, 'attachments', file.path), destination);
  }
}
