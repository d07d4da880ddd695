import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../auth/tokens.js';
import { rejection } from '../../testing/rejection.js';
import { clientFor, startTestServer, type TestServer } from '../../testing/test-server.js';

// 10:00 in Hà Nội on Monday 7 December 2026; the clock moves where a test says so.
let now = new Date('2026-12-07T03:00:00Z');
const advance = (ms: number) => {
  now = new Date(now.getTime() + ms);
};
const HOUR = 3_600_000;
let server: TestServer;
let ownerUnitId: string;

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => now } });
  const unit = await server.database.db
    .selectFrom('org_units')
    .select('id')
    .where('code', '=', 'so-noi-vu')
    .executeTakeFirstOrThrow();
  ownerUnitId = unit.id;
}, 120_000);
afterAll(async () => server?.close());

/** Signed in at the clock's present (a session idle an hour ends). */
const admin = async () => server.signedIn('quantri');
/** A provincial system calling from a given address, through the portal's trusted proxy header. */
const system = (token: string, address = '203.0.113.7') =>
  clientFor(server.url, { authorization: `Bearer ${token}`, 'x-forwarded-for': address });

const registration = (name: string) => ({
  name,
  ownerUnitId,
  contact: 'Trần Thị Bình, Trung tâm Phục vụ hành chính công, 0256 3822 000',
  scopes: ['plans:read', 'inspections:read'] as ('plans:read' | 'inspections:read')[],
});

async function registeredWithToken(name: string, expiresOn: string | null = null) {
  const client = await (await admin()).apiClients.register.mutate(registration(name));
  const issued = await (await admin()).apiClients.issueToken.mutate({ clientId: client.id, expiresOn });
  return { client, issued };
}

