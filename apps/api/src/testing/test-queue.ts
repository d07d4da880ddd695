import type { DatabaseHandle } from '@kiemtra/db';
import { createJobQueue, type JobQueue } from '../jobs/job-queue.js';

/** A job queue on a test database (PGlite, or the PostgreSQL copy when the run has DATABASE_URL). */
export function testQueue(
  database: Pick<DatabaseHandle, 'db' | 'kind' | 'pglite'> & { url: string | null },
  options: { workers?: boolean } = {},
): JobQueue {
  return createJobQueue({
    database,
    postgresUrl: database.url,
    workers: options.workers ?? true,
    pollingIntervalSeconds: 0.5,
    onError: (error) => console.error(`job queue error in a test: ${error.message}`),
  });
}

/** Waits until `check` holds, polling; fails after `timeoutMs`. */
export async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
