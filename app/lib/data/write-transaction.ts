import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { type Db, openDatabase } from '../../../db/client';
import { importCommitFinished, importCommitting } from '../import/commit-gate';
import { isPostgres } from './sql-dialect';

/*
 * One write transaction at a time, on either engine, with an async body (issue
 * 17). Every write of the app goes through here (the server's own SQLite
 * connection is read-only once start-up has migrated and seeded: db/client.ts
 * readOnlyFromNowOn), because a write there would wait for this one's lock
 * with the thread blocked, so this one could never finish.
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

/**
 * The databases a transaction's body is handed: a write transaction opened on
 * one of them would wait for the one it is inside of, for ever.
 */
const insideTransaction = new WeakSet<object>();

/** The last transaction queued per database: the next one starts when it has settled. */
const tails = new WeakMap<object, Promise<unknown>>();

/**
 * Runs `run` after every transaction queued before it in this process. On
 * SQLite this is the one-writer rule itself; on PostgreSQL it keeps writers
 * that wait for the advisory lock from holding a pooled connection each, which
 * ten saves at once would otherwise take from every read.
 */
function queued<T>(db: object, run: () => Promise<T>): Promise<T> {
  inFlight.set(db, (inFlight.get(db) ?? 0) + 1);
  const result = (tails.get(db) ?? Promise.resolve()).then(run).finally(() => inFlight.set(db, inFlight.get(db)! - 1));
  // A failed transaction must not stop the ones queued after it.
  tails.set(db, result.catch(() => undefined));
  return result;
}

/** How many transactions of each database this process has queued or running. */
const inFlight = new WeakMap<object, number>();

/** What a write that would have to wait for another fails with, as SQLite says it. */
function busy(): Error {
  return Object.assign(new Error('SQLITE_BUSY: another write is under way; this one was not waited for'), { code: 'SQLITE_BUSY' });
}

function writeConnectionOf(db: Db): Db {
  let connection = writeConnections.get(db);
  if (!connection) {
    const file = db.$client.name;
    // A second connection to ':memory:' would be another, empty database; a
    // script's scratch database has no other writer to keep out, so it writes on its own.
    connection = file === ':memory:' ? db : openDatabase(file);
    writeConnections.set(db, connection);
    if (connection !== db) insideTransaction.add(connection);
  }
  return connection;
}

/** BEGIN IMMEDIATE; unless `wait`, without waiting for another connection's write lock (SQLITE_BUSY at once). */
function begin(connection: Db['$client'], wait: boolean): void {
  if (wait) return void connection.exec('BEGIN IMMEDIATE');
  const timeout = connection.pragma('busy_timeout', { simple: true }) as number;
  connection.pragma('busy_timeout = 0');
  try {
    connection.exec('BEGIN IMMEDIATE');
  } finally {
    connection.pragma(`busy_timeout = ${timeout}`);
  }
}

async function sqliteTransaction<T>(db: Db, work: (tx: Db) => Promise<T>, waitForLock: boolean): Promise<T> {
  const tx = writeConnectionOf(db);
  if (!waitForLock && (importCommitting() || (inFlight.get(db) ?? 0) > 0)) throw busy();
  return queued(db, async () => {
    // An import committing in its worker holds SQLite's write lock: wait here, where waiting keeps the thread free (commit-gate.ts).
    await importCommitFinished();
    const connection = tx.$client;
    begin(connection, waitForLock);
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

export interface WriteOptions {
  /**
   * False for bookkeeping that may be skipped (when a session was last used),
   * which a page must never wait for. On SQLite it fails at once with
   * SQLITE_BUSY when another write holds the lock (another connection, an
   * import committing, or this process's own queue) rather than wait with the
   * thread blocked. On PostgreSQL it runs outside the writers' advisory lock,
   * in a transaction of its own: one row's update needs no one else's lock,
   * and an import's long commit must not hold up every page.
   */
  waitForLock?: boolean;
}

/**
 * Runs `work` as one write transaction: everything it writes through `tx` is
 * kept together or, if it throws, not at all, and no other write transaction
 * of this database (in this process, or on PostgreSQL in any instance) runs
 * meanwhile. Reads through the app's database see it once it has committed.
 */
export async function writeTransaction<T>(db: Db, work: (tx: Db) => Promise<T>, options: WriteOptions = {}): Promise<T> {
  if (insideTransaction.has(db)) throw new Error('writeTransaction was called inside another write transaction: pass its tx to the inner write instead.');
  const waitForLock = options.waitForLock ?? true;
  if (!isPostgres(db)) return sqliteTransaction(db, work, waitForLock);
  if (!waitForLock) {
    return (db as unknown as NodePgDatabase).transaction(async (tx) => {
      insideTransaction.add(tx);
      return work(tx as unknown as Db);
    });
  }
  return queued(db, () =>
    (db as unknown as NodePgDatabase).transaction(async (tx) => {
      insideTransaction.add(tx);
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
  if (connection !== db) connection.$client.close();
}
