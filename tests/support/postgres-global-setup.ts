import type { TestProject } from 'vitest/node';
import { startThrowawayPostgres } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The PostgreSQL server the tests make their databases on (tests/support/postgres-database.ts). */
    testPostgresUrl: string;
  }
}

/**
 * `npm run test:postgres` passes TEST_POSTGRES_URL (DATABASE_URL or its own throwaway cluster); a bare
 * `npx vitest run --config vitest.postgres.config.ts` gets a throwaway cluster from here, for this run only.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.TEST_POSTGRES_URL;
  if (given) {
    project.provide('testPostgresUrl', given);
    return undefined;
  }
  const cluster = await startThrowawayPostgres();
  project.provide('testPostgresUrl', cluster.url);
  return () => cluster.stop();
}
