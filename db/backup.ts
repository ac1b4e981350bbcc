import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Db } from './client';

/*
 * SQLite's online backup copies a fixed number of pages per step and starts
 * over whenever another connection writes between two steps. better-sqlite3
 * copies 100 pages (400 KB) a step, so a 165 MB database needs ~400 steps in
 * a row without a write, which at 5 writes a second never happens: `npm run
 * db:backup` ran for ever. Asking for every remaining page in one step makes
 * the copy a single read of one snapshot; with WAL, writers carry on beside it
 * (they only wait for the checkpoint, not for the copy).
 */
// sqlite3_backup_step's page count is a C int; better-sqlite3 clamps to this.
const EVERY_REMAINING_PAGE = 0x7fffffff;

/**
 * Writes a consistent copy of a live database: one snapshot, copied in one
 * step while other connections keep reading and writing. The copy is written
 * under a temporary name, checked (integrity and foreign keys), and only then
 * given its final name, so a file under that name is always a good backup.
 */
export async function backupDatabase(db: Db, databaseFile: string, reason = 'backup'): Promise<string> {
  const folder = join(dirname(databaseFile), 'backups');
  mkdirSync(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = join(folder, `tradewatch-${stamp}-${reason}.db`);
  const partial = `${target}.partial`;
  try {
    await db.$client.backup(partial, { progress: () => EVERY_REMAINING_PAGE });
    checkCopy(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return target;
}

/** Throws unless the copy passes SQLite's integrity check and every foreign key points at a row. */
function checkCopy(file: string): void {
  const copy = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = copy.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') {
      throw new Error(`The copy failed SQLite's integrity check: ${integrity.slice(0, 5).map((r) => r.integrity_check).join('; ')}`);
    }
    const broken = copy.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`In the copy, ${broken.length} rows point at rows that do not exist: ${JSON.stringify(broken.slice(0, 5))}`);
  } finally {
    copy.close();
  }
}
