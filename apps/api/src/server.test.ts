import { KIEMTRA_VERSION } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarProvider } from './calendar/calendar-provider.js';
import { buildServer } from './server.js';
import { startTestServer, type TestServer } from './testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

describe('probes', () => {
  it('/health answers while the process runs', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version: KIEMTRA_VERSION, mode: 'demo' });
  });

  it('/ready answers once the database does', async () => {
    const response = await fetch(`${server.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('/ready answers 503 with a Vietnamese reason when the database is gone', async () => {
    const other = await startTestServer();
    await other.database.close();
    try {
      const response = await fetch(`${other.url}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'not_ready',
        database: 'Không kết nối được cơ sở dữ liệu.',
      });
    } finally {
      await other.app.close();
    }
  });
});

/** A second server over the same database, served (as if) over https or not. */
const buildTestApp = (secureCookies: boolean) =>
  buildServer(
    {
      db: server.database.db,
      jobs: server.jobs,
      clock: { now: () => new Date() },
      calendar: createCalendarProvider(),
      sessionTtlHours: 12,
      secureCookies,
    },
    { logLevel: 'silent' },
  );

describe('security headers (issue 18)', () => {
  it('answers every route with no-store, nosniff, no framing and no referrer; HSTS only over https', async () => {
    const plain = await buildTestApp(false);
    const https = await buildTestApp(true);
    try {
      for (const url of ['/health', '/trpc/auth.me']) {
        const answer = await plain.inject({ method: 'GET', url });
        expect(answer.headers['cache-control']).toBe('no-store');
        expect(answer.headers['x-content-type-options']).toBe('nosniff');
        expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
        expect(answer.headers['referrer-policy']).toBe('no-referrer');
        expect(answer.headers['strict-transport-security']).toBeUndefined();
      }
      const secure = await https.inject({ method: 'GET', url: '/health' });
      expect(secure.headers['strict-transport-security']).toContain('max-age=31536000');
    } finally {
      await plain.close();
      await https.close();
    }
  });
});
