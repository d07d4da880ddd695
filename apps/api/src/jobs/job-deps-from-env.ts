import type { DatabaseHandle } from '@kiemtra/db';
import { backupScheduleFromEnv } from '../backup/scheduled-backup.js';
import type { Clock } from '../clock.js';
import type { Env } from '../env.js';
import { mailerFromEnv } from '../mail/mailer-from-env.js';
import type { JobDeps } from './define-jobs.js';

/** The jobs' dependencies as the environment configures them (the API and `kiemtra worker` alike). */
export function jobDepsFromEnv(env: Env, database: DatabaseHandle, clock: Clock): JobDeps {
  return {
    db: database.db,
    clock,
    mailer: mailerFromEnv(env),
    publicOrigin: env.PUBLIC_ORIGIN,
    backup: {
      databaseKind: database.kind,
      schedule: backupScheduleFromEnv(env),
      ...(env.DATABASE_URL && { databaseUrl: env.DATABASE_URL }),
      ...(env.ATTACHMENTS_DIR && { attachmentsDir: env.ATTACHMENTS_DIR }),
      config: { KIEMTRA_MODE: env.KIEMTRA_MODE },
    },
  };
}
