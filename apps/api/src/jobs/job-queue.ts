// Background work on pg-boss 12.38.1 (pinned).
//
// Why pg-boss and not graphile-worker (issue 15 asks for one of the two, compared on our needs):
// - kiemtra must run on the embedded PGlite default (one in-process session, no pool, no server) as
//   well as on PostgreSQL. pg-boss takes any `{ executeSql(text, values) }` as its database and ships
//   a PGlite adapter and a `backend: 'pglite'` profile; it polls, LISTEN/NOTIFY is only an optional
//   latency hint. graphile-worker needs a node-postgres Pool (it checks out clients for its
//   transactions and holds one for LISTEN), so PGlite would need a fake pg Pool of our own making.
// - Enqueuing inside a procedure's own transaction: pg-boss's `send(…, { db })` runs the insert on
//   the caller's transaction (its Kysely adapter wraps ours), so a rolled-back act enqueues nothing.
//   graphile-worker can do it too (its add_job SQL function), but only on PostgreSQL.
// - Retries with exponential backoff per queue, deferred jobs (startAfter), cron schedules with a
//   time zone, jobs kept after completion or failure with their error (for the administrator's page),
//   graceful stop that lets running jobs finish: built in, in both, but pg-boss needs no second pool.
import type { Database, DatabaseHandle } from '@kiemtra/db';
import type { Kysely } from 'kysely';
import { fromKysely, type JobWithMetadata, PgBoss } from 'pg-boss';
import { jobIdForKey } from './job-key.js';
import { pgliteQueueDb } from './pglite-queue-db.js';

/** The PostgreSQL schema pg-boss keeps its tables in (it installs and migrates them itself on start). */
export const JOB_QUEUE_SCHEMA = 'pgboss';
/** Schedules are read in the province's time. */
export const JOB_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** A finished or failed job is kept this long (the page shows it; its key stays taken as long). */
export const FINISHED_JOB_KEEP_DAYS = 90;
/** A job may wait this long for its startAfter before pg-boss gives up on it (reminders months ahead). */
const PENDING_JOB_KEEP_DAYS = 400;
const DAY_SECONDS = 86_400;

export interface RetryPolicy {
  /** Retries after the first attempt; the job is failed after the last one. */
  limit: number;
  /** Wait before the first retry, in seconds; doubled each time (with some jitter) when backoff is on. */
  delaySeconds: number;
  backoff: boolean;
  /** The longest wait between two attempts, in seconds. */
  maxDelaySeconds?: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  limit: 5,
  delaySeconds: 30,
  backoff: true,
  maxDelaySeconds: 3600,
};

export interface JobRun {
  id: string;
  /** 1 for the first attempt, 2 for the first retry… */
  attempt: number;
  key: string | null;
  /** Aborted when the job outlives its expireInSeconds. */
  signal: AbortSignal;
}

export interface JobDefinition<T extends object = object> {
  /** Dotted, e.g. `email.send`. */
  name: string;
  /** What the administrator's page calls it, in Vietnamese, e.g. "Gửi thư điện tử" (its name when not given). */
  label?: string;
  /**
   * Throwing fails this attempt (the error is kept on the job); it is retried as `retry` says. An
   * object it answers is kept as the job's result (shown to the administrator).
   */
  handler: (data: T, run: JobRun) => Promise<object | undefined>;
  retry?: RetryPolicy;
  /** How long one attempt may run before it counts as failed. 15 minutes when not given. */
  expireInSeconds?: number;
  /** Jobs of this name run at once in one process. 1 when not given. */
  concurrency?: number;
}

/** A transaction (or the database) the job is written with: `trx` inside `db.transaction().execute`. */
export type JobWriter = Kysely<Database>;

export interface SendOptions {
  /**
   * A stable key (who, what, which step): a second send with the same name and key, however late,
   * after a crash or from another process, adds nothing while the first job is kept.
   */
  key?: string;
  /** Not run before this time. */
  startAfter?: Date;
  /**
   * The transaction the job is part of: written with it, gone if it rolls back. Always pass it when
   * sending from inside a transaction: on PGlite a send outside it waits for the transaction's end.
   */
  trx?: JobWriter;
}

