import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { PRODUCTION_SETUP_FLAGS } from './e2e/production-province.js';

// The journeys run against the real API (a fresh PGlite with the 2024 seed) and the built portal,
// on ports of their own so that a running `npm start` is not disturbed.
// E2E_API_PORT / E2E_PORTAL_PORT let several checkouts run their journeys at the same time.
const API_PORT = Number(process.env.E2E_API_PORT ?? 3201);
const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 5201);
const portalUrl = `http://127.0.0.1:${PORTAL_PORT}`;
// Made once by the runner; its workers load this file again and must find the same directory.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'kiemtra-e2e-'));
process.env.E2E_DATA_DIR = dataDir;
// E2E_MODE=production runs the production-mode journeys on their own pair of servers: an empty PGlite,
// `pnpm kiemtra setup` run before the API starts (PGlite has one user), the API in production mode.
// The default pass runs every other journey on the demo.
const production = process.env.E2E_MODE === 'production';
const PRODUCTION_MODE_JOURNEYS = ['**/production-setup.spec.ts'];
// Journeys that issue a programme of the current year change what "current" means for every page
// (the home page's plans, the rounds' teams, the plan a copy starts from): they run after the
// journeys that read the seed's 2024 plan as the demo's only one.
const CURRENT_YEAR_JOURNEYS = ['**/deadlines.spec.ts', '**/notifications.spec.ts'];
const setupOutput = join(dataDir, 'setup.json');
process.env.E2E_SETUP_OUTPUT = setupOutput;
const setupCommand = [
  'node_modules/.bin/tsx src/cli/kiemtra.ts setup --json',
  ...PRODUCTION_SETUP_FLAGS.map((f) => `'${f}'`),
  `> '${setupOutput}'`,
].join(' ');

export default defineConfig({
  testDir: './e2e',
  projects: production
    ? [{ name: 'production', testMatch: PRODUCTION_MODE_JOURNEYS }]
    : [
        { name: 'demo', testIgnore: [...PRODUCTION_MODE_JOURNEYS, ...CURRENT_YEAR_JOURNEYS] },
        { name: 'demo-current-year', testMatch: CURRENT_YEAR_JOURNEYS, dependencies: ['demo'] },
      ],
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: {
    baseURL: portalUrl,
    locale: 'vi-VN',
    // A desk's usual screen; the unit's officer's journey runs on a 375 px phone (unit-report.spec.ts).
    viewport: { width: 1366, height: 768 },
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download cannot run on these machines.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: production
        ? `${setupCommand} && exec node_modules/.bin/tsx src/main.ts`
        : 'node_modules/.bin/tsx src/main.ts',
      cwd: './apps/api',
      url: `http://127.0.0.1:${API_PORT}/ready`,
      timeout: production ? 240_000 : 120_000,
      reuseExistingServer: false,
      env: {
        PORT: String(API_PORT),
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        LOG_LEVEL: 'warn',
        KIEMTRA_MODE: production ? 'production' : 'demo',
      },
    },
    {
      command: 'node server.js',
      cwd: './apps/portal',
      url: `${portalUrl}/dang-nhap`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: {
        HOST: '127.0.0.1',
        PORT: String(PORTAL_PORT),
        ORIGIN: portalUrl,
        API_URL: `http://127.0.0.1:${API_PORT}`,
        BODY_SIZE_LIMIT: '11M',
      },
    },
  ],
});
