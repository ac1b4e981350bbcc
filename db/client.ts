import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = 'data/tradewatch.db';
const MIGRATIONS_FOLDER = resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations');

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

/** Address space for memory-mapped reads; only pages read are ever in memory. */
const MMAP_BYTES = 1024 ** 3;

/** Opens (creating if needed) a SQLite file with the settings every connection needs. */
export function openDatabase(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Concurrent writers wait for the lock instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // Reads through the OS's page cache instead of copying each page into SQLite's
  // own 2 MB one: a browse page that looks up 30,000 rows took half the time (100 → 40 ms at 1M).
  sqlite.pragma(`mmap_size = ${MMAP_BYTES}`);
  return drizzle(sqlite, { schema });
}

/** Migrations committed but not yet applied to this SQLite database. */
export function pendingMigrations(sqlite: Database.Database): number {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
  const applied = sqlite.prepare("select count(*) as n from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get() as { n: number };
  if (applied.n === 0) return journal.entries.length;
  return journal.entries.length - (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
}

/**
 * Applies pending migrations. A database that already holds statements is
 * copied first (next to it, in backups/), so no migration can lose data.
 */
export function migrateDatabase(db: Db): void {
  const file = db.$client.name;
  const hasData = db.$client.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'statements'").get() as { n: number };
  const pending = pendingMigrations(db.$client);
  if (pending === 0) return;
  if (hasData.n > 0 && file !== ':memory:' && existsSync(file)) {
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const folder = `${dirname(file)}/backups`;
    mkdirSync(folder, { recursive: true });
    copyFileSync(file, `${folder}/tradewatch-${new Date().toISOString().replace(/[:.]/g, '-')}-before-migration.db`);
  }
  // A migration that rebuilds a table (SQLite's way to change a CHECK) must
  // run with foreign keys off, and a PRAGMA inside the migrator's transaction
  // is ignored, so they are turned off around it and checked after it.
  db.$client.pragma('foreign_keys = OFF');
  try {
    migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    const broken = db.$client.pragma('foreign_key_check') as unknown[];
    if (broken.length) throw new Error(`After migrating, ${broken.length} rows point at rows that do not exist: ${JSON.stringify(broken.slice(0, 5))}`);
  } finally {
    db.$client.pragma('foreign_keys = ON');
  }
}

// One client per process, kept on globalThis so that dev-mode hot reload
// does not open a new connection on every edit, and so that the instance the
// start-up hook prepared is the one every route bundle reads.
const cache = globalThis as unknown as { tradewatchDb?: Db };

/**
 * The one way to point the app at a database: start-up (instrumentation.ts),
 * the scripts and the tests call this with a database they opened and
 * migrated; every query then goes to it.
 */
export function useDatabase(db: Db): Db {
  cache.tradewatchDb = db;
  return db;
}

/**
 * Refuses every write on this connection from now on (SQLite's query_only).
 * The server's connection only reads once start-up has migrated and seeded:
 * writes go through writeTransaction's connection of its own, and one that
 * slipped past it would fail at once here rather than stall the server while
 * it waits for the write lock.
 */
export function readOnlyFromNowOn(db: Db): void {
  db.$client.pragma('query_only = ON');
}

/** The database chosen by useDatabase. Never opens or migrates one inside a request. */
export function getDb(): Db {
  if (!cache.tradewatchDb) throw new Error('No database is in use: start-up (or the script or test) must call useDatabase() first.');
  return cache.tradewatchDb;
}
