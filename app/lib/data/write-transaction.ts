import { sql } from 'drizzle-orm';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import { type Db, openDatabase } from '../../../db/client';
import { isPostgres } from './sql-dialect';

/*
 * One write transaction at a time, on either engine, with an async body (issue
 * 17). The writes still run in better-sqlite3's synchronous transactions
 * today; this is the seam they move to together, because the two cannot be
 * mixed (see the closing note of issue 17's first stop):
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

interface SqliteWriter {
  connection: Db;
  /** The last transaction queued: the next one starts when it has settled. */
  tail: Promise<unknown>;
}

const writers = new WeakMap<Db, SqliteWriter>();

function writerOf(db: Db): SqliteWriter {
  let writer = writers.get(db);
  if (!writer) {
    const file = db.$client.name;
    // A second connection to ':memory:' would be another, empty database.
    if (file === ':memory:') throw new Error('Write transactions need a database file: an in-memory database cannot be opened twice.');
    writer = { connection: openDatabase(file), tail: Promise.resolve() };
    writers.set(db, writer);
  }
  return writer;
}

async function sqliteTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const writer = writerOf(db);
  const run = writer.tail.then(async () => {
    const connection = writer.connection.$client;
    connection.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(writer.connection);
      connection.exec('COMMIT');
      return result;
    } catch (error) {
      if (connection.inTransaction) connection.exec('ROLLBACK');
      throw error;
    }
  });
  // A failed transaction must not stop the ones queued after it.
  writer.tail = run.catch(() => undefined);
  return run;
}

/**
 * Runs `work` as one write transaction: everything it writes through `tx` is
 * kept together or, if it throws, not at all, and no other write transaction
 * of this database (in this process, or on PostgreSQL in any instance) runs
 * meanwhile. Reads through the app's database see it once it has committed.
 */
export async function writeTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return sqliteTransaction(db, work);
  return (db as unknown as NodePgDatabase).transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${WRITE_LOCK.toString()}::bigint)`);
    return work(tx as unknown as Db);
  });
}

/** Closes a database's write connection (a test's or a script's end); the next transaction opens another. */
export function closeWriteConnection(db: Db): void {
  const writer = writers.get(db);
  if (!writer) return;
  writers.delete(db);
  writer.connection.$client.close();
}
