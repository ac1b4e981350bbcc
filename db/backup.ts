import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from './client';

/**
 * Writes a consistent copy of a live database with SQLite's online backup,
 * which copies pages while other connections keep reading and writing.
 */
export async function backupDatabase(db: Db, databaseFile: string, reason = 'backup'): Promise<string> {
  const folder = join(dirname(databaseFile), 'backups');
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(folder, `tradewatch-${stamp}-${reason}.db`);
  await db.$client.backup(target);
  return target;
}
