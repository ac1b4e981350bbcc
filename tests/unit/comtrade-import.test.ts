import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { officialFigures } from '../../db/schema';
import { importText } from '../../app/lib/import/run-import';
import { leftOutSummary } from '../../app/lib/import/row-result';
import { createTempDatabase } from '../support/temp-database';

const sample = (name: string) => readFileSync(join(__dirname, '../fixtures/comtrade', name), 'utf8');

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(() => temp.dispose());

const stored = () =>
  temp.db
    .select()
    .from(officialFigures)
    .all()
    .map((f) => `${f.reporter} ${f.flow} ${f.partner} ${f.periodLabel} ${f.valueUsd}`)
    .sort();

describe('importing a Comtrade+ download', () => {
  it('keeps the whole-trade rows of both sides and counts the rest by reason', async () => {
    const report = await importText(temp.db, sample('comtrade-plus-kaz-afg-2023.csv'));
    expect(report).toMatchObject({ format: 'comtrade', layout: 'Comtrade+ columns', rows: 17, added: 4, alreadyPresent: 0, ignoredCount: 13, errors: [] });
    expect(stored()).toEqual([
      'AFG exports KAZ 2023 23150000',
      'AFG imports KAZ 2023 612340000',
      'KAZ exports AFG 2023 547020000',
      'KAZ imports AFG 2023 20480000',
    ]);
    expect(leftOutSummary(report.skipped)).toBe(
      '13 rows left out: 3 not whole trade (commodity), 3 partner World, 2 not whole trade (mode of transport), 1 not whole trade (second partner), ' +
        '1 re-exports (part of exports), 1 partner not a single economy, 1 not whole trade (customs procedure), 1 re-imports (part of imports)',
    );
    // One example per reason, not one line per row left out.
    expect(report.ignored).toHaveLength(report.skipped.length);
    expect(report.ignored[0]).toEqual({ line: 3, reason: 'commodity 10, not TOTAL' });
  });

  it('counts a second import as already present, changing nothing', async () => {
    await importText(temp.db, sample('comtrade-plus-kaz-afg-2023.csv'));
    expect(await importText(temp.db, sample('comtrade-plus-kaz-afg-2023.csv'))).toMatchObject({ added: 0, alreadyPresent: 4 });
    expect(stored()).toHaveLength(4);
  });

  it('keeps each month of a monthly file as its own period, so months add up to a part-year', async () => {
    const report = await importText(temp.db, sample('comtrade-plus-kgz-uzb-2023-monthly.csv'));
    expect(report).toMatchObject({ rows: 30, added: 20, errors: [] });
    expect(leftOutSummary(report.skipped)).toBe('10 rows left out: 5 not whole trade (commodity), 5 partner World');
    const kgzExports = temp.db.select().from(officialFigures).all().filter((f) => f.reporter === 'KGZ' && f.flow === 'exports');
    expect(kgzExports.map((f) => [f.periodStart, f.periodEnd, f.periodLabel])).toEqual([
      ['2023-01-01', '2023-01-31', 'Jan 2023'],
      ['2023-02-01', '2023-02-28', 'Feb 2023'],
      ['2023-03-01', '2023-03-31', 'Mar 2023'],
      ['2023-04-01', '2023-04-30', 'Apr 2023'],
      ['2023-05-01', '2023-05-31', 'May 2023'],
    ]);
    expect(kgzExports.reduce((sum, f) => sum + f.valueUsd, 0)).toBeCloseTo(139.7e6, 0);
  });

  it('reads a tab-separated bulk file with numeric codes only, the EU as EUU', async () => {
    const report = await importText(temp.db, sample('comtrade-plus-bulk-2022.txt'));
    expect(report).toMatchObject({ layout: 'Comtrade+ columns, tab-separated', rows: 7, added: 4, errors: [] });
    expect(stored()).toEqual(['EUU exports KAZ 2022 15310000000', 'KAZ exports KGZ 2022 1025400000', 'KAZ imports EUU 2022 13220000000', 'KAZ imports KGZ 2022 741200000']);
    expect(leftOutSummary(report.skipped)).toBe('3 rows left out: 1 partner World, 1 not whole trade (commodity), 1 partner is the reporter itself');
  });

  it('keeps a comma inside a tab-separated cell as text', async () => {
    const header = ['freqCode', 'period', 'reporterCode', 'reporterDesc', 'flowCode', 'partnerCode', 'partnerDesc', 'cmdCode', 'primaryValue'];
    const rows = [header, ['A', '2022', '398', 'Kazakhstan', 'X', '899', 'Areas, nes', 'TOTAL', '1250000'], ['A', '2022', '398', 'Kazakhstan', 'X', '4', 'Afghanistan', 'TOTAL', '9870000']];
    // As Comtrade's bulk files are written: tabs between cells, nothing quoted.
    const report = await importText(temp.db, rows.map((r) => r.join('\t')).join('\n'));
    expect(report).toMatchObject({ rows: 2, added: 1, errors: [], ignored: [{ line: 2, reason: 'partner 899 (Areas, nes) is not a single economy' }] });
  });

  it('refuses a file whose rows give one figure two values, naming both lines, and imports nothing', async () => {
    const report = await importText(temp.db, sample('comtrade-plus-two-releases.csv'));
    expect(report.errors).toEqual([
      {
        line: 5,
        column: 'primaryValue',
        message: 'Line 3 already gives Afghanistan’s reported imports from Kazakhstan for 2023 as $612,340,000; this row says $615,870,000. Keep the row of the release you mean (a file made of two downloads can hold two releases) and import again.',
      },
    ]);
    expect(stored()).toEqual([]);
  });

  it('leaves out a row that repeats an earlier one exactly', async () => {
    const lines = sample('comtrade-plus-two-releases.csv').trimEnd().split('\r\n');
    const report = await importText(temp.db, `${lines.slice(0, 4).join('\r\n')}\r\n`);
    expect(report).toMatchObject({ rows: 3, added: 2, errors: [], skipped: [{ reason: 'repeats of an earlier row', count: 1, firstLine: 4 }], ignored: [{ line: 4, reason: 'the same figure as line 2' }] });
  });
});

describe('importing a classic Comtrade download', () => {
  it('reads the API layout: Comtrade’s own codes for the USA and India, Taiwan as "Other Asia, nes"', async () => {
    const report = await importText(temp.db, sample('comtrade-classic-usa-ind-2019.csv'));
    expect(report).toMatchObject({ layout: 'classic Comtrade columns', rows: 10, added: 5, errors: [] });
    expect(stored()).toEqual([
      'IND exports TWN 2019 3230000000',
      'IND exports USA 2019 53089000000',
      'IND imports USA 2019 35585000000',
      'USA exports IND 2019 34288000000',
      'USA imports IND 2019 57712000000',
    ]);
    expect(leftOutSummary(report.skipped)).toBe(
      '5 rows left out: 1 re-exports (part of exports), 1 re-imports (part of imports), 1 partner World, 1 partner not a single economy, 1 not whole trade (commodity)',
    );
  });

  it('reads the bulk layout, which has no breakdown columns', async () => {
    const report = await importText(temp.db, sample('comtrade-classic-bulk-kaz-afg-2019.csv'));
    expect(report).toMatchObject({ rows: 4, added: 2, errors: [] });
    expect(stored()).toEqual(['AFG imports KAZ 2019 480900000', 'KAZ exports AFG 2019 453800000']);
  });
});
