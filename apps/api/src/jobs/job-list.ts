import type { Database } from '@kiemtra/db';
import {
  encodeJobCursor,
  JOB_PAGE_SIZE,
  JOB_STATE_GROUPS,
  type JobCursor,
  type JobStateGroup,
} from '@kiemtra/domain';
import { type Kysely, sql } from 'kysely';
import { JOB_QUEUE_SCHEMA } from './job-queue.js';

export interface JobRow {
  id: string;
  name: string;
  state: string;
  key: string | null;
  retryCount: number;
  retryLimit: number;
  output: unknown;
  createdOn: Date;
  startAfter: Date;
  startedOn: Date | null;
  completedOn: Date | null;
}

export interface JobListFilter {
  /** The jobs kiemtra defines (pg-boss's own internal queues are not shown). */
  names: readonly string[];
  /** A job whose data names another province is not shown; one that names none is. */
  tenantId: string;
  state: JobStateGroup;
  name?: string;
  after?: JobCursor;
}

const job = sql.table(`${JOB_QUEUE_SCHEMA}.job`);
const visible = (filter: Pick<JobListFilter, 'names' | 'tenantId'>) =>
  sql`name = ANY(${[...filter.names]}::text[])
    AND (data->>'tenantId' IS NULL OR data->>'tenantId' = ${filter.tenantId})`;

/**
 * One page of the job library's table, newest first (keyset on creation instant and id), read
 * straight from pg-boss's schema: its `job` table is the queue's truth, on PGlite and PostgreSQL.
 */
export async function listJobs(
  db: Kysely<Database>,
  filter: JobListFilter,
): Promise<{ jobs: JobRow[]; nextCursor: string | null }> {
  const states = [...JOB_STATE_GROUPS[filter.state]];
  const { rows } = await sql<JobRow & { cursorAt: string }>`
    SELECT id, name, state::text AS state, singleton_key AS key, retry_count AS "retryCount",
           retry_limit AS "retryLimit", output, created_on AS "createdOn", start_after AS "startAfter",
           started_on AS "startedOn", completed_on AS "completedOn",
           to_char(created_on AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"
    FROM ${job}
    WHERE ${visible(filter)}
      AND state::text = ANY(${states}::text[])
      ${filter.name ? sql`AND name = ${filter.name}` : sql``}
      ${filter.after ? sql`AND (created_on, id) < (${filter.after.at}::timestamptz, ${filter.after.id}::uuid)` : sql``}
    ORDER BY created_on DESC, id DESC
    LIMIT ${JOB_PAGE_SIZE + 1}`.execute(db);
  const page = rows.slice(0, JOB_PAGE_SIZE);
  const last = page.at(-1);
  return {
    jobs: page.map(({ cursorAt: _cursor, ...row }) => ({
      ...row,
      createdOn: new Date(row.createdOn),
      startAfter: new Date(row.startAfter),
      startedOn: row.startedOn ? new Date(row.startedOn) : null,
      completedOn: row.completedOn ? new Date(row.completedOn) : null,
    })),
    nextCursor:
      rows.length > JOB_PAGE_SIZE && last ? encodeJobCursor({ at: last.cursorAt, id: last.id }) : null,
  };
}

/** How many jobs are in each state group, per job name (the page's tabs, and /metrics). */
export async function countJobs(
  db: Kysely<Database>,
  filter: Pick<JobListFilter, 'names' | 'tenantId'> | { names: readonly string[]; tenantId: null },
): Promise<{ name: string; state: string; count: number }[]> {
  const { rows } = await sql<{ name: string; state: string; count: string | number }>`
    SELECT name, state::text AS state, count(*) AS count FROM ${job}
    WHERE ${
      filter.tenantId === null
        ? sql`name = ANY(${[...filter.names]}::text[])`
        : visible({ names: filter.names, tenantId: filter.tenantId })
    }
    GROUP BY name, state`.execute(db);
  return rows.map((r) => ({ name: r.name, state: r.state, count: Number(r.count) }));
}
