import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:net';
import { type DatabaseHandle, openDatabase } from '@kiemtra/db';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarProvider } from './calendar/calendar-provider.js';
import { createJobQueue } from './jobs/job-queue.js';
import { buildServer } from './server.js';
import { rejection } from './testing/rejection.js';
import { clientFor } from './testing/test-server.js';

// No PostgreSQL is needed: one port where nothing listens (refused), one where a server accepts
// and hangs up at once (a database that refuses the session).
const servers: { app: FastifyInstance; database: DatabaseHandle; url: string }[] = [];
let hangsUp: Server;

async function apiOver(databasePort: number) {
  const url = `postgres://postgres@127.0.0.1:${databasePort}/kiemtra`;
  const database = await openDatabase({ kind: 'postgres', url, timeouts: { connectMs: 1000 } });
  const app = await buildServer(
    {
      db: database.db,
      // Never started: no database to start it on.
      jobs: createJobQueue({ database, postgresUrl: url, workers: false }),
      clock: { now: () => new Date() },
      calendar: createCalendarProvider(),
      sessionTtlHours: 12,
      secureCookies: false,
    },
    { logLevel: 'silent' },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  const server = { app, database, url: `http://127.0.0.1:${address.port}` };
  servers.push(server);
  return server;
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  return address.port;
}

let refused: string;
let hungUp: string;
beforeAll(async () => {
  refused = (await apiOver(await closedPort())).url;
  hangsUp = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => hangsUp.listen(0, '127.0.0.1', resolve));
  const address = hangsUp.address();
  if (address === null || typeof address === 'string') throw new Error('no TCP address');
  hungUp = (await apiOver(address.port)).url;
});
afterAll(async () => {
  for (const { app, database } of servers) {
    await app.close();
    await database.close();
  }
  await new Promise((resolve) => hangsUp?.close(resolve));
});

const UNAVAILABLE = /^Hệ thống tạm thời không kết nối được cơ sở dữ liệu\. Vui lòng thử lại sau ít phút/;

describe('a database that cannot be reached or refuses', () => {
  for (const [what, url] of [
    ['nothing listens on its port', () => refused],
    ['it hangs up on every connection', () => hungUp],
  ] as const) {
    describe(what, () => {
      it('answers a tRPC call 503 with the Vietnamese reason, not 500', async () => {
        const error = await rejection(
          clientFor(url()).auth.signIn.mutate({ username: 'sct', password: 'kiemtra2024' }),
        );
        expect(error.data?.httpStatus).toBe(503);
        expect(error.data?.code).toBe('SERVICE_UNAVAILABLE');
        expect(error.message).toMatch(UNAVAILABLE);
      });

      it('answers 503 while reading the session of a signed-in person', async () => {
        const error = await rejection(clientFor(url(), { cookie: 'kiemtra_session=abc' }).auth.me.query());
        expect(error.data?.httpStatus).toBe(503);
        expect(error.message).toMatch(UNAVAILABLE);
      });

      it('answers 503 on the file and document routes too', async () => {
        const headers = { cookie: 'kiemtra_session=abc' };
        for (const path of [
          `/files/attachments/${randomUUID()}`,
          `/documents/inspections/${randomUUID()}/conclusion-notice.docx`,
        ]) {
          const response = await fetch(`${url()}${path}`, { headers });
          expect(response.status, path).toBe(503);
          expect(((await response.json()) as { message: string }).message).toMatch(UNAVAILABLE);
        }
      });

      it('answers /ready 503 as before', async () => {
        const response = await fetch(`${url()}/ready`);
        expect(response.status).toBe(503);
        expect(await response.json()).toEqual({
          status: 'not_ready',
          database: 'Không kết nối được cơ sở dữ liệu.',
        });
      });
    });
  }
});
