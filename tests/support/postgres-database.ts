import { inject } from 'vitest';
import { createDatabase, dropDatabase } from './postgres-cluster';

/**
 * An empty database of its own for one test file, so files run in parallel without seeing each other's rows.
 * `name` only makes a leftover database easy to trace back to its file.
 */
export async function freshPostgresDatabase(name = 'test'): Promise<{ url: string; drop(): Promise<void> }> {
  const url = await createDatabase(inject('testPostgresUrl'), name);
  return { url, drop: () => dropDatabase(url) };
}
