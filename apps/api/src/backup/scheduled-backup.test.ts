import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseHandle } from '@kiemtra/db';
import { createTestDatabase } from '@kiemtra/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_QUEUE_SCHEMA, type JobQueue } from '../jobs/job-queue.js';
import { eventually, testQueue } from '../testing/test-queue.js';
import { backupsToPrune, scheduledBackupName } from './backup-retention.js';
import { applyBackupSchedule, BACKUP_JOB, defineBackupJob } from './scheduled-backup.js';

describe('which scheduled backups are kept', () => {
  it('names a backup by the time in Việt Nam', () => {
    expect(scheduledBackupName(new Date('2026-12-07T19:30:05Z'))).toBe('kiemtra-20261208-023005');
  });
  it('deletes the oldest scheduled backups beyond the number kept, and nothing else', () => {
    const names = [
      'kiemtra-20261203-023000',
      'tay-truoc-nang-cap',
      'kiemtra-20261201-023000',
      'kiemtra-20261202-023000',
    ];
    expect(backupsToPrune(names, 2)).toEqual(['kiemtra-20261201-023000']);
    expect(backupsToPrune(names, 3)).toEqual([]);
    expect(backupsToPrune(names, 1)).toEqual(['kiemtra-20261201-023000', 'kiemtra-20261202-023000']);
  });
});

describe('backup.scheduled on the queue', () => {
  let database: DatabaseHandle & { url: string | null };
  let queue: JobQueue;
  let directory: string;
  let now = new Date('2026-12-07T19:30:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    directory = await mkdtemp(join(tmpdir(), 'kiemtra-backups-'));
    queue = testQueue(database);
    defineBackupJob(queue, {
      db: database.db,
      databaseKind: database.kind,
      clock: { now: () => now },
      schedule: { cron: '30 2 * * *', directory, keep: 2 },
      config: { KIEMTRA_MODE: 'demo' },
    });
    await queue.start();
  });
  afterAll(async () => {
    await queue?.stop(5000);
    await database?.close();
    await rm(directory, { recursive: true, force: true });
  });

  const runBackup = async () => {
    const { id } = await queue.send(BACKUP_JOB, {});
    await eventually(async () => {
      const { rows } = await sql<{ state: string }>`
        SELECT state FROM ${sql.table(`${JOB_QUEUE_SCHEMA}.job`)} WHERE id = ${id}`.execute(database.db);
      return rows[0]?.state === 'completed';
    }, 60_000);
  };

  it('writes a backup into the directory and keeps only the newest, never touching a backup made by hand', async () => {
    // Two older scheduled backups, one made by hand, one left half-written (no manifest).
    for (const name of ['kiemtra-20261201-023000', 'kiemtra-20261202-023000', 'tay-truoc-nang-cap']) {
      await mkdir(join(directory, name));
      await writeFile(join(directory, name, 'manifest.json'), '{}');
    }
    await mkdir(join(directory, 'kiemtra-20261130-023000'));

    await runBackup();
    now = new Date('2026-12-08T19:30:00Z');
    await runBackup();

    expect((await readdir(directory)).sort()).toEqual([
      'kiemtra-20261130-023000',
      'kiemtra-20261208-023000',
      'kiemtra-20261209-023000',
      'tay-truoc-nang-cap',
    ]);
    const manifest = JSON.parse(
      await readFile(join(directory, 'kiemtra-20261209-023000', 'manifest.json'), 'utf8'),
    );
    expect(manifest.databaseKind).toBe(database.kind);
    expect(manifest.tables.map((t: { name: string }) => t.name)).toContain('plans');
  }, 120_000);

  it('puts the schedule of the environment in place, in Việt Nam’s time, and takes it away when unset', async () => {
    const schedules = async () =>
      (
        await sql<{ cron: string; timezone: string }>`
          SELECT cron, timezone FROM ${sql.table(`${JOB_QUEUE_SCHEMA}.schedule`)} WHERE name = ${BACKUP_JOB}`.execute(
          database.db,
        )
      ).rows;
    await applyBackupSchedule(queue, { cron: '30 2 * * *', directory, keep: 2 });
    expect(await schedules()).toEqual([{ cron: '30 2 * * *', timezone: 'Asia/Ho_Chi_Minh' }]);
    await applyBackupSchedule(queue, null);
    expect(await schedules()).toEqual([]);
  });
});
