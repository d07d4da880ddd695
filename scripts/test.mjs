// Every test of the repository, in one command: lint, typecheck, the unit, database and API tests
// (PGlite, and also the real PostgreSQL when TEST_POSTGRES_URL is set), then the browser journeys.
// Runners write JSON reports to ./reports; the last line sums them as "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureInstalled, root } from './bootstrap.mjs';

const reports = join(root, 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

await ensureInstalled();
const failures = [];
function step(name, command, args, options = {}) {
  console.log(`\n━━ ${name}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.status !== 0) failures.push(name);
}

step('Lint và định dạng (biome)', 'pnpm', ['exec', 'biome', 'ci', '.']);
step('Kiểm tra kiểu (tsc, svelte-check)', 'pnpm', ['turbo', 'run', 'typecheck']);

const vitestPackages = ['packages/domain', 'packages/documents', 'packages/db', 'apps/api', 'apps/portal'];
const databasePackages = new Set(['packages/db', 'apps/api']);
function vitest(dir, label, env) {
  const file = join(reports, `vitest-${dir.replace('/', '-')}-${label}.json`);
  step(
    `vitest ${dir} (${label})`,
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--passWithNoTests',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${file}`,
    ],
    {
      cwd: join(root, dir),
      env: { ...process.env, ...env },
    },
  );
}
for (const dir of vitestPackages) {
  vitest(dir, 'pglite', { DATABASE_URL: '' });
}
if (process.env.TEST_POSTGRES_URL) {
  for (const dir of vitestPackages.filter((d) => databasePackages.has(d))) {
    vitest(dir, 'postgres', { DATABASE_URL: process.env.TEST_POSTGRES_URL });
  }
} else {
  console.log(
    '\n(TEST_POSTGRES_URL chưa đặt: bỏ qua lượt chạy kiểm thử cơ sở dữ liệu trên PostgreSQL thật.)',
  );
}

step('Dựng portal', 'pnpm', ['--filter', '@kiemtra/portal', 'build']);
step('Playwright (Chromium)', 'pnpm', ['exec', 'playwright', 'test'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') },
});
// The production journeys: an empty database set up from the CLI, servers of their own.
step('Playwright (Chromium), chế độ vận hành', 'pnpm', ['exec', 'playwright', 'test'], {
  env: {
    ...process.env,
    E2E_MODE: 'production',
    PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright-production.json'),
  },
});

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of readdirSync(reports).filter((n) => n.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(reports, name), 'utf8'));
  if (name.startsWith('vitest-')) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  } else if (name.startsWith('playwright')) {
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    skipped += report.stats.skipped;
  }
}

if (failures.length) console.log(`\nCác bước thất bại: ${failures.join('; ')}`);
if (passed === 0) console.log('\nKhông có kiểm thử nào chạy.');
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failures.length > 0 || failed > 0 || passed === 0 ? 1 : 0);
