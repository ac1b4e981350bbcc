import { useDatabase } from '../../db/client';
import { createTempDatabase } from './temp-database';

/**
 * A throwaway database that the app's own queries (getDb) use for the tests
 * of one file, handed over the way start-up does it (useDatabase).
 */
export async function useTempAppDatabase(): ReturnType<typeof createTempDatabase> {
  const temp = await createTempDatabase();
  useDatabase(temp.db);
  return {
    ...temp,
    dispose: () => {
      temp.dispose();
    },
  };
}
