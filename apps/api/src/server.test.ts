import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './testing/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

describe('probes', () => {
  it('/health answers while the process runs', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('/ready answers once the database does', async () => {
    const response = await fetch(`${server.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', database: 'ok' });
  });

  it('/ready answers 503 with a Vietnamese reason when the database is gone', async () => {
    const other = await startTestServer();
    await other.database.close();
    try {
      const response = await fetch(`${other.url}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'not_ready',
        database: 'Không kết nối được cơ sở dữ liệu.',
      });
    } finally {
      await other.app.close();
    }
  });
});
