import Database from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
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
import { viewCondition } from '../../app/lib/data/statement-filter';
import type { View } from '../../app/lib/dashboard/view';
import { migrateDatabase, openDatabase } from '../../db/client';
import { statements } from '../../db/schema';
import { type RawRow, referenceCsv } from '../support/csv-reference';
import { RANDOM_ROW, ROW_DEFAULTS, TABLE_COLUMNS, TRICKY_VIEWS, trickyRows } from '../support/tricky-statements';

/*
 * The export writes its lines in SQL for speed; csv-stringify, which wrote
 * them row by row before, stays the judge of what the bytes must be, with
 * every number kept to 15 significant digits (canonicalNumber) as JavaScript
 * prints it.
 */

/** The rows of a view (or all) as the export orders them, through csv-stringify (tests/support/csv-reference.ts). */
function referenceCsvOf(path: string, view: View | null): string {
  const connection = new Database(path, { readonly: true });
  try {
    const query = drizzle(connection)
      .select()
      .from(statements)
      .where(viewCondition(view))
      .orderBy(...(view ? [desc(statements.statementDate), desc(statements.id)] : [asc(statements.id)]))
      .toSQL();
    return referenceCsv(connection.prepare(query.sql).all(...query.params) as RawRow[]);
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

/** Writes rows straight into the table: the export must cope with whatever the database holds, not only what the forms let through. */
function insertRows(client: Database.Database, rows: Partial<RawRow>[]): void {
  const insert = client.prepare(`insert into statements (${TABLE_COLUMNS.join(', ')}) values (${TABLE_COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const distinctEconomies = (row: RawRow) => (row.economy_a === row.economy_b ? { ...row, economy_b: `${row.economy_b}!` } : row);
  client.transaction(() => rows.forEach((row) => insert.run(distinctEconomies({ ...ROW_DEFAULTS, ...row } as RawRow))))();
}

let tricky: ReturnType<typeof emptyDatabase>;
beforeAll(() => {
  tricky = emptyDatabase();
  const rows = trickyRows();
  insertRows(tricky.client, rows);
  const [{ id }] = tricky.client.prepare('select min(id) as id from statements').all() as { id: number }[];
  insertRows(tricky.client, [{ derived_from_id: id, derivation: 'half of it, "roughly"' }]);
});
afterAll(() => tricky.dispose());

describe('CSV export against csv-stringify', () => {
  it('writes every live row byte for byte as csv-stringify does', async () => {
    const live = tricky.client.prepare('select count(*) from statements where deleted_at is null').pluck().get() as number;
    expect(live).toBeGreaterThan(2000); // several pages
    expect(await exportCsv(tricky.path, null)).toBe(referenceCsvOf(tricky.path, null));
  });

  it.each(TRICKY_VIEWS)('writes a view byte for byte as csv-stringify does: %o', async (view) => {
    expect(await exportCsv(tricky.path, view)).toBe(referenceCsvOf(tricky.path, view));
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

describe('CSV export against csv-stringify (property-based)', () => {
  it('matches for random rows, dates and numbers', async () => {
    const database = emptyDatabase();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(RANDOM_ROW, { minLength: 1, maxLength: 30 }), async (rows) => {
          database.client.exec('delete from statements');
          insertRows(database.client, rows);
          expect(await exportCsv(database.path, null)).toBe(referenceCsvOf(database.path, null));
        }),
        { numRuns: 60 },
      );
    } finally {
      database.dispose();
    }
  });
});
