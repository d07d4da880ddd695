// One command for a fresh machine: install, build the portal, start the API (PGlite in ./data unless
// DATABASE_URL is set; migrations and the 2024 seed run at start) and the portal; Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ensureInstalled, root, run } from './bootstrap.mjs';

const apiPort = process.env.API_PORT ?? '3001';
const portalPort = process.env.PORTAL_PORT ?? '5173';
const apiUrl = `http://127.0.0.1:${apiPort}`;
const portalUrl = `http://127.0.0.1:${portalPort}`;

await ensureInstalled();
console.log('• Dựng cổng thông tin (portal)…');
run('pnpm', ['--filter', '@kiemtra/portal', 'build']);

const children = [];
function start(name, command, args, cwd, env) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: 'inherit' });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} đã dừng bất thường (mã ${code ?? signal}).`);
      void stopAll(1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
async function stopAll(exitCode) {
  if (stopping) return;
  stopping = true;
  console.log('\n• Đang dừng API và portal…');
  const exited = children.map((child) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise((r) => child.once('exit', r)),
  );
  for (const child of children) child.kill('SIGTERM');
  await Promise.race([Promise.all(exited), delay(10_000)]);
  process.exit(exitCode);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

const tsx = join(root, 'apps/api/node_modules/.bin/tsx');
console.log(
  `• Khởi động API (${process.env.DATABASE_URL ? 'PostgreSQL theo DATABASE_URL' : 'PGlite, dữ liệu trong ./data'})…`,
);
start('API', tsx, ['src/main.ts'], join(root, 'apps/api'), {
  PORT: apiPort,
  DATA_DIR: join(root, 'data/pglite'),
});

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
if (!(await waitForReady(`${apiUrl}/ready`, 120))) {
  console.error('API không sẵn sàng sau 120 giây.');
  await stopAll(1);
}

start('Portal', process.execPath, ['server.js'], join(root, 'apps/portal'), {
  HOST: '127.0.0.1',
  PORT: portalPort,
  ORIGIN: portalUrl,
  API_URL: apiUrl,
  // Report attachments (up to 10 MB) pass through the portal's form action to the API.
  BODY_SIZE_LIMIT: '11M',
});
if (!(await waitForReady(`${portalUrl}/dang-nhap`, 60))) {
  console.error('Portal không sẵn sàng sau 60 giây.');
  await stopAll(1);
}

console.log(`\nkiemtra đã sẵn sàng.\n  Cổng thông tin: ${portalUrl}\n  API (tRPC):     ${apiUrl}/trpc\n`);
run(tsx, ['src/print-demo-sign-ins.ts'], { cwd: join(root, 'apps/api') });
console.log('\nNhấn Ctrl-C để dừng.');
