// `pnpm kiemtra <command>` (setup, backup, restore, worker): runs apps/api/src/cli/kiemtra.ts under the pinned
// Node.js with the API's own environment; PGlite's data is the one `npm start` uses unless DATA_DIR says.
import { spawn } from 'node:child_process';
import { isAbsolute, join, resolve } from 'node:path';
import { ensureRuntime, root } from './bootstrap.mjs';

await ensureRuntime();
const tsx = join(root, 'apps/api/node_modules/.bin/tsx');
// Paths the operator typed are theirs, relative to where they ran the command, not to apps/api.
const here = process.env.INIT_CWD ?? process.cwd();
const args = process.argv
  .slice(2)
  .map((arg, i, all) =>
    i === 1 && ['backup', 'restore'].includes(all[0] ?? '') && !isAbsolute(arg) ? resolve(here, arg) : arg,
  );
const dataDir = process.env.DATA_DIR ? resolve(here, process.env.DATA_DIR) : join(root, 'data/pglite');
const child = spawn(tsx, ['src/cli/kiemtra.ts', ...args], {
  cwd: join(root, 'apps/api'),
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir },
});
// A service manager stops `kiemtra worker` with SIGTERM to this process: the command gets it too,
// finishes its running jobs and exits; its exit code is this one's.
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
