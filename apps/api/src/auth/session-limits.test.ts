import { SESSION_LIMITS } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../testing/rejection.js';
import { clientFor, sessionCookie, startTestServer, type TestServer } from '../testing/test-server.js';

// Issue 18: a session ends after an hour unused, besides its absolute lifetime, and an account
// keeps at most SESSION_LIMITS.maxPerAccount of them.
let now = new Date('2024-06-06T02:00:00Z');
let server: TestServer;
const later = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
});
afterAll(async () => server?.close());

describe('session limits', () => {
  it('ends a session left unused for the idle time, and keeps one that is used', async () => {
    const idle = clientFor(server.url, { cookie: await sessionCookie(server.url, 'thanhvien') });
    const busy = clientFor(server.url, { cookie: await sessionCookie(server.url, 'truongdoan') });
    for (let i = 0; i < 3; i += 1) {
      later(SESSION_LIMITS.idleMinutes - 20);
      expect((await busy.auth.me.query()).displayName).toBe('Trần Quốc Bảo');
    }
    const ended = await rejection(idle.auth.me.query());
    expect(ended.data?.code).toBe('UNAUTHORIZED');
  });

  it('ends the oldest sessions of an account beyond the cap', async () => {
    const cookies: string[] = [];
    for (let i = 0; i < SESSION_LIMITS.maxPerAccount + 1; i += 1)
      cookies.push(await sessionCookie(server.url, 'lanhdao'));
    const [oldest, ...rest] = cookies.map((cookie) => clientFor(server.url, { cookie }));
    expect((await rejection(oldest?.auth.me.query() ?? Promise.resolve())).data?.code).toBe('UNAUTHORIZED');
    for (const client of rest) expect((await client.auth.me.query()).displayName).toBe('Đinh Văn Khải');
    const kept = await server.database.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('users.username', '=', 'lanhdao')
      .executeTakeFirstOrThrow();
    expect(Number(kept.n)).toBe(SESSION_LIMITS.maxPerAccount);
  });
});
