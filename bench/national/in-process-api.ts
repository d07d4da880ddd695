import {
  type AppRouter,
  buildServer,
  createCalendarProvider,
  createJobQueue,
  SESSION_COOKIE,
  systemClock,
} from '@kiemtra/api/embed';
import type { Database } from '@kiemtra/db';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { Kysely } from 'kysely';
import superjson from 'superjson';

export type Client = TRPCClient<AppRouter>;

export interface RunningApi {
  app: Awaited<ReturnType<typeof buildServer>>;
  url: string;
  /** Signs in through the API (demo password) and returns a client sending the session cookie. */
  signedIn(username: string): Promise<Client>;
  close(): Promise<void>;
}

export const DEMO_PASSWORD = 'kiemtra2024';

export function clientFor(url: string, headers: Record<string, string> = {}): Client {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${url}/trpc`, transformer: superjson, headers: () => headers })],
  });
}

/** The API as main.ts builds it, over `db`, listening on 127.0.0.1:`port`. */
export async function startApi(db: Kysely<Database>, port: number): Promise<RunningApi> {
  const app = await buildServer(
    {
      db,
      // The paths measured send no background job: the queue is there, never started.
      jobs: createJobQueue({ database: { db, kind: 'postgres' }, workers: false }),
      clock: systemClock,
      calendar: createCalendarProvider(),
      sessionTtlHours: 12,
      secureCookies: false,
    },
    { logLevel: 'warn' },
  );
  await app.listen({ host: '127.0.0.1', port });
  const url = `http://127.0.0.1:${port}`;
  return {
    app,
    url,
    async signedIn(username) {
      // The session token travels only in the Set-Cookie of the sign-in answer.
      const answer = await fetch(`${url}/trpc/auth.signIn`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ json: { username, password: DEMO_PASSWORD } }),
      });
      const cookie = answer.headers
        .getSetCookie()
        .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
        ?.split(';')[0];
      if (!cookie) throw new Error(`signing in as ${username} answered ${answer.status}`);
      return clientFor(url, { cookie });
    },
    close: () => app.close(),
  };
}
