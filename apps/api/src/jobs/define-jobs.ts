import type { Database } from '@kiemtra/db';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { JobQueue } from './job-queue.js';

/** What job handlers are given: the API and the worker process build the same. */
export interface JobDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/**
 * Every job kiemtra runs, declared on the queue before it starts. The API and `kiemtra worker` both
 * call this, so that a job sent by one can be run by the other. Add a feature's jobs here.
 */
export function defineJobs(_queue: JobQueue, _deps: JobDeps): void {}
