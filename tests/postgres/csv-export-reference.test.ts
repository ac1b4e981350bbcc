import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamStatementsCsv } from '../../app/lib/csv/export';
import type { View } from '../../app/lib/dashboard/view';
import { allRows } from '../../app/lib/data/sql-dialect';
import { viewCondition } from '../../app/lib/data/statement-filter';
import type { Db } from '../../db/client';
import { asAppDatabase, migratePostgres, openPostgres, type PostgresDb } from '../../db/postgres/client';
import { statements } from '../../db/schema';
import { type RawRow, referenceCsv, textOf } from '../support/csv-reference';
import { freshPostgresDatabase } from '../support/postgres-database';
import { RANDOM_ROW, ROW_DEFAULTS, TABLE_COLUMNS, TRICKY_VIEWS, trickyRows } from '../support/tricky-statements';

// The statements CSV written by PostgreSQL (data/postgres-line-sql.ts) is the
// one csv-stringify writes, byte for byte, as tests/unit/csv-export-reference.test.ts
// holds SQLite's to: the same tricky texts and numbers, the same views.

/** What PostgreSQL can hold at all: text without NUL characters, finite numbers its float8 input takes. */
function storable(row: Partial<RawRow>): boolean {
  return Object.values(row).every((value) => (typeof value === 'number' ? Number.isFinite(value) && (value === 0 || Math.abs(value) >= 2.2250738585072014e-308) : !String(value ?? '').includes('\u0000')));
}

let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
let postgres: PostgresDb;
let db: Db;

/** Writes rows straight into the table, as the SQLite test does: the export must cope with what any writer stored. */
async function insertRows(rows: Partial<RawRow>[]): Promise<void> {
  const distinct = (row: RawRow) => (row.economy_a === row.economy_b ? { ...row, economy_b: `${row.economy_b}!` } : row);
  const full = rows.map((row) => distinct({ ...ROW_DEFAULTS, ...row } as RawRow));
  for (let at = 0; at < full.length; at += 500) {
    await postgres.$client.query(
      `insert into statements (${TABLE_COLUMNS.join(', ')}) select ${TABLE_COLUMNS.join(', ')} from json_populate_recordset(null::statements, $1::json)`,
      [JSON.stringify(full.slice(at, at + 500))],
    );
  }
}

/** The rows of a view (or all) as the export orders them, read back from PostgreSQL, through csv-stringify. */
async function referenceFromPostgres(view: View | null): Promise<string> {
  const order = view ? sql`statement_date desc, id desc` : sql`id`;
  const rows = await allRows<RawRow>(db, sql`select * from ${statements} where ${viewCondition(view)} order by ${order}`);
  return referenceCsv(rows.map((row) => ({ ...row, id: Number(row.id), derived_from_id: row.derived_from_id === null ? null : Number(row.derived_from_id) })));
}

beforeAll(async () => {
  database = await freshPostgresDatabase('csv_reference');
  postgres = openPostgres(database.url, { max: 4 });
  await migratePostgres(postgres);
  db = asAppDatabase(postgres);
  // The export must cope with rows that break the table's checks (a hand-written row, an old import): they are lifted here.
  const checks = await postgres.$client.query(`select conname from pg_constraint where conrelid = 'statements'::regclass and contype = 'c'`);
  for (const { conname } of checks.rows) await postgres.$client.query(`alter table statements drop constraint "${conname}"`);
  await postgres.$client.query('alter table statements drop constraint if exists statements_derived_from_id_statements_id_fk');
  await insertRows(trickyRows(storable));
  const [{ first }] = (await postgres.$client.query('select min(id) as first from statements')).rows;
  await insertRows([{ derived_from_id: Number(first), derivation: 'half of it, "roughly"' }]);
});
afterAll(async () => {
  await postgres.$client.end();
  await database.drop();
});

describe('CSV export on PostgreSQL against csv-stringify', () => {
  it('writes every live row byte for byte as csv-stringify does', async () => {
    const [{ live }] = await allRows<{ live: number }>(db, sql`select count(*) as live from statements where deleted_at is null`);
    expect(live).toBeGreaterThan(2000); // several pages
    expect(await textOf(streamStatementsCsv(db, null))).toBe(await referenceFromPostgres(null));
  });

  it.each(TRICKY_VIEWS)('writes a view byte for byte as csv-stringify does: %o', async (view) => {
    expect(await textOf(streamStatementsCsv(db, view))).toBe(await referenceFromPostgres(view));
  });

  it('parses back into one record per live row', async () => {
    const parsed = parse(await textOf(streamStatementsCsv(db, null)), { columns: true, bom: true }) as Record<string, string>[];
    const [{ live }] = await allRows<{ live: number }>(db, sql`select count(*) as live from statements where deleted_at is null`);
    expect(parsed).toHaveLength(live);
  });

  it('matches for random rows, dates and numbers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(RANDOM_ROW, { minLength: 1, maxLength: 30 }), async (rows) => {
        await postgres.$client.query('delete from statements');
        await insertRows(rows.filter(storable));
        expect(await textOf(streamStatementsCsv(db, null))).toBe(await referenceFromPostgres(null));
      }),
      { numRuns: 40 },
    );
  });
});
