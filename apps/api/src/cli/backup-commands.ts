import { createBackup, type DatabaseHandle, restoreBackup } from '@kiemtra/db';
import { KIEMTRA_VERSION } from '@kiemtra/domain';
import type { Env } from '../env.js';

/** `kiemtra backup <thư mục>`: everything the province needs to come back, into a new directory. */
export async function runBackup(
  database: DatabaseHandle,
  env: Env,
  directory: string,
  write: (line: string) => void,
): Promise<void> {
  const manifest = await createBackup({
    db: database.db,
    databaseKind: database.kind,
    directory,
    appVersion: KIEMTRA_VERSION,
    now: new Date(),
    ...(env.ATTACHMENTS_DIR && { attachmentsDir: env.ATTACHMENTS_DIR }),
    ...(env.DATABASE_URL && { databaseUrl: env.DATABASE_URL }),
    config: { KIEMTRA_MODE: env.KIEMTRA_MODE },
  });
  const rows = manifest.tables.reduce((sum, t) => sum + t.rows, 0);
  write(`Đã sao lưu ${manifest.tables.length} bảng (${rows} dòng) vào ${directory}.`);
}

/** `kiemtra restore <thư mục> [--force]`: the backup back in place of this installation's data. */
export async function runRestore(
  database: DatabaseHandle,
  env: Env,
  directory: string,
  force: boolean,
  write: (line: string) => void,
): Promise<void> {
  const manifest = await restoreBackup({
    db: database.db,
    directory,
    force,
    ...(env.ATTACHMENTS_DIR && { attachmentsDir: env.ATTACHMENTS_DIR }),
  });
  write(
    `Đã khôi phục bản sao lưu ngày ${manifest.createdAt} (phiên bản ${manifest.appVersion}) từ ${directory}.`,
  );
}
