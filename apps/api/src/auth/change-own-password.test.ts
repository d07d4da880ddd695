import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpProvince } from '../setup/set-up-province.js';
import { rejection } from '../testing/rejection.js';
import {
  clientFor,
  DEMO_PASSWORD,
  sessionCookie,
  startTestServer,
  type TestServer,
} from '../testing/test-server.js';
import { hashPassword } from './password.js';

const NEW_PASSWORD = 'Tre-xanh-ven-song-47';
let server: TestServer;
let temporaryPassword: string;

beforeAll(async () => {
  server = await startTestServer();
  ({ temporaryPassword } = await setUpProvince(
    server.database.db,
    {
      code: 'quang-tri',
      name: 'Tỉnh Quảng Trị',
      validFrom: '01/07/2025',
      admin: { username: 'quantri.qt', fullName: 'Lê Thị Hoa' },
    },
    { hashPassword },
  ));
}, 120_000);
afterAll(async () => server?.close());

const errorData = (error: { data?: unknown }) =>
  error.data as {
    code: string;
    domainCode: string | null;
    issues: { field: string | null; code: string | null }[];
  };

describe('a temporary password must be changed before anything else', () => {
  let cookie: string;

  it('signs in with the temporary password and says it must be changed', async () => {
    cookie = await sessionCookie(server.url, 'quantri.qt', temporaryPassword);
    const me = await clientFor(server.url, { cookie }).auth.me.query();
    expect(me).toMatchObject({ username: 'quantri.qt', roles: ['system_admin'], mustChangePassword: true });
  });

  it('refuses every other procedure with PASSWORD_CHANGE_REQUIRED and a sentence that says why', async () => {
    const client = clientFor(server.url, { cookie });
    for (const call of [
      client.orgUnits.tree.query({ asAt: '2025-07-01' }),
      client.calendar.schedules.query(),
    ]) {
      const error = await rejection(call);
      expect(errorData(error)).toMatchObject({ code: 'FORBIDDEN', domainCode: 'PASSWORD_CHANGE_REQUIRED' });
      expect(error.message).toBe('Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục sử dụng hệ thống.');
    }
  });

  it('refuses the plain HTTP routes too (documents, files)', async () => {
    const answer = await fetch(`${server.url}/files/attachments/00000000-0000-4000-8000-000000000000`, {
      headers: { cookie },
    });
    expect(answer.status).toBe(403);
    expect(await answer.json()).toEqual({
      message: 'Bạn cần đổi mật khẩu tạm thời trước khi tiếp tục sử dụng hệ thống.',
    });
  });

  it('refuses a new password the policy refuses, beside the field, and keeps the temporary one', async () => {
    const client = clientFor(server.url, { cookie });
    const error = await rejection(
      client.auth.changeOwnPassword.mutate({
        currentPassword: temporaryPassword,
        newPassword: 'quantri.qt-2026',
        newPasswordRepeat: 'quantri.qt-2026',
      }),
    );
    expect(errorData(error).code).toBe('BAD_REQUEST');
    expect(errorData(error).issues).toEqual([
      expect.objectContaining({ field: 'newPassword', code: 'contains_username' }),
    ]);
    expect(error.message).toBe('Mật khẩu không được chứa tên đăng nhập.');
    expect((await client.auth.me.query()).mustChangePassword).toBe(true);
  });

  it('lets the person in once the password is changed', async () => {
    const client = clientFor(server.url, { cookie });
    await client.auth.changeOwnPassword.mutate({
      currentPassword: temporaryPassword,
      newPassword: NEW_PASSWORD,
      newPasswordRepeat: NEW_PASSWORD,
    });
    expect((await client.auth.me.query()).mustChangePassword).toBe(false);
    expect(await client.orgUnits.tree.query({ asAt: '2025-07-01' })).toMatchObject({
      roots: [{ name: 'Ủy ban nhân dân tỉnh Quảng Trị' }],
    });
    // The temporary password no longer opens the account; the new one does.
    await expect(sessionCookie(server.url, 'quantri.qt', temporaryPassword)).rejects.toThrow(/answered 401/);
    const again = await sessionCookie(server.url, 'quantri.qt', NEW_PASSWORD);
    expect((await clientFor(server.url, { cookie: again }).auth.me.query()).mustChangePassword).toBe(false);
  });
});

