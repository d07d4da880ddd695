import { migrateToLatest } from '@kiemtra/db';
import { applyBackupSchedule } from '../backup/scheduled-backup.js';
import { systemClock } from '../clock.js';
import { openDatabaseFromEnv } from '../database-from-env.js';
import type { Env } from '../env.js';
import { defineJobs } from '../jobs/define-jobs.js';
import { jobDepsFromEnv } from '../jobs/job-deps-from-env.js';
import { jobQueueFromEnv } from '../jobs/queue-from-env.js';
import { CliFailure } from './cli-failure.js';

export const WORKER_NEEDS_POSTGRES =
  'Tiến trình worker riêng chỉ dùng với PostgreSQL (đặt DATABASE_URL): cơ sở dữ liệu PGlite chỉ mở được trong một tiến trình, nên API tự chạy công việc nền.';

/**
 * `kiemtra worker`: runs the background jobs alone, beside APIs started with JOBS_WORKERS=off. On
 * SIGTERM (or Ctrl-C) it takes no new job, lets the running ones finish within SHUTDOWN_TIMEOUT_MS,
 * closes the database and exits 0; past the timeout it exits 1.
 */
export async function runWorker(env: Env, write: (line: string) => void): Promise<void> {
  if (!env.DATABASE_URL) throw new CliFailure(WORKER_NEEDS_POSTGRES, 2);
  const setup = await openDatabaseFromEnv(env, 'setup');
  try {
    await migrateToLatest(setup.db);
  } finally {
    await setup.close();
  }
  const database = await openDatabaseFromEnv(env, 'serve');
  const jobs = jobQueueFromEnv(env, database, 'worker', (error) =>
    console.error(`Lỗi hàng đợi công việc nền: ${error.message}`),
  );
  const jobDeps = jobDepsFromEnv(env, database, systemClock);
  const mailer = jobDeps.mailer;
  defineJobs(jobs, jobDeps);
  await jobs.start();
  await applyBackupSchedule(jobs, jobDeps.backup?.schedule ?? null);
  write(
    `Worker sẵn sàng: chạy ${jobs.names.length} loại công việc nền (${jobs.names.join(', ') || 'chưa có'}).`,
  );

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      write(`${signal}: đang dừng worker, chờ các công việc đang chạy xong…`);
      setTimeout(() => {
        console.error(`các công việc chưa xong sau ${env.SHUTDOWN_TIMEOUT_MS} ms: dừng hẳn`);
        process.exit(1);
      }, env.SHUTDOWN_TIMEOUT_MS).unref();
      await jobs.stop(Math.max(1000, env.SHUTDOWN_TIMEOUT_MS - 500));
      mailer?.close();
      await database.close();
      write('Worker đã dừng');
      resolve();
    };
    process.on('SIGINT', () => void stop('SIGINT'));
    process.on('SIGTERM', () => void stop('SIGTERM'));
  });
}