describe('registering a provincial system', () => {
  it('keeps its name, owner unit, contact and scopes, listed for the system administrator', async () => {
    const client = await (await admin()).apiClients.register.mutate(registration('Cổng dịch vụ công tỉnh'));
    expect(client).toMatchObject({
      name: 'Cổng dịch vụ công tỉnh',
      ownerUnitName: 'Sở Nội vụ',
      contact: 'Trần Thị Bình, Trung tâm Phục vụ hành chính công, 0256 3822 000',
      scopes: ['plans:read', 'inspections:read'],
      scopeLabels: ['Đọc kế hoạch kiểm tra', 'Đọc thông tin các cuộc kiểm tra'],
      tokens: [],
      version: 1,
    });
    const listed = await (await admin()).apiClients.list.query();
    expect(listed.map((c) => c.name)).toContain('Cổng dịch vụ công tỉnh');
    expect(await (await admin()).apiClients.get.query({ clientId: client.id })).toEqual(client);
  });

  it('is audited under the administrator’s name', async () => {
    const client = await (await admin()).apiClients.register.mutate(registration('Hệ thống quản lý văn bản'));
    const entry = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_name', 'operation', 'reason'])
      .where('entity', '=', 'api_clients')
      .where('entity_id', '=', client.id)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({
      actor_name: 'Võ Minh Tuấn',
      operation: 'INSERT',
      reason: 'Đăng ký hệ thống kết nối',
    });
  });

  it('refuses a blank name, no scope and an unknown unit, beside each field, in Vietnamese', async () => {
    const error = await rejection(
      (await admin()).apiClients.register.mutate({ ...registration(' '), scopes: [] }),
    );
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data?.issues?.map((i) => [i.field, i.message])).toEqual([
      ['name', 'Hãy nhập tên hệ thống.'],
      ['scopes', 'Hãy chọn ít nhất một quyền truy cập.'],
    ]);
    const unknown = await rejection(
      (await admin()).apiClients.register.mutate({
        ...registration('Hệ thống lạ'),
        ownerUnitId: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(unknown.data?.issues?.[0]).toMatchObject({
      field: 'ownerUnitId',
      message: 'Không tìm thấy đơn vị quản lý trong danh mục của tỉnh.',
    });
  });

  it('changes scopes with the version read, and the token then does what the new scopes allow', async () => {
    const { client, issued } = await registeredWithToken('Hệ thống thống kê');
    expect((await system(issued.token).plans.list.query()).length).toBeGreaterThan(0);
    const updated = await (await admin()).apiClients.update.mutate({
      ...registration('Hệ thống thống kê'),
      clientId: client.id,
      expectedVersion: client.version,
      scopes: ['results:read'],
    });
    expect(updated).toMatchObject({ version: 2, scopes: ['results:read'] });
    expect((await rejection(system(issued.token).plans.list.query())).data?.httpStatus).toBe(403);
    const stale = await rejection(
      (await admin()).apiClients.update.mutate({
        ...registration('Hệ thống thống kê'),
        clientId: client.id,
        expectedVersion: client.version,
      }),
    );
    expect(stale.data?.code).toBe('CONFLICT');
  });
});

describe('a system’s tokens', () => {
  it('are shown once and only their hash is stored', async () => {
    const { client, issued } = await registeredWithToken('Hệ thống một cửa điện tử');
    expect(issued.token).toMatch(/^kt1_[A-Za-z0-9_-]{43}$/);
    const row = await server.database.db
      .selectFrom('api_client_tokens')
      .select(['token_hash', 'hint'])
      .where('id', '=', issued.tokenId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ token_hash: hashToken(issued.token), hint: issued.token.slice(0, 8) });
    const detail = await (await admin()).apiClients.get.query({ clientId: client.id });
    expect(JSON.stringify(detail)).not.toContain(issued.token);
    expect(detail.tokens).toMatchObject([{ id: issued.tokenId, state: 'active', stateLabel: 'Đang dùng' }]);
  });

  it('record when and from which address they were last used, at most once a minute', async () => {
    const { client, issued } = await registeredWithToken('Hệ thống báo cáo');
    const lastUse = async () =>
      (await (await admin()).apiClients.get.query({ clientId: client.id })).tokens[0];
    expect(await lastUse()).toMatchObject({ lastUsedAt: null, lastUsedFrom: null });
    const firstUse = now;
    await system(issued.token, '203.0.113.7').auth.me.query();
    expect(await lastUse()).toMatchObject({ lastUsedAt: firstUse, lastUsedFrom: '203.0.113.7' });
    advance(30_000);
    await system(issued.token, '198.51.100.9').auth.me.query();
    expect(await lastUse()).toMatchObject({ lastUsedAt: firstUse, lastUsedFrom: '203.0.113.7' });
    advance(31_000);
    await system(issued.token, '198.51.100.9').auth.me.query();
    expect(await lastUse()).toMatchObject({ lastUsedAt: now, lastUsedFrom: '198.51.100.9' });
    const detail = await (await admin()).apiClients.get.query({ clientId: client.id });
    expect(detail).toMatchObject({ lastUsedAt: now, lastUsedFrom: '198.51.100.9' });
  });

  it('a rotated token works through the grace the administrator set, then gets 401; the new one works', async () => {
    const { issued } = await registeredWithToken('Hệ thống quản lý cán bộ');
    const rotated = await (await admin()).apiClients.rotateToken.mutate({
      tokenId: issued.tokenId,
      graceHours: 2,
      expiresOn: null,
    });
    expect(rotated.token).not.toBe(issued.token);
    advance(HOUR);
    expect(await system(issued.token).auth.me.query()).toMatchObject({
      displayName: 'Hệ thống quản lý cán bộ',
    });
    const detail = await (await admin()).apiClients.get.query({ clientId: rotated.clientId });
    expect(detail.tokens.map((t) => [t.id, t.state])).toEqual([
      [rotated.tokenId, 'active'],
      [issued.tokenId, 'retiring'],
    ]);
    expect(detail.tokens[0]?.replacesTokenId).toBe(issued.tokenId);
    advance(HOUR);
    const refused = await rejection(system(issued.token).auth.me.query());
    expect(refused.data?.httpStatus).toBe(401);
    expect((await system(rotated.token).plans.list.query()).length).toBeGreaterThan(0);
  });

  it('a token already replaced cannot be replaced again', async () => {
    const { issued } = await registeredWithToken('Hệ thống lưu trữ');
    await (await admin()).apiClients.rotateToken.mutate({ tokenId: issued.tokenId, graceHours: 24 });
    const error = await rejection(
      (await admin()).apiClients.rotateToken.mutate({ tokenId: issued.tokenId, graceHours: 24 }),
    );
    expect(error.message).toBe('Mã truy cập này đã được thay bằng mã mới; hãy thay mã đang dùng.');
  });

  it('refuses a grace beyond 30 days beside its field', async () => {
    const { issued } = await registeredWithToken('Hệ thống thư điện tử');
    const error = await rejection(
      (await admin()).apiClients.rotateToken.mutate({ tokenId: issued.tokenId, graceHours: 1000 }),
    );
    expect(error.data?.issues?.[0]).toMatchObject({
      field: 'graceHours',
      message: 'Thời gian chuyển tiếp tối đa 720 giờ (30 ngày).',
    });
  });

  it('a revoked token gets 401 at once, even in its grace, and cannot be revoked twice', async () => {
    const { issued } = await registeredWithToken('Hệ thống chữ ký số');
    expect(await system(issued.token).auth.me.query()).toMatchObject({ kind: 'api_client' });
    const rotated = await (await admin()).apiClients.rotateToken.mutate({
      tokenId: issued.tokenId,
      graceHours: 24,
    });
    const detail = await (await admin()).apiClients.revokeToken.mutate({ tokenId: issued.tokenId });
    expect(detail.tokens.find((t) => t.id === issued.tokenId)).toMatchObject({
      state: 'revoked',
      revokedAt: now,
    });
    expect((await rejection(system(issued.token).auth.me.query())).data?.httpStatus).toBe(401);
    await (await admin()).apiClients.revokeToken.mutate({ tokenId: rotated.tokenId });
    expect((await rejection(system(rotated.token).plans.list.query())).data?.httpStatus).toBe(401);
    const twice = await rejection(
      (await admin()).apiClients.revokeToken.mutate({ tokenId: rotated.tokenId }),
    );
    expect(twice.message).toBe('Mã truy cập này đã được thu hồi trước đó.');
  });

  it('an expiring token works through its last day in Việt Nam and gets 401 from midnight', async () => {
    now = new Date('2026-12-07T03:00:00Z');
    const { client, issued } = await registeredWithToken('Hệ thống tiếp công dân', '08/12/2026');
    const detail = await (await admin()).apiClients.get.query({ clientId: client.id });
    expect(detail.tokens[0]?.expiresOn).toBe('2026-12-08');
    now = new Date('2026-12-08T16:59:00Z'); // 23:59 on 8 December in Hà Nội
    expect(await system(issued.token).auth.me.query()).toMatchObject({ kind: 'api_client' });
    now = new Date('2026-12-08T17:00:00Z');
    expect((await rejection(system(issued.token).auth.me.query())).data?.httpStatus).toBe(401);
    expect((await (await admin()).apiClients.get.query({ clientId: client.id })).tokens[0]?.state).toBe(
      'expired',
    );
  });

  it('refuses an expiry date in the past beside its field', async () => {
    const client = await (await admin()).apiClients.register.mutate(registration('Hệ thống đánh giá'));
    const error = await rejection(
      (await admin()).apiClients.issueToken.mutate({ clientId: client.id, expiresOn: '01/01/2020' }),
    );
    expect(error.data?.issues?.[0]).toMatchObject({
      field: 'expiresOn',
      message: 'Ngày hết hạn không được trước hôm nay.',
    });
    expect((await (await admin()).apiClients.get.query({ clientId: client.id })).tokens).toEqual([]);
  });

  it('every issue, rotation and revocation is in the audit log, without the hash', async () => {
    const { issued } = await registeredWithToken('Hệ thống camera');
    await (await admin()).apiClients.rotateToken.mutate({ tokenId: issued.tokenId, graceHours: 1 });
    await (await admin()).apiClients.revokeToken.mutate({ tokenId: issued.tokenId });
    const entries = await server.database.db
      .selectFrom('audit_log')
      .select(['operation', 'reason', 'after'])
      .where('entity', '=', 'api_client_tokens')
      .where('entity_id', '=', issued.tokenId)
      .orderBy('id')
      .execute();
    expect(entries.map((e) => [e.operation, e.reason])).toEqual([
      ['INSERT', 'Cấp mã truy cập cho hệ thống kết nối'],
      ['UPDATE', 'Thay mã truy cập của hệ thống kết nối'],
      ['UPDATE', 'Thu hồi mã truy cập của hệ thống kết nối'],
    ]);
    expect(JSON.stringify(entries)).not.toContain('token_hash');
  });
});

describe('who keeps the register', () => {
  it('refuses the plan administrator, a unit officer, a system’s token and anyone signed out', async () => {
    const { client, issued } = await registeredWithToken('Hệ thống thử quyền');
    for (const username of ['admin', 'sct']) {
      const other = await server.signedIn(username);
      const error = await rejection(other.apiClients.list.query());
      expect(error.data?.httpStatus).toBe(403);
      expect(error.message).toBe('Bạn không có quyền quản lý kết nối của hệ thống khác.');
      expect(
        (await rejection(other.apiClients.revokeToken.mutate({ tokenId: issued.tokenId }))).data?.httpStatus,
      ).toBe(403);
    }
    expect(
      (await rejection(system(issued.token).apiClients.get.query({ clientId: client.id }))).data?.httpStatus,
    ).toBe(403);
    expect((await rejection(server.anonymous.apiClients.list.query())).data?.httpStatus).toBe(401);
    expect((await (await admin()).apiClients.get.query({ clientId: client.id })).tokens[0]?.state).toBe(
      'active',
    );
  });

  it('does not reach another province’s systems', async () => {
    const db = server.database.db;
    await db.insertInto('tenants').values({ id: 'tinh-khac', name: 'Tỉnh khác' }).execute();
    const other = await db
      .insertInto('api_clients')
      .values({ tenant_id: 'tinh-khac', name: 'Hệ thống tỉnh khác', scopes: '["plans:read"]' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const token = await db
      .insertInto('api_client_tokens')
      .values({ tenant_id: 'tinh-khac', api_client_id: other.id, token_hash: hashToken('x'), hint: '' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const quantri = await admin();
    expect((await rejection(quantri.apiClients.get.query({ clientId: other.id }))).data?.code).toBe(
      'NOT_FOUND',
    );
    expect((await rejection(quantri.apiClients.revokeToken.mutate({ tokenId: token.id }))).data?.code).toBe(
      'NOT_FOUND',
    );
    expect((await rejection(quantri.apiClients.issueToken.mutate({ clientId: other.id }))).data?.code).toBe(
      'NOT_FOUND',
    );
    expect((await quantri.apiClients.list.query()).map((c) => c.name)).not.toContain('Hệ thống tỉnh khác');
  });
});
