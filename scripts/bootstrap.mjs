// Shared by start.mjs and test.mjs: make sure the pinned pnpm is present and the workspace installed,
// using nothing but Node.js and npm, so that both commands work on a fresh machine.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.replace(
  /^pnpm@/,
  '',
);

function installedPnpmVersion() {
  try {
    return execFileSync('pnpm', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`Lệnh thất bại (mã ${result.status ?? result.signal}): ${command} ${args.join(' ')}`);
  }
}

export function ensureInstalled() {
  if (installedPnpmVersion() !== pinned) {
    console.log(`• Cài pnpm ${pinned}…`);
    // Corepack fails on these machines (the registry serves no signatures); npm works.
    run('npm', ['install', '--global', '--allow-scripts=pnpm', `pnpm@${pinned}`]);
  }
  console.log('• Cài các gói phụ thuộc (pnpm install --frozen-lockfile)…');
  run('pnpm', ['install', '--frozen-lockfile']);
}
