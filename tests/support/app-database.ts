import { createTempDatabase } from './temp-database';

/**
 * A throwaway database that the app's own queries (getDb) use for the tests
 * of one file: getDb keeps its connection on globalThis, so it is set there.
 */
export function useTempAppDatabase(): ReturnType<typeof createTempDatabase> {
  const temp = createTempDatabase();
  (globalThis as { tradewatchDb?: unknown }).tradewatchDb = temp.db;
  return {
    ...temp,
    dispose: () => {
      delete (globalThis as { tradewatchDb?: unknown }).tradewatchDb;
      temp.dispose();
    },
  };
}
