// The API and the portal as two child processes, for `npm start` (demo, after install and build)
// and `npm run serve` (the production start command: what the Dockerfile and the systemd unit run).
// SIGTERM or Ctrl-C stops both gracefully: each finishes the requests in flight, then exits.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { root } from './bootstrap.mjs';

/** How long the children get to finish what is in flight before they are killed. */
const STOP_GRACE_MS = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 20_000) + 5_000;

export function apiAndPortalAddresses() {
  const apiPort = process.env.API_PORT ?? '3001';
  const portalPort = process.env.PORTAL_PORT ?? '5173';
  const host = process.env.HOST ?? '127.0.0.1';
  return {
    apiPort,
    portalPort,
    host,
    apiUrl: `http://127.0.0.1:${apiPort}`,
    portalUrl: process.env.PUBLIC_ORIGIN ?? `http://127.0.0.1:${portalPort}`,
  };
}

/** Starts the API, waits for /ready, then the portal; resolves once both answer, false if one did not. */
export async function startServices({ apiEnv = {} } = {}) {
  const { apiPort, portalPort, host, apiUrl, portalUrl } = apiAndPortalAddresses();
  const children = [];
  let stopping = false;

  async function stopAll(exitCode) {
    if (stopping) return;
    stopping = true;
    console.log('\n• Đang dừng API và portal…');
    const exits = children.map((child) =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve(child.exitCode ?? 1)
        : new Promise((resolve) => child.once('exit', (code) => resolve(code ?? 1))),
    );
    for (const child of children) child.kill('SIGTERM');
    const codes = await Promise.race([Promise.all(exits), delay(STOP_GRACE_MS).then(() => null)]);
    if (codes === null) for (const child of children) child.kill('SIGKILL');
    process.exit(exitCode !== 0 ? exitCode : codes?.every((c) => c === 0) ? 0 : 1);
  }
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  function start(name, command, args, cwd, env) {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        console.error(`${name} đã dừng bất thường (mã ${code ?? signal}).`);
        void stopAll(1);
      }
    });
    children.push(child);
  }

  async function waitForReady(url, seconds) {
    for (let i = 0; i < seconds * 4; i++) {
      if (stopping) return false;
      try {
        if ((await fetch(url)).ok) return true;
      } catch {}
      await delay(250);
    }
    return false;
  }

  const tsx = join(root, 'apps/api/node_modules/.bin/tsx');
  console.log(
    `• Khởi động API (${process.env.DATABASE_URL ? 'PostgreSQL theo DATABASE_URL' : 'PGlite, dữ liệu trong DATA_DIR'})…`,
  );
  start('API', tsx, ['src/main.ts'], join(root, 'apps/api'), {
    PORT: apiPort,
    DATA_DIR: process.env.DATA_DIR ?? join(root, 'data/pglite'),
    ...apiEnv,
  });
  if (!(await waitForReady(`${apiUrl}/ready`, 120))) {
    console.error('API không sẵn sàng sau 120 giây.');
    await stopAll(1);
    return false;
  }
  start('Portal', process.execPath, ['server.js'], join(root, 'apps/portal'), {
    HOST: host,
    PORT: portalPort,
    ORIGIN: portalUrl,
    API_URL: apiUrl,
    // Report attachments (up to 10 MB) pass through the portal's form action to the API.
    BODY_SIZE_LIMIT: '11M',
  });
  if (!(await waitForReady(`http://127.0.0.1:${portalPort}/dang-nhap`, 60))) {
    console.error('Portal không sẵn sàng sau 60 giây.');
    await stopAll(1);
    return false;
  }
  return { apiUrl, portalUrl };
}
