import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client';
import { officialFigures, statements } from '../../db/schema';
import { streamStatementsCsv } from '../../app/lib/csv/export';
import { importCsv, importText } from '../../app/lib/import/run-import';
import { validateStatementForm } from '../../app/lib/statements/schema';
import { emptyFormValues } from '../../app/lib/statements/form-fields';
import { saveOne } from '../support/valid-input';
import { createTempDatabase } from '../support/temp-database';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures', name), 'utf8');

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(() => temp.dispose());

async function exportAll(path: string): Promise<string> {
  const bytes = await new Response(streamStatementsCsv(path, null)).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

describe('importing UN Comtrade rows', () => {
  it('adds the TOTAL bilateral rows and says why it left the others out', async () => {
    const report = await importText(temp.db, fixture('comtrade-kaz-afg.csv'));
    expect(report).toMatchObject({ format: 'comtrade', rows: 8, added: 6, alreadyPresent: 0, errors: [] });
    expect(report.ignored.map((i) => i.reason)).toEqual(['commodity 1001, not TOTAL', 'partner W00 is not a single economy']);
    const kazExports2023 = temp.db.select().from(officialFigures).all().find((f) => f.reporter === 'KAZ' && f.periodStart === '2023-01-01');
    expect(kazExports2023).toMatchObject({ partner: 'AFG', flow: 'exports', origin: 'KAZ', pair: 'AFG-KAZ', valueUsd: 547020000, source: 'UN Comtrade' });
  });

  it('skips rows already imported', async () => {
    await importText(temp.db, fixture('comtrade-kaz-afg.csv'));
    expect(await importText(temp.db, fixture('comtrade-kaz-afg.csv'))).toMatchObject({ added: 0, alreadyPresent: 6 });
  });

  it('imports nothing when one row is bad, and names its line and column', async () => {
    const report = await importText(temp.db, fixture('comtrade-bad-row.csv'));
    expect(report.errors).toEqual([{ line: 3, column: 'primaryValue', message: expect.stringContaining('“lots” is not a value in US dollars') }]);
    expect(temp.db.select().from(officialFigures).all()).toHaveLength(0);
  });

  it('refuses a file whose header it does not know, saying what is missing', async () => {
    const report = await importText(temp.db, 'country,year,value\nKAZ,2022,1\n');
    expect(report.errors[0].message).toMatch(/neither a UN Comtrade layout nor a Tradewatch export/);
  });

  it('reports broken CSV instead of failing', async () => {
    const report = await importText(temp.db, fixture('comtrade-kaz-afg.csv') + 'C,A,"2024,unclosed\n');
    expect(report.errors[0].message).toMatch(/not valid CSV/);
    expect(temp.db.select().from(officialFigures).all()).toHaveLength(0);
  });
});

describe('importing a Tradewatch export', () => {
  it('round-trips: an export imported into an empty database exports again unchanged', async () => {
    const result = validateStatementForm({
      ...emptyFormValues(),
      economyA: 'KGZ', economyB: 'TJK', flow: 'exports', kind: 'reported', period: '2020',
      valueText: '12.5 million dollars',
      statementDate: '2021-01-02', quote: '-"Quoted", with comma\nand line; تجارت товарооборот', speaker: "'=already guarded",
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    await saveOne(temp.db, result.input, 'test');
    const original = await exportAll(temp.path);

    const folder = mkdtempSync(join(tmpdir(), 'tradewatch-roundtrip-'));
    const emptyPath = join(folder, 'empty.db');
    const empty = openDatabase(emptyPath);
    migrateDatabase(empty);
    try {
      const report = await importText(empty, original);
      expect(report).toMatchObject({ format: 'tradewatch', errors: [], alreadyPresent: 0 });
      expect(report.added).toBe(temp.db.select().from(statements).all().length);
      expect(await exportAll(emptyPath)).toBe(original);
    } finally {
      empty.$client.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('is refused at its header when statements may not be imported (two-person review), while official figures still are', async () => {
    const before = temp.db.select().from(statements).all().length;
    const bytes = (text: string) => Readable.from([Buffer.from(text, 'utf8')]);
    const refusal = 'Statements need a second editor here.';
    const report = await importCsv(temp.db, bytes(await exportAll(temp.path)), { refuseStatements: refusal });
    expect(report).toMatchObject({ added: 0, errors: [{ line: 1, message: refusal }] });
    expect(report.errors).toHaveLength(1);
    expect(temp.db.select().from(statements).all().length).toBe(before);
    expect(await importCsv(temp.db, bytes(fixture('comtrade-kaz-afg.csv')), { refuseStatements: refusal })).toMatchObject({ format: 'comtrade', added: 6, errors: [] });
  });

  it('skips statements already in the database', async () => {
    const report = await importText(temp.db, await exportAll(temp.path));
    expect(report.added).toBe(0);
    expect(report.alreadyPresent).toBe(temp.db.select().from(statements).all().length);
  });

  it('names each bad cell and imports nothing', async () => {
    const csv = await exportAll(temp.path);
    const broken = csv.replace(',2022-01-01,2022-12-31,2022,', ',2022-13-01,2022-12-31,2022,');
    const before = temp.db.select().from(statements).all().length;
    const fresh = await createTempDatabase();
    try {
      fresh.db.$client.exec('PRAGMA foreign_keys = OFF; DELETE FROM statements; PRAGMA foreign_keys = ON;');
      const report = await importText(fresh.db, broken);
      expect(report.errors).toEqual([{ line: 2, column: 'period_start', message: 'The period start must be a real date written yyyy-mm-dd, e.g. 2023-04-15.' }]);
      expect(fresh.db.select().from(statements).all()).toHaveLength(0);
    } finally {
      fresh.dispose();
    }
    expect(temp.db.select().from(statements).all()).toHaveLength(before);
  });
});