describe('changing one’s own password', () => {
  it('refuses a wrong current password beside its field, and changes nothing', async () => {
    const client = await server.signedIn('lanhdao');
    const error = await rejection(
      client.auth.changeOwnPassword.mutate({
        currentPassword: 'không-phải-mật-khẩu',
        newPassword: NEW_PASSWORD,
        newPasswordRepeat: NEW_PASSWORD,
      }),
    );
    expect(errorData(error).code).toBe('BAD_REQUEST');
    expect(errorData(error).issues).toEqual([
      expect.objectContaining({ field: 'currentPassword', code: 'wrong_current_password' }),
    ]);
    expect(error.message).toBe('Mật khẩu hiện tại không đúng.');
    await expect(sessionCookie(server.url, 'lanhdao', DEMO_PASSWORD)).resolves.toBeTruthy();
  });

  it('refuses two different new passwords before checking anything', async () => {
    const client = await server.signedIn('lanhdao');
    const error = await rejection(
      client.auth.changeOwnPassword.mutate({
        currentPassword: DEMO_PASSWORD,
        newPassword: NEW_PASSWORD,
        newPasswordRepeat: `${NEW_PASSWORD}!`,
      }),
    );
    expect(error.message).toBe('Dữ liệu nhập chưa đúng. Hai lần nhập mật khẩu mới không giống nhau.');
  });

  it('ends the account’s other sessions and keeps the one in use', async () => {
    const elsewhere = await server.signedIn('truongdoan');
    const here = await server.signedIn('truongdoan');
    await here.auth.changeOwnPassword.mutate({
      currentPassword: DEMO_PASSWORD,
      newPassword: NEW_PASSWORD,
      newPasswordRepeat: NEW_PASSWORD,
    });
    expect((await here.auth.me.query()).username).toBe('truongdoan');
    expect((await rejection(elsewhere.auth.me.query())).message).toBe('Bạn cần đăng nhập để tiếp tục.');
    await expect(sessionCookie(server.url, 'truongdoan', DEMO_PASSWORD)).rejects.toThrow(/answered 401/);
  });

  it('asks a caller who is not signed in to sign in', async () => {
    const error = await rejection(
      server.anonymous.auth.changeOwnPassword.mutate({
        currentPassword: 'x',
        newPassword: NEW_PASSWORD,
        newPasswordRepeat: NEW_PASSWORD,
      }),
    );
    expect(errorData(error).code).toBe('UNAUTHORIZED');
  });
});

describe('an account the system administrator creates or resets', () => {
  it('must change its temporary password at first sign-in, and again after a reset', async () => {
    const units = await server.database.db
      .selectFrom('org_units')
      .select('id')
      .where('code', '=', 'xa-binh-tuong')
      .executeTakeFirstOrThrow();
    const admin = await server.signedIn('quantri');
    const { account, temporaryPassword: first } = await admin.accounts.create.mutate({
      username: 'canbo.doimatkhau',
      fullName: 'Trần Thị Bích',
      email: 'bich.tt@binhdinh.gov.vn',
      position: 'Công chức Văn phòng – Thống kê',
      orgUnitId: units.id,
      roles: ['unit_reporter'],
      actingUnitId: units.id,
    });
    const person = await server.signedIn(account.username, first);
    expect((await person.auth.me.query()).mustChangePassword).toBe(true);
    await person.auth.changeOwnPassword.mutate({
      currentPassword: first,
      newPassword: NEW_PASSWORD,
      newPasswordRepeat: NEW_PASSWORD,
    });
    expect((await person.auth.me.query()).mustChangePassword).toBe(false);

    const listed = await admin.accounts.list.query({ q: account.username });
    const version = listed.accounts.find((a) => a.id === account.id)?.version ?? 0;
    const reset = await admin.accounts.resetPassword.mutate({
      accountId: account.id,
      expectedVersion: version,
    });
    const again = await server.signedIn(account.username, reset.temporaryPassword);
    expect((await again.auth.me.query()).mustChangePassword).toBe(true);
  });
});
