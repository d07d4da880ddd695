import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Issue 18: a fuzz run anyone can start, bounded in time:
//   pnpm --filter @kiemtra/bench fuzz [seconds=120] [seed]
// with TEST_POSTGRES_URL=postgres://… to run on PostgreSQL (PGlite otherwise). Every procedure of
// the router, 12 actors, inputs drawn from the procedures' own zod schemas; it prints the
// requests, the statuses, every server error (500) and every refused input that changed the
// database (row counts before and after). The goal is 0 and 0; it exits 1 otherwise. It runs the
// suite's fuzz test (apps/api/src/testing/fuzz/fuzz.test.ts), longer, so that it gets the suite's
// migrated database template.
const seconds = process.argv[2] ?? '120';
const seed = process.argv[3] ?? String(Date.now() % 1_000_000);
const api = fileURLToPath(new URL('../../apps/api', import.meta.url));

const run = spawnSync('npx', ['vitest', 'run', 'src/testing/fuzz/fuzz.test.ts', '--silent=false'], {
  cwd: api,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SECONDS: seconds, FUZZ_SEED: seed },
});
process.exitCode = run.status ?? 1;
