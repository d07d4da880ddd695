import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The packages/db template, with the job queue's tables in it.
    globalSetup: ['./src/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // *.postgres.test.ts break the connection to a real PostgreSQL server (terminated backends, a
    // cut proxy): they run in the PostgreSQL pass only, as PGlite has no connection to lose.
    exclude: [...configDefaults.exclude, ...(process.env.DATABASE_URL ? [] : ['**/*.postgres.test.ts'])],
  },
});
