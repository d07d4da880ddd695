import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// Issue 20: the production start command — `npm run serve`, what the Dockerfile and
// deploy/kiemtra.service run — starts the API and the portal, answers /ready, and on SIGTERM
// finishes the request in flight before it stops, with exit code 0.

const root = join(import.meta.dirname, '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, seconds: number): Promise<Response> {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) return response;
    } catch {}
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

test('the Dockerfile and the systemd unit run exactly this command', async () => {
  const { readFile } = await import('node:fs/promises');
  const dockerfile = await readFile(join(root, 'Dockerfile'), 'utf8');
  expect(dockerfile).toMatch(/^CMD \["node", "scripts\/serve\.mjs"\]$/m);
  expect(dockerfile).toMatch(/KIEMTRA_MODE=production/);
  const unit = await readFile(join(root, 'deploy/kiemtra.service'), 'utf8');
  expect(unit).toMatch(/^ExecStart=\S*node scripts\/serve\.mjs$/m);
  expect(unit).toMatch(/KIEMTRA_MODE=production/);
});

const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

test('npm run serve starts, answers /ready, and stops gracefully on SIGTERM with a request in flight', async () => {
  test.setTimeout(240_000);
  const [apiPort, portalPort] = [await freePort(), await freePort()];
  const dataDir = await mkdtemp(join(tmpdir(), 'kiemtra-serve-'));
  const output: string[] = [];
  const serve = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: root,
    env: {
      ...process.env,
      API_PORT: String(apiPort),
      PORTAL_PORT: String(portalPort),
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'info',
      // As the Dockerfile and deploy/kiemtra.service run it.
      KIEMTRA_MODE: 'production',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serve.stdout?.on('data', (chunk) => output.push(String(chunk)));
  serve.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const exited = exitOf(serve);
  try {
    const ready = await waitFor(`http://127.0.0.1:${apiPort}/ready`, 180);
    expect(ready.status).toBe(200);
    const portal = await waitFor(`http://127.0.0.1:${portalPort}/dang-nhap`, 60);
    expect(await portal.text()).toContain('Đăng nhập');

    // A request whose body is still arriving when SIGTERM comes.
    const body = JSON.stringify({ username: 'khong-co-ai', password: 'sai-mat-khau-hoan-toan' });
    const socket = connect(apiPort, '127.0.0.1');
    const answer = new Promise<string>((resolve, reject) => {
      let text = '';
      socket.on('data', (chunk) => {
        text += String(chunk);
      });
      socket.on('end', () => resolve(text));
      socket.on('close', () => resolve(text));
      socket.on('error', reject);
    });
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    socket.write(
      `POST /trpc/auth.signIn HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Connection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 300));
    serve.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1_000));

    // While it stops, nothing new is taken.
    const during = await fetch(`http://127.0.0.1:${apiPort}/ready`).then(
      (r) => r.status,
      () => 'refused',
    );
    expect([503, 'refused']).toContain(during);

    socket.end(body.slice(10));
    const response = await answer;
    expect(response, output.join('')).toMatch(/^HTTP\/1\.1 (4\d\d|200)/);
    expect(response).toContain('application/json');
    expect(await exited, output.join('')).toBe(0);
    expect(output.join('')).toContain('API đã dừng');
  } finally {
    if (serve.exitCode === null) serve.kill('SIGKILL');
    await rm(dataDir, { recursive: true, force: true });
  }
});
