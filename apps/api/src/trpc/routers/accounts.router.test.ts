import { randomUUID } from 'node:crypto';
import type { AccountCreateInput } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../auth/password.js';
import { unitIds } from '../../testing/planning-fixtures.js';
import { rejection } from '../../testing/rejection.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
let unit: (code: string) => string;
let otherProvince: { unitId: string; accountId: string };
beforeAll(async () => {
  server = await startTestServer();
  unit = await unitIds(server);
  otherProvince = await seedOtherProvince(server);
}, 120_000);
afterAll(async () => server?.close());

/** A second province with its own unit, system administrator and officer. */
async function seedOtherProvince(s: TestServer) {
  const db = s.database.db;
  await db.insertInto('tenants').values({ id: 'gia-lai', name: 'Tỉnh Gia Lai' }).execute();
  const { id: unitId } = await db
    .insertInto('org_units')
    .values({
      tenant_id: 'gia-lai',
      code: 'gl-so-noi-vu',
      name: 'Sở Nội vụ tỉnh Gia Lai',
      kind: 'department',
      valid_from: '2025-07-01',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const hash = await hashPassword(DEMO_PASSWORD);
  const users = await db
    .insertInto('users')
    .values([
      {
        tenant_id: 'gia-lai',
        org_unit_id: unitId,
        username: 'gl.quantri',
        full_name: 'Quản trị Gia Lai',
        position: null,
        password_hash: hash,
      },
      {
        tenant_id: 'gia-lai',
        org_unit_id: unitId,
        username: 'gl.canbo',
        full_name: 'Cán bộ Gia Lai',
        position: null,
        password_hash: hash,
      },
    ])
    .returning('id')
    .execute();
  await db
    .insertInto('user_roles')
    .values([
      { user_id: users[0]?.id ?? '', role: 'system_admin' },
      { user_id: users[1]?.id ?? '', role: 'inspector' },
    ])
    .execute();
  return { unitId, accountId: users[1]?.id ?? '' };
}

const officer = (overrides: Partial<AccountCreateInput> = {}): AccountCreateInput => ({
  username: `canbo.${randomUUID().slice(0, 8)}`,
  fullName: 'Trần Thị Bích',
  email: 'bich.tt@binhdinh.gov.vn',
  position: 'Công chức Văn phòng – Thống kê',
  orgUnitId: unit('xa-binh-tuong'),
  roles: ['unit_reporter'],
  actingUnitId: unit('xa-binh-tuong'),
  ...overrides,
});

const issuesOf = (error: Awaited<ReturnType<typeof rejection>>) =>
  Object.fromEntries((error.data?.issues ?? []).map((i) => [i.field ?? i.path, i.message]));

describe('accounts: created by the system administrator', () => {
  it('creates a unit officer who signs in with the temporary password shown once, and audits it', async () => {
    const admin = await server.signedIn('quantri');
    const created = await admin.accounts.create.mutate(officer({ username: 'Bich.XaBinhTuong' }));
    expect(created.account).toMatchObject({
      username: 'bich.xabinhtuong',
      email: 'bich.tt@binhdinh.gov.vn',
      roles: ['unit_reporter'],
      actingUnit: { id: unit('xa-binh-tuong'), ceased: false },
      active: true,
      version: 1,
    });
    expect(created.temporaryPassword).toMatch(/^[\w]{4}(-[\w]{4}){3}$/);
    const me = await (await server.signedIn('bich.xabinhtuong', created.temporaryPassword)).auth.me.query();
    expect(me).toMatchObject({ orgUnitId: unit('xa-binh-tuong'), roles: ['unit_reporter'] });
    const again = await admin.accounts.get.query({ accountId: created.account.id });
    expect(again).not.toHaveProperty('temporaryPassword');
    expect(JSON.stringify(again)).not.toContain('argon2');
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['actor_name', 'reason', 'after'])
      .where('entity', '=', 'users')
      .where('entity_id', '=', created.account.id)
      .execute();
    expect(audit).toEqual([expect.objectContaining({ actor_name: 'Võ Minh Tuấn', reason: 'Tạo tài khoản' })]);
    expect(JSON.stringify(audit)).not.toContain('password_hash');
  });

  it('creates a plan administrator, who acts for no unit', async () => {
    const admin = await server.signedIn('quantri');
    const created = await admin.accounts.create.mutate(
      officer({ roles: ['plan_admin'], actingUnitId: null, orgUnitId: unit('xa-binh-tuong') }),
    );
    expect(created.account.actingUnit).toBeNull();
    expect(created.account.roleLabels).toEqual(['Quản trị kế hoạch (Sở Nội vụ)']);
  });

  it('refuses a username already taken, beside the field, and saves nothing twice', async () => {
    const admin = await server.signedIn('quantri');
    const input = officer();
    await admin.accounts.create.mutate(input);
    const error = await rejection(admin.accounts.create.mutate(input));
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(issuesOf(error).username).toContain(`Tên đăng nhập ${input.username} đã có tài khoản`);
    const count = await server.database.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('username', '=', input.username)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('answers bad fields in Vietnamese, each beside its field', async () => {
    const admin = await server.signedIn('quantri');
    const error = await rejection(
      admin.accounts.create.mutate({ ...officer(), username: 'Lê Văn', email: 'thư', fullName: '' }),
    );
    expect(error.data?.code).toBe('BAD_REQUEST');
    const issues = issuesOf(error);
    expect(issues.username).toContain('chữ thường không dấu');
    expect(issues.email).toContain('chưa đúng dạng');
    expect(issues.fullName).toBe('Hãy nhập họ và tên.');
  });

  it('refuses a unit role without its unit, a ceased unit, and a unit of another province', async () => {
    const admin = await server.signedIn('quantri');
    const noUnit = await rejection(admin.accounts.create.mutate(officer({ actingUnitId: null })));
    expect(issuesOf(noUnit).actingUnitId).toContain('cần chọn đơn vị mà người này đại diện');
    const ceased = await rejection(
      admin.accounts.create.mutate(
        officer({ orgUnitId: unit('so-noi-vu'), roles: ['inspector'], actingUnitId: null }),
      ),
    );
    expect(issuesOf(ceased).orgUnitId).toContain('không còn (hoặc chưa) hoạt động');
    const foreign = await rejection(
      admin.accounts.create.mutate(
        officer({ orgUnitId: otherProvince.unitId, roles: ['inspector'], actingUnitId: null }),
      ),
    );
    expect(issuesOf(foreign).orgUnitId).toBe('Không có đơn vị công tác này trong danh mục của tỉnh.');
  });
});

describe('accounts: listed, read and edited', () => {
  it('lists a page filtered by text, unit, role and status, and flags accounts of ceased units', async () => {
    const admin = await server.signedIn('quantri');
    const all = await admin.accounts.list.query({});
    expect(all.total).toBeGreaterThanOrEqual(11);
    expect(all.accounts.every((a) => a.username.startsWith('gl.') === false)).toBe(true);
    const tayson = await admin.accounts.list.query({ q: 'tayson' });
    expect(tayson.accounts.map((a) => a.username).sort()).toEqual(['noivu.tayson', 'tayson']);
    expect(tayson.accounts.every((a) => a.orgUnit.ceased)).toBe(true);
    const byUnit = await admin.accounts.list.query({ unitId: unit('xa-binh-tuong'), role: 'unit_reporter' });
    expect(byUnit.accounts.map((a) => a.username)).toContain('xa.binhtuong');
    expect(byUnit.accounts.every((a) => a.roles.includes('unit_reporter'))).toBe(true);
    expect(byUnit.accounts.find((a) => a.username === 'xa.binhtuong')?.orgUnit.ceased).toBe(false);
    expect((await admin.accounts.list.query({ status: 'inactive', q: 'quantri' })).total).toBe(0);
    const second = await admin.accounts.list.query({ page: 2 });
    expect(second.page).toBe(2);
  });

  it('edits at the version read, refuses a stale one, and audits the roles changed', async () => {
    const admin = await server.signedIn('quantri');
    const { account } = await admin.accounts.create.mutate(officer());
    const edited = await admin.accounts.update.mutate({
      accountId: account.id,
      expectedVersion: 1,
      fullName: 'Trần Thị Bích Ngọc',
      email: null,
      position: null,
      orgUnitId: account.orgUnit.id,
      roles: ['unit_reporter', 'unit_head'],
      actingUnitId: account.actingUnit?.id ?? null,
    });
    expect(edited).toMatchObject({
      fullName: 'Trần Thị Bích Ngọc',
      email: null,
      version: 2,
      roles: ['unit_head', 'unit_reporter'],
    });
    const stale = await rejection(
      admin.accounts.update.mutate({
        ...edited,
        accountId: account.id,
        expectedVersion: 1,
        orgUnitId: account.orgUnit.id,
        actingUnitId: unit('xa-binh-tuong'),
      }),
    );
    expect(stale.data?.code).toBe('CONFLICT');
    const roleAudit = await server.database.db
      .selectFrom('audit_log')
      .select(['operation', 'after'])
      .where('entity', '=', 'user_roles')
      .where('entity_id', '=', account.id)
      .where('reason', '=', 'Sửa tài khoản')
      .execute();
    expect(roleAudit).toEqual([
      expect.objectContaining({ operation: 'INSERT', after: expect.objectContaining({ role: 'unit_head' }) }),
    ]);
  });

  it('keeps a ceased unit an account already had while something else is edited', async () => {
    const admin = await server.signedIn('quantri');
    const tayson = (await admin.accounts.list.query({ q: 'tayson', role: 'unit_reporter' })).accounts[0];
    if (!tayson) throw new Error('no tayson');
    const edited = await admin.accounts.update.mutate({
      accountId: tayson.id,
      expectedVersion: tayson.version,
      fullName: tayson.fullName,
      email: 'linh.dtm@tayson.binhdinh.gov.vn',
      position: tayson.position,
      orgUnitId: tayson.orgUnit.id,
      roles: tayson.roles,
      actingUnitId: tayson.actingUnit?.id ?? null,
    });
    expect(edited.email).toBe('linh.dtm@tayson.binhdinh.gov.vn');
    expect(edited.actingUnit?.ceased).toBe(true);
  });
});

describe('accounts: deactivated, reactivated, reset', () => {
  it('signs a deactivated account out at once, keeps its past acts attributed, and lets it back in when reactivated', async () => {
    const admin = await server.signedIn('quantri');
    const { account, temporaryPassword } = await admin.accounts.create.mutate(officer());
    const person = await server.signedIn(account.username, temporaryPassword);
    await person.auth.me.query();
    const deactivated = await admin.accounts.deactivate.mutate({
      accountId: account.id,
      expectedVersion: 1,
      reason: 'Chuyển công tác',
    });
    expect(deactivated.active).toBe(false);
    expect((await rejection(person.auth.me.query())).data?.code).toBe('UNAUTHORIZED');
    const sessions = await server.database.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', account.id)
      .execute();
    expect(sessions).toEqual([]);
    await expect(server.signedIn(account.username, temporaryPassword)).rejects.toThrow();
    const audit = await server.database.db
      .selectFrom('audit_log')
      .select(['reason', 'actor_name'])
      .where('entity', '=', 'users')
      .where('entity_id', '=', account.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.reason)).toEqual(['Tạo tài khoản', 'Chuyển công tác']);
    const reactivated = await admin.accounts.reactivate.mutate({ accountId: account.id, expectedVersion: 2 });
    expect(reactivated).toMatchObject({ active: true, version: 3 });
    await (await server.signedIn(account.username, temporaryPassword)).auth.me.query();
  });

  it('resets a password: the old one no longer works, the new one is shown once, sessions end', async () => {
    const admin = await server.signedIn('quantri');
    const { account, temporaryPassword } = await admin.accounts.create.mutate(officer());
    const person = await server.signedIn(account.username, temporaryPassword);
    const reset = await admin.accounts.resetPassword.mutate({ accountId: account.id, expectedVersion: 1 });
    expect(reset.temporaryPassword).not.toBe(temporaryPassword);
    expect((await rejection(person.auth.me.query())).data?.code).toBe('UNAUTHORIZED');
    await expect(server.signedIn(account.username, temporaryPassword)).rejects.toThrow();
    await (await server.signedIn(account.username, reset.temporaryPassword)).auth.me.query();
    const stale = await rejection(
      admin.accounts.resetPassword.mutate({ accountId: account.id, expectedVersion: 1 }),
    );
    expect(stale.data?.code).toBe('CONFLICT');
  });
});

describe('accounts: the last system administrator and other provinces', () => {
  it('never leaves the province without an active system administrator', async () => {
    const admin = await server.signedIn('quantri');
    const me = await admin.accounts.list.query({ q: 'quantri' });
    const quantri = me.accounts.find((a) => a.username === 'quantri');
    if (!quantri) throw new Error('no quantri');
    const strip = await rejection(
      admin.accounts.update.mutate({
        accountId: quantri.id,
        expectedVersion: quantri.version,
        fullName: quantri.fullName,
        email: null,
        position: quantri.position,
        orgUnitId: quantri.orgUnit.id,
        roles: ['plan_admin'],
        actingUnitId: null,
      }),
    );
    expect(strip.data?.code).toBe('UNPROCESSABLE_CONTENT');
    expect(strip.message).toContain('quản trị hệ thống cuối cùng');
    const deactivateSelf = await rejection(
      admin.accounts.deactivate.mutate({ accountId: quantri.id, expectedVersion: quantri.version }),
    );
    expect(deactivateSelf.message).toContain('quản trị hệ thống cuối cùng');

    // With a second administrator, the first may be removed by the second, never by itself.
    const { account: second, temporaryPassword } = await admin.accounts.create.mutate(
      officer({ roles: ['system_admin'], actingUnitId: null }),
    );
    const own = await rejection(
      admin.accounts.deactivate.mutate({ accountId: quantri.id, expectedVersion: quantri.version }),
    );
    expect(own.message).toContain('không thể tự khóa');
    const secondAdmin = await server.signedIn(second.username, temporaryPassword);
    // Its temporary password is changed first: until then nothing else is allowed.
    await secondAdmin.auth.changeOwnPassword.mutate({
      currentPassword: temporaryPassword,
      newPassword: 'Tre-xanh-ven-song-47',
      newPasswordRepeat: 'Tre-xanh-ven-song-47',
    });
    const removed = await secondAdmin.accounts.deactivate.mutate({
      accountId: quantri.id,
      expectedVersion: quantri.version,
    });
    expect(removed.active).toBe(false);
    const last = await rejection(
      secondAdmin.accounts.deactivate.mutate({ accountId: second.id, expectedVersion: second.version }),
    );
    expect(last.message).toContain('quản trị hệ thống cuối cùng');
    await secondAdmin.accounts.reactivate.mutate({ accountId: quantri.id, expectedVersion: removed.version });
  });

  it('acts only in its own province', async () => {
    const admin = await server.signedIn('quantri');
    const accountId = otherProvince.accountId;
    for (const call of [
      () => admin.accounts.get.query({ accountId }),
      () => admin.accounts.deactivate.mutate({ accountId, expectedVersion: 1 }),
      () => admin.accounts.reactivate.mutate({ accountId, expectedVersion: 1 }),
      () => admin.accounts.resetPassword.mutate({ accountId, expectedVersion: 1 }),
      () =>
        admin.accounts.update.mutate({
          accountId,
          expectedVersion: 1,
          fullName: 'X',
          orgUnitId: otherProvince.unitId,
          roles: ['inspector'],
        }),
    ]) {
      expect((await rejection(call())).data?.code).toBe('FORBIDDEN');
    }
    const other = await server.signedIn('gl.quantri');
    const listed = await other.accounts.list.query({});
    expect(listed.accounts.map((a) => a.username).sort()).toEqual(['gl.canbo', 'gl.quantri']);
    const row = await server.database.db
      .selectFrom('users')
      .select(['active', 'version'])
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ active: true, version: 1 });
  });

  it('is refused to every role but the system administrator', async () => {
    const planAdmin = await server.signedIn('admin');
    expect((await rejection(planAdmin.accounts.list.query({}))).data?.code).toBe('FORBIDDEN');
  });
});

describe('profile: the person’s own account', () => {
  it('names the units of one’s own account that have ceased, for the home page', async () => {
    const tayson = await server.signedIn('tayson');
    expect((await tayson.profile.ceasedUnits.query()).units).toEqual([
      { id: unit('huyen-tay-son'), name: 'Ủy ban nhân dân huyện Tây Sơn', as: 'work' },
    ]);
    const commune = await server.signedIn('xa.binhtuong');
    expect((await commune.profile.ceasedUnits.query()).units).toEqual([]);
  });
});
