import { insertApiClient, listApiCalls } from '@kiemtra/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../auth/tokens.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

let now = new Date('2024-04-25T03:00:00Z');
let server: TestServer;
let admin: Awaited<ReturnType<TestServer['signedIn']>>;
let clientId: string;
let secret: string;
let tokenId: string;
const other = newToken();

const token = (body: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(body).toString(),
  });
const plans = (headers: Record<string, string>) => fetch(`${server.url}/api/v1/plans`, { headers });

beforeAll(async () => {
  server = await startTestServer({
    clock: { now: () => now },
    serverOptions: { rest: { perSystem: 5, perAddress: 1000, windowSeconds: 60, accessTokenSeconds: 600 } },
  });
  admin = await server.signedIn('quantri');
  const units = await admin.orgUnits.register.query({ asAt: '2024-04-25' });
  const client = await admin.apiClients.register.mutate({
    name: 'Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP)',
    ownerUnitId: units.units[0]?.id ?? '',
    contact: 'Trung tâm Chuyển đổi số tỉnh',
    scopes: ['plans:read', 'inspections:read'],
  });
  clientId = client.id;
  const issued = await admin.apiClients.issueToken.mutate({ clientId, expiresOn: null });
  secret = issued.token;
  tokenId = issued.tokenId;
  await insertApiClient(server.database.db, {
    tenantId: 'binh-dinh',
    name: 'Hệ thống khác',
    tokenHash: hashToken(other),
    scopes: ['plans:read'],
  });
});
afterAll(async () => server?.close());

describe('machine credentials of /api/v1', () => {
  it('exchange the registered id and token for a short-lived access token (OAuth2 client credentials)', async () => {
    const response = await token({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: secret,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { access_token: string; expires_in: number; scope: string };
    expect(body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 600,
      scope: 'plans:read inspections:read',
    });
    expect((await plans({ authorization: `Bearer ${body.access_token}` })).status).toBe(200);
    const stored = await server.database.db.selectFrom('api_access_tokens').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash)).toEqual([hashToken(body.access_token)]);
    // Ten minutes on, it has expired.
    now = new Date('2024-04-25T03:10:00Z');
    expect((await plans({ authorization: `Bearer ${body.access_token}` })).status).toBe(401);
  });

  it('accept HTTP Basic, narrow the scopes asked for, and refuse bad requests as OAuth2 says', async () => {
    const basic = `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
    const narrowed = await token(
      { grant_type: 'client_credentials', scope: 'plans:read' },
      { authorization: basic },
    );
    const { access_token } = (await narrowed.json()) as { access_token: string };
    expect((await plans({ authorization: `Bearer ${access_token}` })).status).toBe(200);
    const inspections = await fetch(`${server.url}/api/v1/inspections`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    // The token asked for plans:read only: the system's inspections:read is not in it.
    expect(inspections.status).toBe(403);
    const cases: [Record<string, string>, number, string][] = [
      [{ grant_type: 'password', client_id: clientId, client_secret: secret }, 400, 'unsupported_grant_type'],
      [
        { grant_type: 'client_credentials', client_id: clientId, client_secret: 'sai' },
        401,
        'invalid_client',
      ],
      [
        { grant_type: 'client_credentials', client_id: clientId, client_secret: other },
        401,
        'invalid_client',
      ],
      [
        {
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: secret,
          scope: 'results:read',
        },
        400,
        'invalid_scope',
      ],
    ];
    for (const [body, status, error] of cases) {
      const response = await token(body);
      expect(response.status, error).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await response.json()).toMatchObject({ status, error, code: error });
    }
  });

  it('accept a gateway’s per-system key and secret in headers; the bearer token still works', async () => {
    const keyed = await plans({ 'x-api-key': clientId, 'x-api-secret': secret });
    expect(keyed.status, await keyed.clone().text()).toBe(200);
    expect((await plans({ 'x-api-key': clientId, 'x-api-secret': other })).status).toBe(401);
    expect((await plans({ authorization: `Bearer ${other}` })).status).toBe(200);
  });

  it('end with the registered token: a revoked credential ends its access tokens at once', async () => {
    const response = await token({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: secret,
    });
    const { access_token } = (await response.json()) as { access_token: string };
    await admin.apiClients.revokeToken.mutate({ tokenId });
    expect((await plans({ authorization: `Bearer ${access_token}` })).status).toBe(401);
    expect((await plans({ 'x-api-key': clientId, 'x-api-secret': secret })).status).toBe(401);
    const again = await token({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: secret,
    });
    expect(again.status).toBe(401);
  });

  it('limit each system per window with a 429 and Retry-After, and log every call for the administrator', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i += 1) statuses.push((await plans({ authorization: `Bearer ${other}` })).status);
    // One call of the earlier test, then five in all are allowed in the window.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const refused = await plans({ authorization: `Bearer ${other}` });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    const row = await server.database.db
      .selectFrom('api_clients')
      .select('id')
      .where('name', '=', 'Hệ thống khác')
      .executeTakeFirstOrThrow();
    const calls = await listApiCalls(server.database.db, 'binh-dinh', row.id, 50);
    expect(calls[0]).toMatchObject({
      operation: 'listPlans',
      method: 'GET',
      status: 429,
      outcome: 'rate_limited',
    });
    expect(calls.some((c) => c.outcome === 'ok' && c.operation === 'listPlans')).toBe(true);
    const seen = await admin.apiClients.calls.query({ clientId: row.id });
    expect(seen.calls[0]).toMatchObject({ operation: 'listPlans', outcomeLabel: 'Vượt giới hạn số lần gọi' });
  });
});
