import type { DatabaseHandle } from '@kiemtra/db';
import { createTestDatabase } from '@kiemtra/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, testQueue } from '../testing/test-queue.js';
import { dailyCron, JOB_QUEUE_SCHEMA, type JobQueue } from './job-queue.js';

let database: DatabaseHandle & { url: string | null };
let queue: JobQueue;
const ran: { name: string; data: unknown; attempt: number; key: string | null }[] = [];
let failuresLeft = 0;

function defineAll(q: JobQueue) {
  q.define<{ n: number }>({
    name: 'test.record',
    label: 'Ghi lại',
    handler: async (data, run) => {
      ran.push({ name: 'test.record', data, attempt: run.attempt, key: run.key });
    },
  });
  q.define<{ n: number }>({
    name: 'test.flaky',
    label: 'Thất thường',
    retry: { limit: 3, delaySeconds: 1, backoff: true, maxDelaySeconds: 2 },
    handler: async (data, run) => {
      ran.push({ name: 'test.flaky', data, attempt: run.attempt, key: run.key });
      if (failuresLeft-- > 0) throw new Error(`lỗi ở lần thử ${run.attempt}`);
    },
  });
  q.define<{ n: number }>({
    name: 'test.slow',
    label: 'Chậm',
    handler: async (data, run) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      ran.push({ name: 'test.slow', data, attempt: run.attempt, key: run.key });
    },
  });
}

const runsOf = (name: string) => ran.filter((r) => r.name === name);
async function stateOf(id: string): Promise<{ state: string; retry_count: number; output: unknown }> {
  const { rows } = await sql<{ state: string; retry_count: number; output: unknown }>`
    SELECT state, retry_count, output FROM ${sql.ref(`${JOB_QUEUE_SCHEMA}.job`)} WHERE id = ${id}`.execute(
    database.db,
  );
  if (!rows[0]) throw new Error(`no job ${id}`);
  return rows[0];
}

beforeAll(async () => {
  database = await createTestDatabase();
  queue = testQueue(database);
  defineAll(queue);
  await queue.start();
});
afterAll(async () => {
  await queue?.stop(5000);
  await database?.close();
});

describe('the job queue (pg-boss) on the test database', () => {
  it('runs a job sent, once per key however often it is sent', async () => {
    const first = await queue.send('test.record', { n: 1 }, { key: 'nhắc:u1:h1:5' });
    const again = await queue.send('test.record', { n: 2 }, { key: 'nhắc:u1:h1:5' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    await eventually(async () => (await stateOf(first.id)).state === 'completed');
    expect(runsOf('test.record')).toEqual([
      { name: 'test.record', data: { n: 1 }, attempt: 1, key: 'nhắc:u1:h1:5' },
    ]);
    // Still taken once the job is done.
    expect((await queue.send('test.record', { n: 3 }, { key: 'nhắc:u1:h1:5' })).created).toBe(false);
  });

  it('writes a job with the caller’s transaction: a rollback leaves none, a commit runs it', async () => {
    await expect(
      database.db.transaction().execute(async (trx) => {
        await queue.send('test.record', { n: 10 }, { key: 'rolled-back', trx });
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    const committed = await database.db
      .transaction()
      .execute(async (trx) => queue.send('test.record', { n: 11 }, { key: 'committed', trx }));
    await eventually(async () => (await stateOf(committed.id)).state === 'completed');
    expect(runsOf('test.record').map((r) => r.data)).toContainEqual({ n: 11 });
    expect(runsOf('test.record').map((r) => r.data)).not.toContainEqual({ n: 10 });
    // The rolled-back key was never taken.
    const resent = await queue.send('test.record', { n: 12 }, { key: 'rolled-back' });
    expect(resent.created).toBe(true);
  });

  it('retries a failing job with backoff, then completes it', async () => {
    failuresLeft = 2;
    const { id } = await queue.send('test.flaky', { n: 20 });
    await eventually(async () => (await stateOf(id)).state === 'completed', 30_000);
    expect(runsOf('test.flaky').map((r) => r.attempt)).toEqual([1, 2, 3]);
    expect((await stateOf(id)).retry_count).toBe(2);
  });

  it('fails a job for good after its last retry, keeping the error', async () => {
    failuresLeft = 100;
    const { id } = await queue.send('test.flaky', { n: 21 });
    await eventually(async () => (await stateOf(id)).state === 'failed', 40_000);
    const job = await stateOf(id);
    expect(job.retry_count).toBe(3);
    expect(JSON.stringify(job.output)).toContain('lỗi ở lần thử 4');
  }, 60_000);

  it('defers a job to its startAfter, moves it, and cancels it by key', async () => {
    const later = new Date(Date.now() + 3_600_000);
    const { id } = await queue.send('test.record', { n: 30 }, { key: 'later', startAfter: later });
    expect((await stateOf(id)).state).toBe('created');
    expect(await queue.reschedule('test.record', 'later', new Date(Date.now() + 7_200_000))).toBe(true);
    expect(await queue.cancel('test.record', 'later')).toBe(true);
    expect((await stateOf(id)).state).toBe('cancelled');
    expect(await queue.cancel('test.record', 'never-sent')).toBe(false);
  });

  it('keeps a daily schedule in the province’s time zone', async () => {
    await queue.schedule('test.record', dailyCron('02:30'), { n: 40 }, { key: 'daily' });
    const { rows } = await sql<{ cron: string; timezone: string }>`
      SELECT cron, timezone FROM ${sql.ref(`${JOB_QUEUE_SCHEMA}.schedule`)}
      WHERE name = 'test.record' AND key = 'daily'`.execute(database.db);
    expect(rows).toEqual([{ cron: '30 2 * * *', timezone: 'Asia/Ho_Chi_Minh' }]);
    await queue.unschedule('test.record', 'daily');
    expect(() => dailyCron('24:00')).toThrow();
  });

  it('lets a running job finish on stop, and a new queue on the same database does not run it again', async () => {
    const { id } = await queue.send('test.slow', { n: 50 }, { key: 'slow-once' });
    await eventually(async () => (await stateOf(id)).state === 'active');
    await queue.stop(10_000);
    expect((await stateOf(id)).state).toBe('completed');
    queue = testQueue(database);
    defineAll(queue);
    await queue.start();
    expect((await queue.send('test.slow', { n: 51 }, { key: 'slow-once' })).created).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(runsOf('test.slow')).toHaveLength(1);
  });

  it('refuses a job nobody defined', async () => {
    await expect(queue.send('test.unknown', {})).rejects.toThrow('no job is defined');
  });
});
