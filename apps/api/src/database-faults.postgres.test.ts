import { openDatabase } from '@kiemtra/db';
import type { TRPCClient } from '@trpc/client';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from './testing/rejection.js';
import { startTcpProxy, type TcpProxy } from './testing/tcp-proxy.js';
import { startTestServer, type TestServer } from './testing/test-server.js';
import type { AppRouter } from './trpc/root.js';

// The API reaches PostgreSQL through a proxy the tests break; the seed goes in directly first.
let server: TestServer;
let proxy: TcpProxy;
let admin: pg.Client;
let databaseName: string;
let sct: TRPCClient<AppRouter>;
let inspectionId: string;
const connectionErrors: Error[] = [];

beforeAll(async () => {
  server = await startTestServer({
    clock: { now: () => new Date('2024-04-25T03:00:00Z') },
    serverDatabase: async (database) => {
      if (!database.url) throw new Error('these tests need PostgreSQL (DATABASE_URL)');
      const direct = new URL(database.url);
      databaseName = direct.pathname.slice(1);
      proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
      const viaProxy = new URL(database.url);
      viaProxy.host = `127.0.0.1:${proxy.port}`;
      return openDatabase({
        kind: 'postgres',
        url: viaProxy.toString(),
        onConnectionError: (error) => connectionErrors.push(error),
      });
    },
  });
  admin = new pg.Client({ connectionString: server.database.url ?? '' });
  await admin.connect();
  sct = await server.signedIn('sct');
  inspectionId =
    (await sct.inspections.list.query()).items.find((i) => i.orgUnitName.includes('Công Thương'))?.id ?? '';
});
afterAll(async () => {
  await admin?.end();
  await server?.close();
  await proxy?.close();
});

/** Ends the API's sessions from the server side, as an administrator or a failover would. */
async function terminateApiBackends(): Promise<number> {
  const { rows } = await admin.query<{ ended: boolean }>(
    `SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity
     WHERE datname = $1 AND pid <> pg_backend_pid()`,
    [databaseName],
  );
  return rows.filter((r) => r.ended).length;
}

const timed = async <T>(work: () => Promise<T>) => {
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000 };
};

const answerOf = (narrative: string, expectedVersion = 0) => ({
  inspectionId,
  itemCode: 'I.1.a',
  narrative: `<p>${narrative}</p>`,
  figures: {},
  expectedVersion,
});

describe('the API survives lost PostgreSQL connections and reconnects by itself', () => {
  it('keeps answering after PostgreSQL ends its idle connections (pg_terminate_backend)', async () => {
    await Promise.all([sct.auth.me.query(), sct.inspections.list.query(), sct.auth.me.query()]);
    expect(await terminateApiBackends()).toBeGreaterThan(0);
    // The pool hears of it between requests; nothing must end the process.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connectionErrors.length).toBeGreaterThan(0);
    expect((await sct.auth.me.query()).username).toBe('sct');
    expect((await fetch(`${server.url}/ready`)).status).toBe(200);
  });

  it('answers 503 to the request whose busy connection was ended, then serves the next one', async () => {
    // A lock held by another session keeps the API's statement waiting on the server (while it is
    // parsed, so pg_stat_activity still shows the previous statement's text).
    await admin.query('BEGIN');
    await admin.query('LOCK TABLE sessions IN ACCESS EXCLUSIVE MODE');
    const waiting = rejection(sct.auth.me.query());
    try {
      await waitFor(async () => {
        const { rows } = await admin.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'`,
          [databaseName],
        );
        return (rows[0]?.n ?? 0) > 0;
      });
      await terminateApiBackends();
    } finally {
      await admin.query('ROLLBACK');
    }
    const error = await waiting;
    expect(error.data?.httpStatus).toBe(503);
    expect(error.message).toMatch(/không kết nối được cơ sở dữ liệu/);
    // An idle connection ended in the same instant may serve one more 503 before the pool hears.
    await waitFor(async () => (await fetch(`${server.url}/ready`)).status === 200);
    expect((await sct.auth.me.query()).username).toBe('sct');
  });

  it('answers 503 when the connection drops at COMMIT, keeps nothing of it, and saves on retry', async () => {
    proxy.cutAt('commit');
    const error = await rejection(sct.reports.saveAnswer.mutate(answerOf('Mất kết nối lúc ghi')));
    expect(error.data?.httpStatus).toBe(503);
    const { rows } = await admin.query('SELECT 1 FROM report_answers WHERE narrative LIKE $1', [
      '%Mất kết nối lúc ghi%',
    ]);
    expect(rows).toHaveLength(0);
    const saved = await sct.reports.saveAnswer.mutate(answerOf('Lưu lại sau khi có kết nối'));
    expect(saved.version).toBe(1);
  });

  it('comes back after every connection is cut at once (a network drop)', async () => {
    await Promise.all([sct.auth.me.query(), sct.inspections.list.query()]);
    proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await sct.auth.me.query()).username).toBe('sct');
    expect((await sct.inspections.list.query()).items.length).toBeGreaterThan(0);
  });
});

describe('a network partition between the API and PostgreSQL', () => {
  it('answers 503 in Vietnamese within seconds, keeps /ready answering, and recovers when it heals', async () => {
    await Promise.all([sct.auth.me.query(), sct.inspections.list.query()]);
    proxy.partition();
    try {
      const [read, write, ready] = await Promise.all([
        timed(() => rejection(sct.auth.me.query())),
        timed(() => rejection(sct.reports.saveAnswer.mutate(answerOf('Trong lúc mất mạng', 1)))),
        timed(() => fetch(`${server.url}/ready`)),
      ]);
      for (const { result } of [read, write]) {
        expect(result.data?.httpStatus).toBe(503);
        expect(result.message).toMatch(/không kết nối được cơ sở dữ liệu/);
      }
      // The statement timeout (4 s) and the client's own (5 s) bound the wait, not the partition.
      expect(Math.max(read.seconds, write.seconds)).toBeLessThan(15);
      expect(ready.result.status).toBe(503);
      expect(ready.seconds).toBeLessThan(5);
    } finally {
      proxy.heal();
    }
    await waitFor(async () => (await fetch(`${server.url}/ready`)).status === 200);
    expect((await sct.auth.me.query()).username).toBe('sct');
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('the condition did not become true in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
