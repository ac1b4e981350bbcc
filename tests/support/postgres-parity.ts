import { type Db, getDb, useDatabase } from '../../db/client';
import { copySqliteToPostgres } from '../../db/copy/copy-to-postgres';
import { asAppDatabase, openPostgres, type PostgresDb } from '../../db/postgres/client';
import { freshBrowseTables } from '../../app/lib/data/browse-freshness';
import { freshPostgresDatabase } from './postgres-database';
import { createTempDatabase } from './temp-database';

/*
 * The set-up of a parity test (issue 17): the seeded SQLite database, with
 * whatever a test writes into it first, copied by `npm run db:copy` into a
 * PostgreSQL database of its own; then one app read run on each engine in turn,
 * for the test to hold the two answers equal. (tests/postgres/dashboard.test.ts
 * spells out the same steps itself.)
 */

export type SqliteSource = Awaited<ReturnType<typeof createTempDatabase>>;

export interface ParityDatabases {
  source: SqliteSource;
  target: PostgresDb;
  /** The same read through the app on each engine in turn (useDatabase, and the database handed to `read`): SQLite's answer, then PostgreSQL's. */
  onBoth<T>(read: (db: Db) => Promise<T>): Promise<{ fromSqlite: T; fromPostgres: T }>;
  /** Closes both and drops the PostgreSQL database. */
  dispose(): Promise<void>;
}

/**
 * The seeded SQLite database, after `prepare` wrote into it and the browse
 * tables (name_keys, target_verdicts) were brought up to date, so both
 * engines hold the same derived rows, copied into a fresh PostgreSQL database.
 * `name` only makes a leftover database easy to trace back to its file.
 */
export async function sqliteCopiedToPostgres(name: string, prepare: (source: SqliteSource) => Promise<void> = async () => {}): Promise<ParityDatabases> {
  const source = await createTempDatabase();
  useDatabase(source.db);
  await prepare(source);
  await freshBrowseTables(source.db);
  const database = await freshPostgresDatabase(name);
  const target = openPostgres(database.url, { max: 4 });
  await copySqliteToPostgres(source.path, target);
  return {
    source,
    target,
    async onBoth<T>(read: (db: Db) => Promise<T>) {
      useDatabase(source.db);
      const fromSqlite = await read(getDb());
      useDatabase(asAppDatabase(target));
      const fromPostgres = await read(getDb());
      useDatabase(source.db);
      return { fromSqlite, fromPostgres };
    },
    async dispose() {
      await target.$client.end();
      await database.drop();
      source.dispose();
    },
  };
}
