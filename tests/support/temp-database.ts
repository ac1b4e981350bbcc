import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../db/client';
import { prepareDatabase } from '../../app/lib/data/prepare';
import { closeWriteConnection } from '../../app/lib/data/write-transaction';

/** A real, migrated and seeded SQLite file in a throwaway folder. */
export async function createTempDatabase(): Promise<{ db: Db; path: string; dispose: () => void }> {
  const folder = mkdtempSync(join(tmpdir(), 'tradewatch-test-'));
  const path = join(folder, 'test.db');
  const db = await prepareDatabase(path);
  return {
    db,
    path,
    dispose: () => {
      closeWriteConnection(db);
      db.$client.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
