import { defineConfig, devices } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

// Each run gets its own database file and port, so tests never touch data/
// and two runs on one machine do not collide. The values are fixed in the
// environment on first load so that the workers, which load this file again,
// agree with the main process.
process.env.E2E_PORT ??= String(3100 + (process.pid % 800));
process.env.E2E_DATABASE_PATH ??= join(process.cwd(), 'tests/.tmp', `e2e-${Date.now()}-${process.pid}.db`);
process.env.E2E_EDITOR_STATE ??= join(process.cwd(), 'tests/.tmp', `editor-${process.pid}.json`);
process.env.E2E_EDITOR_PASSWORD ??= `e2e-editor-${process.pid}-password`;
mkdirSync(join(process.cwd(), 'tests/.tmp'), { recursive: true });

const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

// CI has Debian's Chromium and cannot download Playwright's own browser.
const systemChromium = '/usr/bin/chromium';
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }
  : {};

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [
    { name: 'sign-in', testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      dependencies: ['sign-in'],
      use: { ...devices['Desktop Chrome'], launchOptions, storageState: process.env.E2E_EDITOR_STATE },
    },
  ],
  webServer: {
    command: 'node scripts/start.mjs',
    url: `${baseURL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    // EXTRACT_ALLOW_PRIVATE: the link tests serve their pages from 127.0.0.1, which a real server never fetches.
    // DATABASE_URL: E2E_DATABASE_URL when the PostgreSQL pass (scripts/test-postgres.mjs) runs the suite on a
    // database of its own; otherwise emptied, so `DATABASE_URL=postgres://… npm test` (which points the
    // PostgreSQL pass at a server) still runs this SQLite pass on its throwaway file.
    env: {
      PORT: String(port),
      DATABASE_PATH: process.env.E2E_DATABASE_PATH,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? '',
      EDITOR_PASSWORD: process.env.E2E_EDITOR_PASSWORD,
      EXTRACT_ALLOW_PRIVATE: '1',
    },
  },
});
