import type { DatabaseHandle } from '@kiemtra/db';
import type { Env } from '../env.js';
import { createJobQueue, type JobQueue } from './job-queue.js';

/**
 * The queue as the environment configures it, on the database the process opened: in an API, the
 * workers run in it unless JOBS_WORKERS=off; a `kiemtra worker` process always runs them.
 */
export function jobQueueFromEnv(
  env: Pick<Env, 'DATABASE_URL' | 'JOBS_WORKERS'>,
  database: DatabaseHandle,
  role: 'api' | 'worker',
  onError: (error: Error) => void,
): JobQueue {
  return createJobQueue({
    database,
    postgresUrl: env.DATABASE_URL ?? null,
    workers: role === 'worker' || env.JOBS_WORKERS === 'in-process',
    onError,
  });
}
