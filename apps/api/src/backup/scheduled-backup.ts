import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createBackup, type Database, MANIFEST_FILE } from '@kiemtra/db';
import { KIEMTRA_VERSION } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Env } from '../env.js';
import { dailyCron, type JobQueue, type RetryPolicy } from '../jobs/job-queue.js';
import { backupsToPrune, scheduledBackupName } from './backup-retention.js';

export const BACKUP_JOB = 'backup.scheduled';
const SCHEDULE_KEY = 'default';

/** A failed backup (a full disk, PostgreSQL away) is tried again twice, 10 then 20 minutes later. */
export const BACKUP_RETRY: RetryPolicy = {
  limit: 2,
  delaySeconds: 600,
  backoff: true,
  maxDelaySeconds: 1200,
};

export interface BackupSchedule {
  /** A five-field cron expression in Asia/Ho_Chi_Minh. */
  cron: string;
  directory: string;
  keep: number;
}

/** BACKUP_SCHEDULE (HH:MM or cron), BACKUP_DIR and BACKUP_KEEP; null when no schedule is set. */
export function backupScheduleFromEnv(
  env: Pick<Env, 'BACKUP_SCHEDULE' | 'BACKUP_DIR' | 'BACKUP_KEEP'>,
): BackupSchedule | null {
  if (!env.BACKUP_SCHEDULE || !env.BACKUP_DIR) return null;
  const cron = /^\d{2}:\d{2}$/.test(env.BACKUP_SCHEDULE)
    ? dailyCron(env.BACKUP_SCHEDULE)
    : env.BACKUP_SCHEDULE;
  return { cron, directory: env.BACKUP_DIR, keep: env.BACKUP_KEEP };
}

export interface BackupJobDeps {
  db: Kysely<Database>;
  databaseKind: 'postgres' | 'pglite';
  clock: Clock;
  schedule: BackupSchedule | null;
  /** PostgreSQL: pg_dump's URL. */
  databaseUrl?: string;
  attachmentsDir?: string;
  config: Record<string, string>;
}

/**
 * `backup.scheduled`: the same backup as `kiemtra backup`, into BACKUP_DIR/kiemtra-YYYYMMDD-HHMMSS,
 * then the scheduled backups beyond the newest BACKUP_KEEP are deleted. A backup that fails leaves
 * no half-written directory behind.
 */
export function defineBackupJob(
  queue: JobQueue,
  deps: BackupJobDeps,
  retry: RetryPolicy = BACKUP_RETRY,
): void {
  queue.define<Record<string, never>>({
    name: BACKUP_JOB,
    label: 'Sao lưu định kỳ',
    retry,
    expireInSeconds: 3600,
    handler: async () => {
      const schedule = deps.schedule;
      if (!schedule)
        throw new Error('Chưa cấu hình sao lưu định kỳ (BACKUP_SCHEDULE, BACKUP_DIR) ở tiến trình này.');
      const name = scheduledBackupName(deps.clock.now());
      const directory = join(schedule.directory, name);
      try {
        const manifest = await createBackup({
          db: deps.db,
          databaseKind: deps.databaseKind,
          directory,
          appVersion: KIEMTRA_VERSION,
          now: deps.clock.now(),
          ...(deps.attachmentsDir && { attachmentsDir: deps.attachmentsDir }),
          ...(deps.databaseUrl && { databaseUrl: deps.databaseUrl }),
          config: deps.config,
        });
        const pruned = await pruneScheduledBackups(schedule.directory, schedule.keep);
        return { directory, tables: manifest.tables.length, pruned };
      } catch (error) {
        await rm(directory, { recursive: true, force: true });
        throw error;
      }
    },
  });
}

/** Deletes the complete scheduled backups beyond the newest `keep`; answers the names deleted. */
export async function pruneScheduledBackups(directory: string, keep: number): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(directory, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const complete = await stat(join(directory, entry.name, MANIFEST_FILE)).then(
      () => true,
      () => false,
    );
    if (complete) names.push(entry.name);
  }
  const pruned = backupsToPrune(names, keep);
  for (const name of pruned) await rm(join(directory, name), { recursive: true, force: true });
  return pruned;
}

/** Puts the schedule the environment says in place (or takes a stale one away), once the queue started. */
export async function applyBackupSchedule(queue: JobQueue, schedule: BackupSchedule | null): Promise<void> {
  if (schedule) await queue.schedule(BACKUP_JOB, schedule.cron, {}, { key: SCHEDULE_KEY });
  else await queue.unschedule(BACKUP_JOB, SCHEDULE_KEY);
}
