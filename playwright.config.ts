import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// The journeys run against the real API (a fresh PGlite with the 2024 seed) and the built portal,
// on ports of their own so that a running `npm start` is not disturbed.
// E2E_API_PORT / E2E_PORTAL_PORT let several checkouts run their journeys at the same time.
const API_PORT = Number(process.env.E2E_API_PORT ?? 3201);
const PORTAL_PORT = Number(process.env.E2E_PORTAL_PORT ?? 5201);
const portalUrl = `http://127.0.0.1:${PORTAL_PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), 'kiemtra-e2e-'));

export default defineConfig({
  testDir: './e2e',
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
      command: 'node_modules/.bin/tsx src/main.ts',
      cwd: './apps/api',
      url: `http://127.0.0.1:${API_PORT}/ready`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: { PORT: String(API_PORT), DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'warn' },
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
