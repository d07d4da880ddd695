import { insertApiClient, withActor } from '@kiemtra/db';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, newToken } from '../../auth/tokens.js';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let quantriId: string;
let planId: string;
let systemId: string;

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  quantriId = (
    await db.selectFrom('users').select('id').where('username', '=', 'quantri').executeTakeFirstOrThrow()
  ).id;
  planId = (await db.selectFrom('plans').select('id').orderBy('created_at').executeTakeFirstOrThrow()).id;
  const ownerUnitId = (
    await db.selectFrom('org_units').select('id').where('code', '=', 'so-noi-vu').executeTakeFirstOrThrow()
  ).id;
  const quantri = await server.signedIn('quantri');
  const system = await quantri.apiClients.register.mutate({
    name: 'Cổng dịch vụ công',
    ownerUnitId,
    contact: 'Trần Thị Bình',
    scopes: ['plans:read'],
  });
  systemId = system.id;
  await quantri.apiClients.update.mutate({
    clientId: system.id,
    expectedVersion: system.version,
    name: 'Cổng dịch vụ công',
    ownerUnitId,
    contact: 'Trần Thị Bình',
    scopes: ['plans:read', 'results:read'],
  });
  // A plan's dates changed by the plan administrator, through the same audited transaction as the API's.
  await withActor(
    db,
    { kind: 'user', id: 'someone', name: 'Người sửa kế hoạch', tenantId: 'binh-dinh' },
    (trx) =>
      trx
        .updateTable('plans')
        .set({ window_end: '2024-12-31', status: 'draft' })
        .where('id', '=', planId)
        .execute(),
  );
  // Another province's change, which nobody here may read.
  await sql`INSERT INTO audit_log (tenant_id, actor_kind, actor_id, actor_name, operation, entity, entity_id, after)
    VALUES ('tinh-khac', 'user', ${quantriId}, 'Người tỉnh khác', 'INSERT', 'plans', 'x', '{}')`.execute(db);
}, 120_000);
afterAll(async () => server?.close());

describe('the audit log page', () => {
  it('shows one person’s changes with before and after in words', async () => {
    const reader = await server.signedIn('admin');
    const page = await reader.auditLog.page.query({ actorId: quantriId });
    expect(page.entries.every((e) => e.actorId === quantriId && e.actorName === 'Võ Minh Tuấn')).toBe(true);
    const [update, insert] = page.entries.filter((e) => e.entity === 'api_clients');
    expect(update).toMatchObject({
      entityLabel: 'Hệ thống kết nối',
      operationLabel: 'Sửa',
      recordName: 'Cổng dịch vụ công',
      reason: 'Sửa thông tin, quyền của hệ thống kết nối',
      fields: [
        {
          label: 'Quyền truy cập',
          before: 'Đọc kế hoạch kiểm tra',
          after: 'Đọc kế hoạch kiểm tra; Đọc kết quả kiểm tra phục vụ xếp hạng',
        },
      ],
    });
    expect(insert?.fields).toContainEqual({
      column: 'owner_org_unit_id',
      label: 'Đơn vị quản lý',
      before: null,
      after: 'Sở Nội vụ',
    });
    expect(JSON.stringify(page)).not.toContain('Người tỉnh khác');
  });

  it('shows a plan’s changes with dates dd/mm/yyyy and statuses by their labels', async () => {
    const reader = await server.signedIn('quantri');
    const page = await reader.auditLog.page.query({ planId, entity: 'plans' });
    const change = page.entries.find((e) => e.actorName === 'Người sửa kế hoạch');
    expect(change?.fields).toEqual(
      expect.arrayContaining([
        { column: 'status', label: 'Trạng thái', before: 'Đã ban hành', after: 'Dự thảo' },
        {
          column: 'window_end',
          label: 'Kiểm tra đến ngày',
          before: expect.stringMatching(/^\d{2}\/\d{2}\/2024$/),
          after: '31/12/2024',
        },
      ]),
    );
  });

  it('reads one record’s history and a range of days', async () => {
    const reader = await server.signedIn('quantri');
    const record = await reader.auditLog.page.query({ entity: 'api_clients', entityId: systemId });
    expect(record.entries.map((e) => e.operationLabel)).toEqual(['Sửa', 'Thêm mới']);
    const longAgo = await reader.auditLog.page.query({ from: '01/01/2020', to: '31/12/2020' });
    expect(longAgo).toEqual({ entries: [], nextCursor: null });
  });

  it('pages on the server, each page older than the one before, none repeated', async () => {
    const reader = await server.signedIn('quantri');
    const first = await reader.auditLog.page.query({});
    expect(first.entries).toHaveLength(50);
    expect(first.nextCursor).not.toBeNull();
    const second = await reader.auditLog.page.query({ cursor: first.nextCursor ?? '' });
    expect(second.entries.length).toBeGreaterThan(0);
    const firstIds = new Set(first.entries.map((e) => e.id));
    expect(second.entries.some((e) => firstIds.has(e.id))).toBe(false);
    const lastOfFirst = first.entries.at(-1)?.occurredAt.getTime() ?? 0;
    expect(second.entries.every((e) => e.occurredAt.getTime() <= lastOfFirst)).toBe(true);
  });

  it('offers the province’s people, systems, plans and every audited table as filters', async () => {
    const filters = await (await server.signedIn('quantri')).auditLog.filters.query();
    expect(filters.people).toContainEqual({ id: quantriId, name: 'Võ Minh Tuấn', username: 'quantri' });
    expect(filters.systems).toContainEqual({ id: systemId, name: 'Cổng dịch vụ công' });
    expect(filters.plans.map((p) => p.id)).toContain(planId);
    expect(filters.tables).toContainEqual({
      entity: 'api_client_tokens',
      label: 'Mã truy cập của hệ thống kết nối',
    });
  });

  it('refuses a table that is not audited, a range that ends before it starts and a forged page, beside the field', async () => {
    const reader = await server.signedIn('quantri');
    const table = await rejection(reader.auditLog.page.query({ entity: 'pg_authid' }));
    expect(table.data?.issues?.[0]).toMatchObject({
      field: 'entity',
      message: 'Hãy chọn loại dữ liệu trong danh sách.',
    });
    const range = await rejection(reader.auditLog.page.query({ from: '07/12/2026', to: '01/12/2026' }));
    expect(range.data?.issues?.[0]).toMatchObject({
      field: 'to',
      message: 'Ngày kết thúc không được trước ngày bắt đầu.',
    });
    const forged = await rejection(reader.auditLog.page.query({ cursor: "' OR 1=1 --" }));
    expect(forged.data?.httpStatus).toBe(400);
  });

  it('is refused to units, teams, systems and anyone signed out', async () => {
    for (const username of ['sct', 'truongdoan', 'thanhvien']) {
      const error = await rejection((await server.signedIn(username)).auditLog.page.query({}));
      expect(error.data?.httpStatus).toBe(403);
      expect(error.message).toBe('Bạn không có quyền xem nhật ký thay đổi.');
    }
    const token = newToken();
    await insertApiClient(server.database.db, {
      tenantId: 'binh-dinh',
      name: 'Hệ thống đọc mọi thứ',
      tokenHash: hashToken(token),
      scopes: ['plans:read', 'inspections:read', 'results:read'],
    });
    expect((await rejection(server.withBearer(token).auditLog.filters.query())).data?.httpStatus).toBe(403);
    expect((await rejection(server.anonymous.auditLog.page.query({}))).data?.httpStatus).toBe(401);
  });
});
