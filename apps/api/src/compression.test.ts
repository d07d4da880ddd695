import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { KIEMTRA_VERSION } from '@kiemtra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookie, startTestServer, type TestServer } from './testing/test-server.js';

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startTestServer();
  cookie = await sessionCookie(server.url, 'admin');
});
afterAll(async () => server?.close());

/** A raw GET (fetch would decompress and hide the encoding), with the body's bytes as sent. */
function get(
  path: string,
  acceptEncoding: string,
): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}${path}`,
      { headers: { cookie, 'accept-encoding': acceptEncoding } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const visitList = '/trpc/inspections.list';

describe('compression of the API’s answers', () => {
  it('gzips a JSON answer for a client that accepts it, with the same content', async () => {
    const zipped = await get(visitList, 'gzip');
    const plain = await get(visitList, 'identity');
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(1024);
    expect(zipped.body.length).toBeLessThan(plain.body.length / 2);
    expect(gunzipSync(zipped.body).toString()).toBe(plain.body.toString());
  });

  it('leaves a small answer as it is', async () => {
    const health = await get('/health', 'gzip');
    expect(health.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(health.body.toString())).toEqual({
      status: 'ok',
      version: KIEMTRA_VERSION,
      mode: 'demo',
    });
  });
});
