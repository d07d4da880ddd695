import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../auth/tokens.js';
import { rejection } from '../../testing/rejection.js';
import { DEMO_PASSWORD, startTestServer, type TestServer } from '../../testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

describe('auth over HTTP', () => {
  it('signs in with the demo password and tells who is signed in', async () => {
    const client = await server.signedIn('admin');
    const me = await client.auth.me.query();
    expect(me).toMatchObject({ kind: 'user', username: 'admin', roles: ['plan_admin'] });
    expect(me.roleLabels).toEqual(['Quản trị kế hoạch (Sở Nội vụ)']);
    expect(me.orgUnitName).toBe('Sở Nội vụ');
  });

  it('sets an httpOnly SameSite session cookie', async () => {
    const response = await fetch(`${server.url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ json: { username: 'lanhdao', password: DEMO_PASSWORD } }),
    });
    expect(response.status).toBe(200);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${SESSION_COOKIE}=`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('answers a wrong password and an unknown user with the same Vietnamese message', async () => {
    const wrongPassword = await rejection(
      server.anonymous.auth.signIn.mutate({ username: 'tayson', password: 'sai' }),
    );
    const unknownUser = await rejection(
      server.anonymous.auth.signIn.mutate({ username: 'khong-co', password: 'sai' }),
    );
    expect(wrongPassword.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(unknownUser.message).toBe(wrongPassword.message);
    expect(wrongPassword.data?.httpStatus).toBe(401);
  });

  it('refuses further attempts after five failures for one account, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await rejection(server.anonymous.auth.signIn.mutate({ username: 'thanhvien', password: `sai-${i}` }));
    }
    const refused = await rejection(
      server.anonymous.auth.signIn.mutate({ username: 'thanhvien', password: DEMO_PASSWORD }),
    );
    expect(refused.data?.httpStatus).toBe(429);
    expect(refused.message).toMatch(/thử lại sau/);
  });

  it('ends the session on sign-out', async () => {
    const client = await server.signedIn('sct');
    await client.auth.signOut.mutate();
    const error = await rejection(client.auth.me.query());
    expect(error.data?.httpStatus).toBe(401);
    expect(error.message).toBe('Bạn cần đăng nhập để tiếp tục.');
  });

  it('refuses an unknown bearer token', async () => {
    const error = await rejection(server.withBearer('not-a-token').auth.me.query());
    expect(error.data?.code).toBe('UNAUTHORIZED');
  });

  it('answers a malformed input with 400 and a Vietnamese message naming the field', async () => {
    const error = await rejection(server.anonymous.auth.signIn.mutate({ username: '', password: 'x' }));
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toBe('Dữ liệu nhập chưa đúng. Hãy nhập tên đăng nhập.');
    expect(error.data?.issues).toEqual([
      { path: 'username', message: 'Hãy nhập tên đăng nhập.', code: null, field: 'username' },
    ]);
  });
});