export interface JobQueue {
  /** Declares a job (before start). Its handler runs only where workers run. */
  define<T extends object>(definition: JobDefinition<T>): void;
  /** Enqueues; answers the job's id and whether this call created it (false: the key was taken). */
  send<T extends object>(
    name: string,
    data: T,
    options?: SendOptions,
  ): Promise<{ id: string; created: boolean }>;
  /** Cancels the pending job sent under this key; false when there is none (already run, or never sent). */
  cancel(name: string, key: string, options?: { trx?: JobWriter }): Promise<boolean>;
  /** Moves the pending job sent under this key to a new time; false when there is none. */
  reschedule(name: string, key: string, startAfter: Date, options?: { trx?: JobWriter }): Promise<boolean>;
  /**
   * Sends `name` with `data` on a cron expression (5 fields, Asia/Ho_Chi_Minh), e.g. `0 2 * * *` for
   * every day at 02:00. One schedule per name and key: scheduling again replaces it. A time missed
   * while no worker ran is sent once when one is back.
   */
  schedule<T extends object>(name: string, cron: string, data: T, options?: { key?: string }): Promise<void>;
  unschedule(name: string, key?: string): Promise<void>;
  start(): Promise<void>;
  /** Stops fetching; running jobs get `timeoutMs` to finish, then the queue's connections close. */
  stop(timeoutMs: number): Promise<void>;
  /** Whether this process runs the handlers (false in an API whose workers run elsewhere). */
  readonly runsWorkers: boolean;
  /** The names defined, in definition order. */
  readonly names: readonly string[];
  /** The Vietnamese label of a defined job; the name itself for one not defined here. */
  labelOf(name: string): string;
}

export interface JobQueueOptions {
  database: Pick<DatabaseHandle, 'db' | 'kind' | 'pglite'>;
  /**
   * PostgreSQL: pg-boss's own small pool on this URL (needed to start on PostgreSQL; a queue that is
   * never started, as in the benchmarks, needs none: sending on it fails).
   */
  postgresUrl?: string | null;
  /** Run the handlers, the schedules and pg-boss's upkeep in this process. */
  workers: boolean;
  /** How often an idle worker looks for jobs (seconds, ≥ 0.5). 2 when not given. */
  pollingIntervalSeconds?: number;
  /** Told about errors pg-boss meets in the background (a lost connection, a failed upkeep). */
  onError?: (error: Error) => void;
}

/** How a `HH:MM` time of day reads as a cron expression. */
export function dailyCron(timeOfDay: string): string {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(timeOfDay);
  if (!match) throw new Error(`"${timeOfDay}" is not a HH:MM time of day`);
  return `${Number(match[2])} ${Number(match[1])} * * *`;
}

