import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamStatementsCsv } from '../../app/lib/csv/export';
import { getExchangeRatesPage } from '../../app/lib/data/exchange-rate-page';
import { importRates } from '../../app/lib/data/exchange-rate-writes';
import { allRows } from '../../app/lib/data/sql-dialect';
import { importText } from '../../app/lib/import/run-import';
import type { Db } from '../../db/client';
import { asAppDatabase, migratePostgres, openPostgres, type PostgresDb } from '../../db/postgres/client';
import { textOf } from '../support/csv-reference';
import { freshPostgresDatabase } from '../support/postgres-database';
import { type ParityDatabases, sqliteCopiedToPostgres } from '../support/postgres-parity';
import { createTempDatabase } from '../support/temp-database';

// Imports commit on PostgreSQL in one write transaction (import/postgres-commit.ts)
// with what SQLite's worker commits: the same rows, ids, links, history and report.

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');
const stream = (text: string) => Readable.from([Buffer.from(text, 'utf8')]);

describe('a Tradewatch export imported into an empty PostgreSQL database', () => {
  let seeded: Awaited<ReturnType<typeof createTempDatabase>>;
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let postgres: PostgresDb;
  let db: Db;
  beforeAll(async () => {
    seeded = await createTempDatabase();
    database = await freshPostgresDatabase('import_round_trip');
    postgres = openPostgres(database.url, { max: 4 });
    await migratePostgres(postgres);
    db = asAppDatabase(postgres);
  });
  afterAll(async () => {
    await postgres.$client.end();
    await database.drop();
    seeded.dispose();
  });

  it('names a bad cell and writes nothing', async () => {
    const original = await textOf(streamStatementsCsv(seeded.path, null));
    const broken = original.replace(',2022-01-01,2022-12-31,2022,', ',2022-13-01,2022-12-31,2022,');
    const report = await importText(db, broken);
    expect(report.errors).toEqual([{ line: 2, column: 'period_start', message: 'The period start must be a real date written yyyy-mm-dd, e.g. 2023-04-15.' }]);
    expect(await allRows(db, sql`select id from statements`)).toHaveLength(0);
  });

  it('adds every statement, derived links included, and exports again byte for byte', async () => {
    const original = await textOf(streamStatementsCsv(seeded.path, null));
    const report = await importText(db, original);
    const [{ count }] = await allRows<{ count: number }>(seeded.db, sql`select count(*) as count from statements`);
    expect(report).toMatchObject({ format: 'tradewatch', errors: [], added: count, alreadyPresent: 0 });
    expect(await textOf(streamStatementsCsv(db, null))).toBe(original);
    const [{ histories }] = await allRows<{ histories: number }>(db, sql`select count(*) as histories from statement_history where action = 'created' and editor = 'import'`);
    expect(histories).toBe(count);
    // Ids go on from the import's: the next save is numbered after them.
    const [{ next }] = await allRows<{ next: number }>(db, sql`select nextval(pg_get_serial_sequence('statements', 'id')) as next`);
    expect(next).toBe(count + 1);
  });

  it('finds every statement already there when the file is imported again', async () => {
    const report = await importText(db, await textOf(streamStatementsCsv(seeded.path, null)));
    expect(report).toMatchObject({ added: 0, errors: [] });
    expect(report.alreadyPresent).toBeGreaterThan(10);
  });
});

describe('imports on both engines', () => {
  let both: ParityDatabases;
  beforeAll(async () => {
    both = await sqliteCopiedToPostgres('imports');
  });
  afterAll(() => both.dispose());

  it('imports UN Comtrade rows, then skips them, as SQLite does', async () => {
    const { fromSqlite, fromPostgres } = await both.onBoth(async (db) => ({
      first: await importText(db, fixture('comtrade-kaz-afg.csv')),
      again: await importText(db, fixture('comtrade-kaz-afg.csv')),
      bad: await importText(db, fixture('comtrade-bad-row.csv')),
      figures: await allRows(db, sql`select reporter, partner, pair, flow, origin, period_start, period_end, value_usd, source from official_figures order by id`),
    }));
    expect(fromSqlite.first).toMatchObject({ added: 6, errors: [] });
    expect(fromSqlite.again).toMatchObject({ added: 0, alreadyPresent: 6 });
    expect(fromSqlite.bad.errors).toHaveLength(1);
    expect(fromPostgres).toEqual(fromSqlite);
  });

  it('imports exchange rates, prices what they price, and reports the same counts', async () => {
    const { fromSqlite, fromPostgres } = await both.onBoth(async (db) => ({
      wdi: await importRates(db, stream(fixture('rates/wdi-afn-bdt.csv'))),
      monthly: await importRates(db, stream(fixture('rates/plain-monthly.csv'))),
      again: await importRates(db, stream(fixture('rates/plain-monthly.csv'))),
      // When each was imported differs by the milliseconds between the two runs.
      page: JSON.parse(JSON.stringify(await getExchangeRatesPage('AFN'), (key, value: unknown) => (key === 'importedAt' ? undefined : value))) as unknown,
    }));
    expect(fromSqlite.wdi.errors).toEqual([]);
    expect(fromSqlite.wdi.added + fromSqlite.wdi.replaced).toBeGreaterThan(0);
    expect(fromSqlite.again).toMatchObject({ added: 0, replaced: 0 });
    expect(fromPostgres).toEqual(fromSqlite);
  });
});
