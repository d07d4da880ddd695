import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { insertApiClient } from '@kiemtra/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../auth/tokens.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

const SCRIPT = fileURLToPath(new URL('../../../../scripts/integration-client/client.sh', import.meta.url));
const run = promisify(execFile);

let server: TestServer;
let clientId: string;
const secret = newToken();

beforeAll(async () => {
  // The seed's visits of 2024 are due their reports then: figures may still be pushed.
  // A clock that moves a second at each reading: a second push would record a later time.
  let tick = 0;
  server = await startTestServer({
    clock: { now: () => new Date(Date.parse('2024-04-25T03:00:00Z') + 1000 * tick++) },
  });
  clientId = await insertApiClient(server.database.db, {
    tenantId: 'binh-dinh',
    name: 'Hệ thống thông tin giải quyết TTHC tỉnh',
    tokenHash: hashToken(secret),
    scopes: ['plans:read', 'unit-figures:write', 'results:read'],
  });
});
afterAll(async () => server?.close());

describe('a client with no TypeScript in it (scripts/integration-client, curl and jq)', () => {
  it('gets a token, reads the outline, pushes figures twice under one key (one push), reads results', async () => {
    const { stdout } = await run('bash', [SCRIPT], {
      env: {
        PATH: process.env.PATH,
        KIEMTRA_URL: server.url,
        CLIENT_ID: clientId,
        CLIENT_SECRET: secret,
        PLAN_YEAR: '2024',
      },
      timeout: 60_000,
    });
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('token: ok');
    expect(lines.find((l) => l.startsWith('outline item I.3.d'))).toContain('dossiers_received (hồ sơ)');
    const recorded = /recorded once at (\S+)$/.exec(lines.find((l) => l.startsWith('push:')) ?? '')?.[1];
    expect(recorded).toMatch(/^2024-04-25T03:/);
    expect(lines.find((l) => l.startsWith('results:'))).toMatch(/^results: \d+ units/);
    const pushed = await server.database.db
      .selectFrom('report_system_figures')
      .select(['figure_key', 'value', 'recorded_at'])
      .where('api_client_id', '=', clientId)
      .execute();
    // Each figure once, whatever the two sends.
    expect(new Set(pushed.map((p) => p.figure_key)).size).toBe(pushed.length);
    expect(pushed.length).toBeGreaterThan(0);
    // Still as the first push wrote them: the second answered the first's result, writing nothing.
    expect(pushed.every((p) => p.recorded_at.toISOString() === recorded && p.value === 100)).toBe(true);
    const calls = await server.database.db
      .selectFrom('api_client_calls')
      .select(['operation', 'status'])
      .where('api_client_id', '=', clientId)
      .orderBy('id')
      .execute();
    expect(calls.map((c) => c.operation)).toEqual([
      'oauthToken',
      'listPlans',
      'getReportOutline',
      'pushFigures',
      'pushFigures',
      'getPlanResults',
    ]);
  });

  it('stops with the API’s Vietnamese refusal when the secret is wrong', async () => {
    const failed = await run('bash', [SCRIPT], {
      env: { PATH: process.env.PATH, KIEMTRA_URL: server.url, CLIENT_ID: clientId, CLIENT_SECRET: 'sai' },
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toContain('không lấy được mã truy cập');
  });
});
