import type { Db } from '../../../db/client';
import { writeTransaction } from './write-transaction';

/**
 * Runs a bookkeeping write (when a session or a token was last used) in a
 * write transaction of its own, and skips it when another connection holds
 * SQLite's write lock, at once rather than after the busy timeout with the
 * thread blocked: the next request writes it instead. True when it was written.
 * Not from inside a write transaction: it opens its own.
 */
export async function writeUnlessBusy(db: Db, work: (tx: Db) => Promise<void>): Promise<boolean> {
  try {
    await writeTransaction(db, work, { waitForLock: false });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY')) return false;
    throw error;
  }
}
