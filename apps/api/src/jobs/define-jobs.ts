import type { Database } from '@kiemtra/db';
import type { Kysely } from 'kysely';
import { type BackupJobDeps, defineBackupJob } from '../backup/scheduled-backup.js';
import type { Clock } from '../clock.js';
import { defineEmailJob } from '../mail/email-job.js';
import type { Mailer } from '../mail/mailer.js';
import { defineNotificationJobs } from '../notifications/notification-jobs.js';
import type { JobQueue, RetryPolicy } from './job-queue.js';

/** What job handlers are given: the API and the worker process build the same (job-deps-from-env.ts). */
export interface JobDeps {
  db: Kysely<Database>;
  clock: Clock;
  /** The SMTP transport; null when SMTP is not configured (e-mails are then not sent). */
  mailer: Mailer | null;
  /** The portal's address (PUBLIC_ORIGIN), for the links in e-mails. */
  publicOrigin?: string;
  /** Scheduled backups: where and how; absent where none are configured (the job then fails, saying so). */
  backup?: Omit<BackupJobDeps, 'db' | 'clock'>;
  /** A job's retries other than its own default, by job name (tests retry in seconds, not minutes). */
  retry?: Partial<Record<string, RetryPolicy>>;
}

/**
 * Every job kiemtra runs, declared on the queue before it starts. The API and `kiemtra worker` both
 * call this, so that a job sent by one can be run by the other. Add a feature's jobs here.
 */
export function defineJobs(queue: JobQueue, deps: JobDeps): void {
  defineEmailJob(queue, deps.mailer, deps.retry?.['email.send']);
  defineNotificationJobs(queue, deps);
  defineBackupJob(
    queue,
    { db: deps.db, clock: deps.clock, databaseKind: 'pglite', schedule: null, config: {}, ...deps.backup },
    deps.retry?.['backup.scheduled'],
  );
}
