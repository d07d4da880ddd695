import { type AttachmentStore, type DatabaseHandle, loadBinhDinh2024, loadReferenceData } from '@kiemtra/db';
import { createTestDatabase } from '@kiemtra/db/testing';
import type { AttachmentQuota } from '@kiemtra/domain';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { hashPassword } from '../auth/password.js';
import { SESSION_COOKIE } from '../auth/tokens.js';
import { createCalendarProvider } from '../calendar/calendar-provider.js';
import type { Clock } from '../clock.js';
import { defineJobs, type JobDeps } from '../jobs/define-jobs.js';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Mailer } from '../mail/mailer.js';
import { buildServer, type ServerOptions } from '../server.js';
import type { AppRouter } from '../trpc/root.js';
import { testQueue } from './test-queue.js';

export const DEMO_PASSWORD = 'kiemtra2024';

export interface TestServer {
  url: string;
  database: DatabaseHandle & { url: string | null };
  app: FastifyInstance;
  /** The server's job queue, started; its workers run only when the options ask (`jobWorkers`). */
  jobs: JobQueue;
  /** A client with no credentials. */
  anonymous: TRPCClient<AppRouter>;
  /** Signs in through the API and returns a client that sends the session cookie. */
  signedIn(username: string, password?: string): Promise<TRPCClient<AppRouter>>;
  withBearer(token: string): TRPCClient<AppRouter>;
  close(): Promise<void>;
}

export function clientFor(url: string, headers: Record<string, string> = {}): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${url}/trpc`, transformer: superjson, headers: () => headers })],
  });
}

export interface TestServerOptions {
  clock?: Clock;
  /**
   * The connection the server uses, when not the test database's own (e.g. through a proxy a
   * test breaks); the seed is loaded through the test database's connection first.
   */
  serverDatabase?: (database: DatabaseHandle & { url: string | null }) => Promise<DatabaseHandle>;
  attachmentStore?: AttachmentStore;
  attachmentQuota?: AttachmentQuota;
  /** Logging, metrics and the like, as main.ts sets them from the environment. */
  serverOptions?: ServerOptions;
  /** Run the job handlers in the test server (they are defined, and jobs can be sent, either way). */
  jobWorkers?: boolean;
  /** The SMTP transport the jobs send e-mail with (none: e-mail is off). */
  mailer?: Mailer;
  /** Retries other than the jobs' own, by job name. */
  jobRetry?: JobDeps['retry'];
}

/** Signs in with a plain tRPC call and returns the session cookie the API set (`name=token`). */
export async function sessionCookie(
  url: string,
  username: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { username, password } }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0];
  if (!cookie)
    throw new Error(`signing in as ${username} answered ${response.status} with no session cookie`);
  return cookie;
}

/** A real server on a free loopback port, over a fresh database with the 2024 seed loaded. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  await loadReferenceData(database.db);
  await loadBinhDinh2024(database.db, { hashPassword });
  const serverDatabase = options.serverDatabase ? await options.serverDatabase(database) : null;
  const clock = options.clock ?? { now: () => new Date() };
  const jobs = testQueue(database, { workers: options.jobWorkers ?? false });
  defineJobs(jobs, {
    db: database.db,
    clock,
    mailer: options.mailer ?? null,
    ...(options.jobRetry && { retry: options.jobRetry }),
  });
  await jobs.start();
  const app = await buildServer(
    {
      db: (serverDatabase ?? database).db,
      jobs,
      clock,
      calendar: createCalendarProvider(),
      sessionTtlHours: 12,
      secureCookies: false,
      ...(options.attachmentStore && { attachmentStore: options.attachmentStore }),
      ...(options.attachmentQuota && { attachmentQuota: options.attachmentQuota }),
    },
    { logLevel: 'silent', ...options.serverOptions },
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('the test server has no TCP address');
  const url = `http://127.0.0.1:${address.port}`;
  const anonymous = clientFor(url);
  return {
    url,
    database,
    app,
    jobs,
    anonymous,
    async signedIn(username, password = DEMO_PASSWORD) {
      return clientFor(url, { cookie: await sessionCookie(url, username, password) });
    },
    withBearer: (token) => clientFor(url, { authorization: `Bearer ${token}` }),
    async close() {
      await app.close();
      await jobs.stop(5000);
      await serverDatabase?.close();
      await database.close();
    },
  };
}