export function createJobQueue(options: JobQueueOptions): JobQueue {
  const { database, workers } = options;
  const definitions = new Map<string, JobDefinition<object>>();
  const pglite = database.pglite;
  const boss = new PgBoss({
    schema: JOB_QUEUE_SCHEMA,
    ...(database.kind === 'pglite' && pglite
      ? { db: pgliteQueueDb(database.db, pglite), backend: 'pglite' as const }
      : { connectionString: options.postgresUrl ?? undefined, max: 4, application_name: 'kiemtra-jobs' }),
    // Upkeep (expiring, retrying, deleting old jobs) and cron schedules run where the workers run.
    supervise: workers,
    schedule: workers,
    openTelemetry: { enabled: false },
    instanceName: workers ? 'kiemtra-worker' : 'kiemtra-api',
  });
  boss.on('error', (error) => options.onError?.(error));
  let started = false;
  let everStarted = false;

  const known = (name: string) => {
    if (!started) throw new Error(`the job queue is not started (job ${name})`);
    if (!definitions.has(name)) throw new Error(`no job is defined under the name ${name}`);
  };
  const via = (trx: JobWriter | undefined) => (trx ? { db: fromKysely(trx) } : {});

  return {
    runsWorkers: workers,
    get names() {
      return [...definitions.keys()];
    },
    labelOf: (name) => definitions.get(name)?.label ?? name,
    define(definition) {
      if (started) throw new Error(`job ${definition.name} is defined after the queue started`);
      if (definitions.has(definition.name)) throw new Error(`job ${definition.name} is defined twice`);
      definitions.set(definition.name, definition as unknown as JobDefinition<object>);
    },
    async start() {
      if (database.kind === 'postgres' && !options.postgresUrl)
        throw new Error('the job queue on PostgreSQL needs the database URL');
      everStarted = true;
      await boss.start();
      started = true;
      for (const definition of definitions.values()) {
        const retry = definition.retry ?? DEFAULT_RETRY;
        const queueOptions = {
          retryLimit: retry.limit,
          retryDelay: retry.delaySeconds,
          retryBackoff: retry.backoff,
          ...(retry.maxDelaySeconds !== undefined && { retryDelayMax: retry.maxDelaySeconds }),
          expireInSeconds: definition.expireInSeconds ?? 900,
          deleteAfterSeconds: FINISHED_JOB_KEEP_DAYS * DAY_SECONDS,
          retentionSeconds: PENDING_JOB_KEEP_DAYS * DAY_SECONDS,
        };
        // Creating also loads the queue into pg-boss's cache, so a send inside a transaction never
        // has to read the queue table on another connection (on PGlite: wait for itself).
        await boss.createQueue(definition.name, queueOptions);
        const { retryDelayMax: _fixedAtCreation, ...updatable } = queueOptions;
        await boss.updateQueue(definition.name, updatable);
      }
      if (!workers) return;
      for (const definition of definitions.values()) {
        await boss.work<
          object,
          unknown,
          { includeMetadata: true; localConcurrency: number; pollingIntervalSeconds: number }
        >(
          definition.name,
          {
            includeMetadata: true,
            localConcurrency: definition.concurrency ?? 1,
            pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
          },
          // One job per fetch (pg-boss's default batch of 1): the handler's answer is the job's result.
          async ([job]: JobWithMetadata<object>[]) =>
            job &&
            definition.handler(job.data, {
              id: job.id,
              attempt: job.retryCount + 1,
              key: job.singletonKey,
              signal: job.signal,
            }),
        );
      }
    },
    async stop(timeoutMs) {
      started = false;
      if (!everStarted) return;
      await boss.stop({ graceful: true, timeout: timeoutMs, close: true });
    },
    async send(name, data, sendOptions = {}) {
      known(name);
      const id = sendOptions.key ? jobIdForKey(name, sendOptions.key) : null;
      const created = await boss.send(name, data, {
        ...(id && sendOptions.key && { id, singletonKey: sendOptions.key }),
        ...(sendOptions.startAfter && { startAfter: sendOptions.startAfter }),
        ...via(sendOptions.trx),
      });
      if (created) return { id: created, created: true };
      if (id) return { id, created: false };
      throw new Error(`job ${name} was not created`);
    },
    async cancel(name, key, cancelOptions = {}) {
      known(name);
      const result = await boss.cancel(name, jobIdForKey(name, key), via(cancelOptions.trx));
      return (result as { affected?: number }).affected === 1;
    },
    async reschedule(name, key, startAfter, rescheduleOptions = {}) {
      known(name);
      const result = await boss.update(name, undefined, {
        id: jobIdForKey(name, key),
        startAfter,
        ...via(rescheduleOptions.trx),
      });
      return result.updated === 1;
    },
    async schedule(name, cron, data, scheduleOptions = {}) {
      known(name);
      await boss.schedule(name, cron, data, {
        tz: JOB_TIME_ZONE,
        missed: 'once',
        ...(scheduleOptions.key && { key: scheduleOptions.key }),
      });
    },
    async unschedule(name, key) {
      known(name);
      await boss.unschedule(name, key);
    },
  };
}
