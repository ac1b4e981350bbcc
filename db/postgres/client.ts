import { type NodePgDatabase, drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { resolve } from 'node:path';
import pg from 'pg';
import type { Db } from '../client';
import * as schema from './schema';

/*
 * PostgreSQL through node-postgres (`pg`) rather than `postgres` (porsager):
 * its Pool hands out one connection to hold, which a session-level advisory
 * lock and COPY … TO STDOUT (pg-copy-streams) both need, it is the driver
 * drizzle's own Postgres tests and docs lead with, and it has been kept by one
 * maintainer since 2010 with releases this year.
 */

export type PostgresDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

const MIGRATIONS_FOLDER = resolve(/*turbopackIgnore: true*/ process.cwd(), 'db/migrations-postgres');

/**
 * A pool of connections to `url`. Each connection states its name (seen in
 * pg_stat_activity) and gives up on a statement after STATEMENT_TIMEOUT_MS,
 * so one runaway query cannot hold a connection every request waits for.
 */
export function openPostgres(url: string, options: { max?: number } = {}): PostgresDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? Number(process.env.DATABASE_POOL_SIZE || 10),
    application_name: 'tradewatch',
    statement_timeout: STATEMENT_TIMEOUT_MS,
    // Fail a request fast when the server is gone instead of queueing it for ever.
    connectionTimeoutMillis: 5000,
  });
  // An idle connection the server drops (a restart, a failover) must not crash the process;
  // the pool discards it and the next query opens a new one.
  pool.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
  return drizzle(pool, { schema });
}

const STATEMENT_TIMEOUT_MS = 30_000;

/**
 * node-postgres returns bigint (count(*), sum of integers) and numeric as
 * strings, lest a value past 2^53 lose digits. Ours never come near that (a
 * count of rows, a millisecond time), and the app's code, written against
 * SQLite, does arithmetic on them, so they are numbers here as there. Set in
 * pg's own registry: drizzle passes each query a parser of its own that falls
 * back on it, so a parser given to the pool alone is never asked.
 */
pg.types.setTypeParser(pg.types.builtins.INT8, Number);
pg.types.setTypeParser(pg.types.builtins.NUMERIC, Number);

/**
 * Any 64-bit number, the same in every instance: the key of the advisory lock
 * migrations run under. Chosen once at random; it only needs to be distinct
 * from other applications' keys in the same database.
 */
const MIGRATION_LOCK = 7_290_317_482_610_113n;

/**
 * Applies the committed PostgreSQL migrations. Instances that start together
 * queue on a session-level advisory lock, so one migrates and the others find
 * nothing left to do, instead of racing to create the same tables. The
 * journal lives in `public`, so an account that may not create schemas can
 * still migrate its own database.
 */
export async function migratePostgres(db: PostgresDb): Promise<void> {
  const connection = await db.$client.connect();
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK.toString()]);
    try {
      await migrate(drizzle(connection, { schema }), { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema: 'public' });
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK.toString()]);
    }
  } finally {
    connection.release();
  }
}

/**
 * A PostgreSQL database as the app's reads take it. They are written with
 * drizzle over the SQLite schema's tables, typed for SQLite; drizzle's
 * PostgreSQL builder renders the same tables and columns (the schemas are
 * held equal by tests/unit/schema-parity.test.ts), so the reads ported to
 * awaiting drizzle's query (not SQLite's .all() and .get()) run unchanged,
 * and the few spellings that differ are in app/lib/data/sql-dialect.ts.
 * tests/postgres/ proves it answer by answer.
 */
export function asAppDatabase(db: PostgresDb): Db {
  return db as unknown as Db;
}
