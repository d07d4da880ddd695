import { setUpTemplates } from '@kiemtra/db/testing/global-setup';
import type { TestProject } from 'vitest/node';
import { createJobQueue } from '../jobs/job-queue.js';

/**
 * The database template of packages/db, with the job queue's tables installed once (pg-boss installs
 * them on its first start, which takes seconds on PGlite): each test file's queue then starts at once.
 */
export default function setup(project: TestProject): Promise<() => Promise<void>> {
  return setUpTemplates(project, async (handle, url) => {
    const queue = createJobQueue({ database: handle, postgresUrl: url, workers: false });
    await queue.start();
    await queue.stop(1000);
  });
}
