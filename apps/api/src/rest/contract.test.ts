import { insertApiClient } from '@kiemtra/db';
import { API_SCOPES } from '@kiemtra/domain';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../auth/tokens.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

/**
 * Contract tests made from the OpenAPI document itself: every operation it lists is called on the
 * running server, and the status and the body of each answer must be ones the document gives for
 * it; then every operation is called by a system holding none of its scopes, and without a token.
 */
type Schema = Record<string, unknown>;
type Operation = {
  operationId: string;
  parameters?: { in: string; name: string; required?: boolean }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
  security?: Record<string, string[]>[];
};
type Document = { paths: Record<string, Record<string, Operation>>; components: Schema };

const now = new Date('2024-04-25T03:00:00Z');
let server: TestServer;
let document: Document;
const everything = newToken();
let everythingId: string;
const calendarOnly = newToken();
const values: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  const db = server.database.db;
  everythingId = await insertApiClient(db, {
    tenantId: 'binh-dinh',
    name: 'Nền tảng LGSP',
    tokenHash: hashToken(everything),
    scopes: [...API_SCOPES],
  });
  await insertApiClient(db, {
    tenantId: 'binh-dinh',
    name: 'Lịch làm việc',
    tokenHash: hashToken(calendarOnly),
    scopes: ['calendar:read'],
  });
  document = (await (await fetch(`${server.url}/api/v1/openapi.json`)).json()) as Document;
  const plans = (await call('GET', '/api/v1/plans', everything)).json as {
    items: { id: string; year: number }[];
  };
  values.planId = plans.items.find((p) => p.year === 2024)?.id ?? '';
  const visits = (await call('GET', `/api/v1/inspections?planId=${values.planId}&limit=50`, everything))
    .json as {
    items: { id: string; orgUnitName: string }[];
  };
  values.inspectionId = visits.items.find((v) => v.orgUnitName.includes('Công Thương'))?.id ?? '';
});
afterAll(async () => server?.close());

async function call(method: string, url: string, token: string | null, init: RequestInit = {}) {
  const response = await fetch(`${server.url}${url}`, {
    method,
    ...init,
    headers: {
      ...(token && { authorization: `Bearer ${token}` }),
      ...(init.headers as Record<string, string>),
    },
  });
  const type = response.headers.get('content-type') ?? '';
  const bytes = Buffer.from(await response.arrayBuffer());
  const json = type.includes('json') && bytes.length > 0 ? JSON.parse(bytes.toString('utf8')) : null;
  return { status: response.status, type, json, bytes };
}

/** What each operation is called with: the seed's real plan and visit, an example body. */
function requestOf(path: string, method: string, op: Operation) {
  let url = path.replace(/\{(\w+)\}/g, (_m, name: string) => values[name] ?? '');
  if (op.operationId === 'listUnits') url += '?asAt=2024-04-25';
  if (op.operationId === 'listInspections') url += `?planId=${values.planId}`;
  const headers: Record<string, string> = {};
  let body: string | undefined;
  if (op.operationId === 'pushFigures') {
    headers['content-type'] = 'application/json';
    headers['idempotency-key'] = 'hop-dong-1';
    body = JSON.stringify({
      itemCode: 'I.3.d',
      source: 'Hệ thống thông tin giải quyết TTHC tỉnh',
      figures: { dossiers_received: 10, dossiers_on_time: 9 },
    });
  }
  if (op.operationId === 'oauthToken') {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: everythingId,
      client_secret: everything,
    }).toString();
  }
  return { method: method.toUpperCase(), url, init: { headers, ...(body !== undefined && { body }) } };
}

const ajv = new Ajv2020({ strict: false, allErrors: true });

/** The answer matches one of the document's responses for the operation: status, type and shape. */
function expectDocumented(op: Operation, answer: Awaited<ReturnType<typeof call>>) {
  const response = op.responses[String(answer.status)];
  expect(response, `${op.operationId} answered ${answer.status}, not in the document`).toBeDefined();
  if (answer.status === 304) return;
  const [type, media] =
    Object.entries(response?.content ?? {}).find(([t]) => answer.type.startsWith(t)) ?? [];
  expect(type, `${op.operationId} ${answer.status} answered ${answer.type}`).toBeDefined();
  if (!media?.schema || answer.json === null) return;
  const validate = ajv.compile({ ...media.schema, components: document.components });
  const ok = validate(answer.json);
  expect(ok ? [] : validate.errors, `${op.operationId} ${answer.status}`).toEqual([]);
}

const operations = () =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, op]) => ({ path, method, op })),
  );

describe('the running server against its OpenAPI document', () => {
  it('answers every operation with a documented status and body', async () => {
    const seen: string[] = [];
    for (const { path, method, op } of operations()) {
      const request = requestOf(path, method, op);
      const answer = await call(
        request.method,
        request.url,
        op.operationId === 'oauthToken' ? null : everything,
        request.init,
      );
      expectDocumented(op, answer);
      expect(answer.status, `${op.operationId}: ${answer.bytes.toString('utf8').slice(0, 300)}`).toBeLessThan(
        op.operationId === 'downloadConclusionNotice' ? 500 : 300,
      );
      seen.push(`${op.operationId} ${answer.status}`);
    }
    expect(seen).toHaveLength(11);
  });

  it('refuses every operation to a system holding none of its scopes, as documented', async () => {
    for (const { path, method, op } of operations()) {
      if (op.operationId === 'oauthToken') continue;
      const request = requestOf(path, method, op);
      const answer = await call(request.method, request.url, calendarOnly, request.init);
      expect(answer.status, op.operationId).toBe(403);
      expect((answer.json as { detail: string }).detail).toMatch(/^Hệ thống chưa được cấp quyền/);
      expectDocumented(op, answer);
    }
  });

  it('refuses every operation without credentials with a documented 401', async () => {
    for (const { path, method, op } of operations()) {
      const request = requestOf(path, method, op);
      if (op.operationId === 'oauthToken') request.init.body = 'grant_type=client_credentials';
      const answer = await call(request.method, request.url, null, request.init);
      expect(answer.status, op.operationId).toBe(401);
      expectDocumented(op, answer);
    }
  });

  it('answers a read again with 304 to its ETag, as documented', async () => {
    for (const { path, method, op } of operations()) {
      if (method !== 'get' || op.operationId === 'downloadConclusionNotice') continue;
      const request = requestOf(path, method, op);
      const first = await fetch(`${server.url}${request.url}`, {
        headers: { authorization: `Bearer ${everything}` },
      });
      const etag = first.headers.get('etag') ?? '';
      const again = await call('GET', request.url, everything, { headers: { 'if-none-match': etag } });
      expect(again.status, op.operationId).toBe(304);
      expectDocumented(op, again);
    }
  });
});
