import { insertApiClient } from '@kiemtra/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../auth/tokens.js';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
const readerToken = newToken();
const pusherToken = newToken();

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  await insertApiClient(db, {
    tenantId: 'binh-dinh',
    name: 'Hệ thống một cửa điện tử',
    tokenHash: hashToken(readerToken),
    scopes: ['plans:read', 'inspections:read'],
  });
  await insertApiClient(db, {
    tenantId: 'binh-dinh',
    name: 'Cổng dịch vụ công',
    tokenHash: hashToken(pusherToken),
    scopes: ['unit-figures:write'],
  });
});
afterAll(async () => server?.close());

describe('provincial systems with bearer tokens', () => {
  it('read what their scopes allow', async () => {
    const reader = server.withBearer(readerToken);
    const me = await reader.auth.me.query();
    expect(me).toMatchObject({ kind: 'api_client', displayName: 'Hệ thống một cửa điện tử' });
    expect(me.scopeLabels).toEqual(['Đọc kế hoạch kiểm tra', 'Đọc thông tin các cuộc kiểm tra']);
    expect((await reader.plans.list.query()).length).toBeGreaterThan(0);
    expect((await reader.inspections.list.query()).items.length).toBeGreaterThan(0);
  });

  it('are refused what their scopes do not name', async () => {
    const error = await rejection(server.withBearer(pusherToken).plans.list.query());
    expect(error.data?.httpStatus).toBe(403);
    expect(error.message).toBe('Bạn không có quyền xem kế hoạch kiểm tra.');
    expect((await server.withBearer(pusherToken).inspections.list.query()).items).toEqual([]);
  });

  it('store only the token’s hash', async () => {
    const rows = await server.database.db.selectFrom('api_client_tokens').select('token_hash').execute();
    expect(rows.map((r) => r.token_hash)).not.toContain(readerToken);
  });
});
