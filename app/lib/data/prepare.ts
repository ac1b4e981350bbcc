import { databasePath, type Db, migrateDatabase, openDatabase } from '../../../db/client';
import { asAppDatabase, migratePostgres, openPostgres } from '../../../db/postgres/client';
import { isPostgresUrl } from '../../../db/postgres/url';
import { seedExchangeRatesIfNew } from './exchange-rate-seed';
import { seedIfNew } from './seed';
import { isPostgres } from './sql-dialect';
import { closeWriteConnection } from './write-transaction';

/**
 * Seeds a migrated database once, through the app's one write path. Seeding
 * lives here rather than in db/ because it saves through that path, and db/
 * imports nothing from app/.
 */
async function seed(db: Db): Promise<void> {
  // Rates first: the seed's figures in other currencies are priced from them.
  await seedExchangeRatesIfNew(db);
  await seedIfNew(db);
}

/**
 * Opens, migrates and seeds a SQLite database: what start-up, the scripts and
 * the tests do before handing it to useDatabase (db/client.ts).
 */
export async function prepareDatabase(path: string): Promise<Db> {
  const db = openDatabase(path);
  migrateDatabase(db);
  await seed(db);
  return db;
}

/**
 * Connects to, migrates (under an advisory lock, so instances starting
 * together take turns) and seeds a PostgreSQL database, for the app's reads
 * and writes.
 */
export async function preparePostgresDatabase(url: string): Promise<Db> {
  const postgres = openPostgres(url);
  try {
    await migratePostgres(postgres);
    const db = asAppDatabase(postgres);
    await seed(db);
    return db;
  } catch (error) {
    await postgres.$client.end();
    throw error;
  }
}

/** A database address fit for a log line: a PostgreSQL URL without its password. */
export function describeDatabase(url: string | undefined = process.env.DATABASE_URL): string {
  if (!url) return databasePath();
  // user:password@ in any address, URL or not (a URL's password has its own ':', '/' and '@' percent-encoded).
  return url.replace(/:[^:@/]*@/, ':*****@');
}

/**
 * The database the environment names, prepared: PostgreSQL when DATABASE_URL
 * names a server, else the SQLite file at DATABASE_PATH (data/tradewatch.db).
 */
export async function prepareConfiguredDatabase(): Promise<Db> {
  const url = process.env.DATABASE_URL;
  if (isPostgresUrl(url)) return preparePostgresDatabase(url);
  // Anything else set there is a mistake to say, not a reason to write to the SQLite file instead.
  if (url) throw new Error(`DATABASE_URL must be a PostgreSQL address (postgres://user:password@host:5432/database); it is "${describeDatabase(url)}". Unset it to use the SQLite file at DATABASE_PATH.`);
  return prepareDatabase(databasePath());
}

/** Closes a database a script prepared: SQLite's connections (the write one too), or PostgreSQL's pool. */
export async function closeDatabase(db: Db): Promise<void> {
  if (isPostgres(db)) return (db as unknown as { $client: { end(): Promise<void> } }).$client.end();
  closeWriteConnection(db);
  db.$client.close();
}
