import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

// The browser tests only PostgreSQL has (`npm run test:e2e:postgres` runs them
// after the whole browser suite on PostgreSQL): two app instances on one
// database, and the database stopping mid-save. Each spec starts the app
// instances it needs (tests/e2e-postgres/app-instance.ts), so no webServer here.
export default defineConfig({
  testDir: 'tests/e2e-postgres',
  forbidOnly: baseConfig.forbidOnly,
  retries: baseConfig.retries,
  workers: 1,
  reporter: [['list']],
  timeout: 120_000,
  use: { launchOptions: baseConfig.use?.launchOptions, trace: 'retain-on-failure' },
});
