import { defineConfig } from 'vitest/config';
// `.js` names the .ts file for both TypeScript and Vite's config bundler, which warns about a bare './vitest.config'.
import unitConfig from './vitest.config.js';

// The PostgreSQL pass (`npm run test:postgres`): kept out of the default run, which needs no database server.
export default defineConfig({
  resolve: unitConfig.resolve,
  test: {
    include: ['tests/postgres/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/support/postgres-global-setup.ts'],
  },
});
