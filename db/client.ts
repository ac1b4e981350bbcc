import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';
import { seedIfNew } from './seed';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const DEFAULT_DATABASE_PATH = 'data/tradewatch.db';
const MIGRATIONS_FOLDER = resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations');

export function databasePath(): string {
  return resolve(/*turbopackIgnore: true*/ process.cwd(), process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH);
}

/** Opens (creating if needed) a SQLite file with the settings every connection needs. */
export function openDatabase(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // Concurrent writers wait for the lock instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return drizzle(sqlite, { schema });
}

/** Migrations committed but not yet applied to this database. */
function pendingMigrations(db: Db): number {
  const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] };
  const applied = db.$client.prepare("select count(*) as n from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get() as { n: number };
  if (applied.n === 0) return journal.entries.length;
  return journal.entries.length - (db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n;
}

/**
 * Applies pending migrations. A database that already holds statements is
 * copied first (next to it, in backups/), so no migration can lose data.
 */
export function migrateDatabase(db: Db): void {
  const file = db.$client.name;
  const hasData = db.$client.prepare("select count(*) as n from sqlite_master where type = 'table' and name = 'statements'").get() as { n: number };
  if (pendingMigrations(db) > 0 && hasData.n > 0 && file !== ':memory:' && existsSync(file)) {
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const folder = `${dirname(file)}/backups`;
    mkdirSync(folder, { recursive: true });
    copyFileSync(file, `${folder}/tradewatch-${new Date().toISOString().replace(/[:.]/g, '-')}-before-migration.db`);
  }
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** Opens, migrates and seeds a database: what the app needs before its first query. */
export function prepareDatabase(path: string): Db {
  const db = openDatabase(path);
  migrateDatabase(db);
  seedIfNew(db);
  return db;
}

// One client per process, kept on globalThis so that dev-mode hot reload
// does not open a new connection on every edit.
const cache = globalThis as unknown as { tradewatchDb?: Db };

export function getDb(): Db {
  cache.tradewatchDb ??= prepareDatabase(databasePath());
  return cache.tradewatchDb;
}
