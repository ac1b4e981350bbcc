import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { type Db, openDatabase } from '../../../db/client';
import { isPostgres } from './sql-dialect';

/*
 * One write transaction at a time, on either engine, with an async body (issue
 * 17). The writes still run in better-sqlite3's synchronous transactions
 * today; this is the seam they move to together, because the two cannot be
 * mixed: while a transaction here awaits, a write on the app's own SQLite
 * connection waits for its lock with the thread blocked, so the transaction
 * cannot finish and the write fails after the busy timeout. Until every
 * write (storePairRecord and the browse-table refresh included) goes through
 * here, nothing calls this.
 *
 * - SQLite has one writer. An async body on the app's shared connection would
 *   take in any statement another request runs while it awaits, and a rollback
 *   would undo that request's write too. So a transaction runs on a write
 *   connection of its own, one at a time per process (a queue), from BEGIN
 *   IMMEDIATE to COMMIT; the app's connection reads only what is committed.
 * - PostgreSQL runs transactions side by side. Every write transaction first
 *   takes one advisory lock, so writers are serialised as on SQLite, across
 *   every app instance: a duplicate check and the insert it guards stay one
 *   step, with no unique index over nullable columns needed.
 */

/** The advisory lock every write transaction holds on PostgreSQL; any 64-bit number distinct from the migrations' (db/postgres/client.ts). */
const WRITE_LOCK = 7_290_317_482_610_114n;

/** Each SQLite database's write connection, opened by its first transaction. */
const writeConnections = new WeakMap<Db, Db>();

/** The last transaction queued per database: the next one starts when it has settled. */
const tails = new WeakMap<object, Promise<unknown>>();

/**
 * Runs `run` after every transaction queued before it in this process. On
 * SQLite this is the one-writer rule itself; on PostgreSQL it keeps writers
 * that wait for the advisory lock from holding a pooled connection each, which
 * ten saves at once would otherwise take from every read.
 */
function queued<T>(db: object, run: () => Promise<T>): Promise<T> {
  const result = (tails.get(db) ?? Promise.resolve()).then(run);
  // A failed transaction must not stop the ones queued after it.
  tails.set(db, result.catch(() => undefined));
  return result;
}

function writeConnectionOf(db: Db): Db {
  let connection = writeConnections.get(db);
  if (!connection) {
    const file = db.$client.name;
    // A second connection to ':memory:' would be another, empty database.
    if (file === ':memory:') throw new Error('Write transactions need a database file: an in-memory database cannot be opened twice.');
    connection = openDatabase(file);
    writeConnections.set(db, connection);
  }
  return connection;
}

async function sqliteTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const tx = writeConnectionOf(db);
  return queued(db, async () => {
    const connection = tx.$client;
    connection.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(tx);
      connection.exec('COMMIT');
      return result;
    } catch (error) {
      if (connection.inTransaction) connection.exec('ROLLBACK');
      throw error;
    }
  });
}

/**
 * Runs `work` as one write transaction: everything it writes through `tx` is
 * kept together or, if it throws, not at all, and no other write transaction
 * of this database (in this process, or on PostgreSQL in any instance) runs
 * meanwhile. Reads through the app's database see it once it has committed.
 */
export async function writeTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return sqliteTransaction(db, work);
  return queued(db, () =>
    (db as unknown as NodePgDatabase).transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK.toString()}::bigint)`);
      return work(tx as unknown as Db);
    }),
  );
}

/** Closes a database's write connection (a test's or a script's end); the next transaction opens another. */
export function closeWriteConnection(db: Db): void {
  const connection = writeConnections.get(db);
  if (!connection) return;
  writeConnections.delete(db);
  connection.$client.close();
}
