import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejection } from '../../testing/rejection.js';
import { startTestServer, type TestServer } from '../../testing/test-server.js';

const clock = {
  current: new Date('2024-05-07T01:00:00Z'),
  now() {
    return this.current;
  },
};
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ clock });
});
afterAll(async () => server?.close());

describe('sessions', () => {
  it('expire after their lifetime', async () => {
    const client = await server.signedIn('truongdoan');
    expect((await client.auth.me.query()).username).toBe('truongdoan');
    clock.current = new Date(clock.current.getTime() + 13 * 3_600_000);
    const error = await rejection(client.auth.me.query());
    expect(error.message).toBe('Bạn cần đăng nhập để tiếp tục.');
  });
});
