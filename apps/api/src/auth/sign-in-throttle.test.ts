import { SIGN_IN_THROTTLE } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarProvider } from '../calendar/calendar-provider.js';
import { SIGN_IN_BATCH_REFUSED_MESSAGE } from '../server.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../testing/test-server.js';
import { SESSION_COOKIE } from './tokens.js';

// Issue 18, "Sign-in". The clock stands still: no delay ever runs out during a test.
const NOW = new Date('2024-06-06T02:00:00Z');
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => NOW } });
});
afterAll(async () => server?.close());

function signInRequest(username: string, password: string, from?: string, url = server.url) {
  return fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ json: { username, password } }),
  });
}

const attemptsOf = async (username: string) =>
  Number(
    (
      await server.database.db
        .selectFrom('sign_in_attempts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('the sign-in throttle', () => {
  it('checks at most the free number of passwords out of 200 concurrent guesses', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => signInRequest('sct', 'doan-sai', '10.0.0.7')),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(SIGN_IN_THROTTLE.freeFailuresPerPair);
    expect(statuses.filter((s) => s === 429)).toHaveLength(200 - SIGN_IN_THROTTLE.freeFailuresPerPair);
    expect(await attemptsOf('sct')).toBe(SIGN_IN_THROTTLE.freeFailuresPerPair);
  });

  it('refuses a batch of sign-ins without checking any password', async () => {
    const batch = Array.from({ length: 20 }, () => 'auth.signIn').join(',');
    const input = Object.fromEntries(
      Array.from({ length: 20 }, (_, i) => [i, { json: { username: 'tayson', password: 'doan-sai' } }]),
    );
    const answer = await fetch(`${server.url}/trpc/${batch}?batch=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toContain(SIGN_IN_BATCH_REFUSED_MESSAGE);
    expect(await attemptsOf('tayson')).toBe(0);
  });

  it('lets the owner in from a known address while guesses from elsewhere are slowed', async () => {
    expect((await signInRequest('admin', DEMO_PASSWORD, '10.1.0.1')).status).toBe(200);
    for (let i = 0; i < 30; i += 1) {
      const answer = await signInRequest('admin', 'doan-sai', `10.2.0.${i + 1}`);
      expect([401, 429]).toContain(answer.status);
    }
    // Another unknown address is slowed even with the right password; the owner's is not.
    expect((await signInRequest('admin', DEMO_PASSWORD, '10.3.0.1')).status).toBe(429);
    expect((await signInRequest('admin', DEMO_PASSWORD, '10.1.0.1')).status).toBe(200);
  });

  it('answers in Vietnamese with 429 once a pair is slowed', async () => {
    const answer = await signInRequest('sct', DEMO_PASSWORD, '10.0.0.7');
    expect(answer.status).toBe(429);
    expect(JSON.stringify(await answer.json())).toContain('Bạn đã đăng nhập sai quá nhiều lần');
  });

  it('ignores X-Forwarded-For from a client that is not a configured proxy', async () => {
    const app = await (await import('../server.js')).buildServer(
      {
        db: server.database.db,
        jobs: server.jobs,
        clock: { now: () => NOW },
        calendar: createCalendarProvider(),
        sessionTtlHours: 12,
        secureCookies: false,
      },
      { logLevel: 'silent', trustedProxies: [] },
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = app.server.address();
      const url = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
      const statuses: number[] = [];
      for (let i = 0; i < SIGN_IN_THROTTLE.freeFailuresPerPair + 1; i += 1) {
        statuses.push((await signInRequest('sct.lanhdao', 'doan-sai', `10.9.0.${i + 1}`, url)).status);
      }
      // Every guess counted against the connection's own address, whatever the header said.
      expect(statuses.at(-1)).toBe(429);
      const ips = await server.database.db
        .selectFrom('sign_in_attempts')
        .select('client_ip')
        .distinct()
        .where('username', '=', 'sct.lanhdao')
        .execute();
      expect(ips.map((r) => r.client_ip)).toEqual(['127.0.0.1']);
    } finally {
      await app.close();
    }
  });

  it('sets the session only in the httpOnly cookie, never in the response body', async () => {
    const answer = await signInRequest('lanhdao', DEMO_PASSWORD, '10.4.0.1');
    expect(answer.status).toBe(200);
    const body = await answer.text();
    const cookie = answer.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '';
    const token = cookie.split(';')[0]?.slice(SESSION_COOKIE.length + 1) ?? '';
    expect(token.length).toBeGreaterThan(20);
    expect(cookie).toContain('HttpOnly');
    expect(body).not.toContain(token);
    expect(body).not.toContain('sessionToken');
  });
});
