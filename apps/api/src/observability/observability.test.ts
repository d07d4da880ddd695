import { readFileSync } from 'node:fs';
import { KIEMTRA_VERSION } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../auth/tokens.js';
import { clientFor, DEMO_PASSWORD, startTestServer, type TestServer } from '../testing/test-server.js';

const METRICS_TOKEN = 'metrics-token-for-the-test-0123456789';
const lines: string[] = [];
let server: TestServer;
let sessionToken: string;
const bearer = 'kt_this-token-must-never-be-logged-9f8e7d';

beforeAll(async () => {
  server = await startTestServer({
    serverOptions: {
      logLevel: 'info',
      logRequests: true,
      logStream: { write: (line) => void lines.push(line) },
      metricsToken: METRICS_TOKEN,
    },
  });
  const signInFromPortal = (password: string) =>
    fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'portal-request-0001' },
      body: JSON.stringify({ json: { username: 'sct', password } }),
    });
  const signedIn = await signInFromPortal(DEMO_PASSWORD);
  const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '';
  sessionToken = cookie.split(';')[0]?.split('=')[1] ?? '';
  expect(sessionToken.length).toBeGreaterThan(20);
  expect((await signInFromPortal('sai-mat-khau-123')).status).toBeGreaterThanOrEqual(400);
  await clientFor(server.url, { cookie: `${SESSION_COOKIE}=${sessionToken}` }).auth.me.query();
  await expect(server.withBearer(bearer).plans.list.query()).rejects.toThrow();
});
afterAll(() => server.close());

const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the request log', () => {
  it('is one JSON line per request with the id the portal sent, the procedure and the actor', () => {
    const signIns = entries().filter((e) => e.msg === 'request' && e.operation === 'trpc:auth.signIn');
    expect(signIns).toHaveLength(2);
    expect(signIns[0]).toMatchObject({ reqId: 'portal-request-0001', status: 200, actor: null });
    const me = entries().find((e) => e.msg === 'request' && e.operation === 'trpc:auth.me');
    expect(me?.actor).toMatch(/^user:/);
    expect(me?.reqId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never holds a password, a session token or a bearer token', () => {
    const text = lines.join('');
    expect(text).not.toContain(DEMO_PASSWORD);
    expect(text).not.toContain('sai-mat-khau-123');
    expect(text).not.toContain(sessionToken);
    expect(text).not.toContain(bearer);
  });

  it('names the request id in every answer', async () => {
    const response = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'probe-request-42' } });
    expect(response.headers.get('x-request-id')).toBe('probe-request-42');
  });
});

describe('/metrics', () => {
  it('answers only with its token', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong' } });
    expect(wrong.status).toBe(401);
  });

  it('counts requests per procedure, their latency and the failed sign-ins', async () => {
    const response = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('kiemtra_http_requests_total{operation="trpc:auth.signIn",status="200"} 1');
    expect(text).toMatch(/kiemtra_http_requests_total\{operation="trpc:auth.signIn",status="(401|429)"\} 1/);
    expect(text).toContain('kiemtra_http_request_duration_seconds_count{operation="trpc:auth.me"} 1');
    expect(text).toContain('kiemtra_sign_in_failures_total 1');
    expect(text).toContain('kiemtra_process_resident_memory_bytes');
  });

  it('tells how many jobs wait, run, are done and failed, per job', async () => {
    const metric = async () => {
      const response = await fetch(`${server.url}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      return (await response.text()).split('\n').filter((l) => l.startsWith('kiemtra_jobs{job="email.send"'));
    };
    const later = new Date(Date.now() + 86_400_000);
    await server.jobs.send(
      'email.send',
      { to: 'a@binhdinh.gov.vn', subject: 'Một', text: 'x' },
      { startAfter: later },
    );
    await server.jobs.send(
      'email.send',
      { to: 'b@binhdinh.gov.vn', subject: 'Hai', text: 'x' },
      { startAfter: later },
    );
    const cancelled = await server.jobs.send(
      'email.send',
      { to: 'c@binhdinh.gov.vn', subject: 'Ba', text: 'x' },
      { key: 'huy', startAfter: later },
    );
    expect(cancelled.created).toBe(true);
    await server.jobs.cancel('email.send', 'huy');
    expect(await metric()).toEqual([
      'kiemtra_jobs{job="email.send",state="created"} 2',
      'kiemtra_jobs{job="email.send",state="retry"} 0',
      'kiemtra_jobs{job="email.send",state="active"} 0',
      'kiemtra_jobs{job="email.send",state="completed"} 0',
      'kiemtra_jobs{job="email.send",state="failed"} 0',
      'kiemtra_jobs{job="email.send",state="cancelled"} 1',
    ]);
  });

  it('counts the notifications recorded per kind, reminders included, and those e-mailed', async () => {
    const db = server.database.db;
    const sct = await db
      .selectFrom('users')
      .select(['id', 'tenant_id'])
      .where('username', '=', 'sct')
      .executeTakeFirstOrThrow();
    const row = (key: string, emailed: Date | null) => ({
      tenant_id: sct.tenant_id,
      recipient_id: sct.id,
      kind: 'deadline_reminder' as const,
      title: 'Còn 2 ngày làm việc đến hạn gửi báo cáo',
      body: 'Báo cáo phục vụ Đoàn kiểm tra',
      link_path: '/',
      dedup_key: key,
      emailed_at: emailed,
    });
    await db
      .insertInto('notifications')
      .values([row('metrics:1', null), row('metrics:2', new Date())])
      .execute();
    const response = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    const text = await response.text();
    expect(text).toContain('kiemtra_notifications{kind="deadline_reminder",channel="portal"} 2');
    expect(text).toContain('kiemtra_notifications{kind="deadline_reminder",channel="email"} 1');
  });

  it('is off when no token is configured', async () => {
    const plain = await startTestServer();
    try {
      expect((await fetch(`${plain.url}/metrics`)).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});

describe('/health', () => {
  it('tells the version, the one the root package.json states', async () => {
    const root = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8'));
    expect(KIEMTRA_VERSION).toBe(root.version);
    expect(await (await fetch(`${server.url}/health`)).json()).toEqual({
      status: 'ok',
      version: KIEMTRA_VERSION,
      mode: 'demo',
    });
  });
});
