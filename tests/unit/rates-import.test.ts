import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exchangeRates, statementHistory, statements } from '../../db/schema';
import { proposeRate } from '../../app/lib/data/exchange-rate-reads';
import { WDI_LICENCE } from '../../app/lib/data/exchange-rate-seed';
import { importRates } from '../../app/lib/data/exchange-rate-writes';
import { wdiCurrency } from '../../app/lib/import/rates-wdi-currencies';
import { createTempDatabase } from '../support/temp-database';
import { saveOne, validInput } from '../support/valid-input';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/rates', name));
const fromText = (text: string | Buffer) => Readable.from([typeof text === 'string' ? Buffer.from(text, 'utf8') : text]);

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
/** A seeded database of its own for each test of the describe block that calls this. */
function useTempDatabase() {
  beforeEach(async () => {
    temp = await createTempDatabase();
  });
  afterEach(() => temp.dispose());
}

const importFile = (name: string) => importRates(temp.db, fromText(fixture(name)));
const importText = (text: string) => importRates(temp.db, fromText(text));

function storedRate(currency: string, year: number, month = 0) {
  return temp.db
    .select()
    .from(exchangeRates)
    .where(and(eq(exchangeRates.currency, currency), eq(exchangeRates.year, year), eq(exchangeRates.month, month)))
    .get();
}

const reasons = (report: { skipped: { reason: string; count: number; examples: string[] }[] }) =>
  Object.fromEntries(report.skipped.map((s) => [s.reason, s.examples]));

describe('the World Bank WDI layout, as downloaded (four metadata lines)', () => {
  useTempDatabase();

  it('reads the release date and cites it with the licence', async () => {
    const report = await importFile('wdi-afn-bdt.csv');
    expect(report).toMatchObject({ layout: 'wdi', lastUpdated: '2025-07-01', source: 'World Bank WDI PA.NUS.FCRF (CC BY 4.0), last updated 2025-07-01', rows: 11, errors: [] });
    expect(storedRate('AFN', 2023)).toMatchObject({ unitsPerUsd: 79.2216, source: report.source, licence: WDI_LICENCE });
  });

  it('adds the afghani for 2021–2023, which the seeded table lacks', async () => {
    expect(storedRate('AFN', 2021)).toBeUndefined();
    const report = await importFile('wdi-afn-bdt.csv');
    expect(storedRate('AFN', 2021)?.unitsPerUsd).toBe(83.4401);
    expect(storedRate('AFN', 2022)?.unitsPerUsd).toBe(89.6127);
    expect(storedRate('BDT', 2025)?.unitsPerUsd).toBe(121.9034);
    expect(report).toMatchObject({ rates: 5, added: 5, replaced: 0, unchanged: 0 });
    expect(report.currencies).toEqual(['AFN', 'BDT', 'XOF']);
  });

  it('maps each economy to its currency and says why it left each other row out', async () => {
    const report = await importFile('wdi-afn-bdt.csv');
    // Senegal's row gives XOF; Benin's 612.3 is not stored over it.
    expect(storedRate('XOF', 2025)?.unitsPerUsd).toBe(611.8);
    const why = reasons(report);
    expect(why['no rate for any year (every cell empty)']).toEqual(['Arab World (ARB)', 'Euro area (EMU)', 'World (WLD)']);
    expect(why['uses XOF, shared by several economies; its rate is taken from one row: Senegal (SEN), seat of the BCEAO']).toEqual(['Benin (BEN)']);
    expect(why['uses EUR, shared by several economies; its rate is taken from one row: the euro area (EMU)']).toEqual(['Germany (DEU)']);
    expect(why['in US dollars, the base of every rate (1 per USD): nothing to store']).toEqual(['Ecuador (ECU)', 'United States (USA)']);
    expect(Object.keys(why).some((r) => r.startsWith('AFN before 2002'))).toBe(true);
    expect(Object.keys(why).some((r) => r.startsWith('Zimbabwe'))).toBe(true);
    expect(temp.db.select().from(exchangeRates).where(eq(exchangeRates.currency, 'USD')).all()).toEqual([]);
    expect(temp.db.select().from(exchangeRates).where(eq(exchangeRates.currency, 'ZWG')).all()).toEqual([]);
    expect(storedRate('AFN', 2001)).toBeUndefined();
  });

  it('changes nothing when the same file is imported again', async () => {
    await importFile('wdi-afn-bdt.csv');
    expect(await importFile('wdi-afn-bdt.csv')).toMatchObject({ added: 0, replaced: 0, unchanged: 5, errors: [] });
  });

  it('reads the same layout without the metadata lines, as the reference copy was made', async () => {
    const report = await importFile('wdi-no-metadata.csv');
    expect(report).toMatchObject({ layout: 'wdi', lastUpdated: null, source: 'World Bank WDI PA.NUS.FCRF (CC BY 4.0)', errors: [] });
    // EUR 2023 (the euro area's row), KZT 2023 and DEM 1998 (Germany's row before the euro) are the seed's own
    // value, source and licence: unchanged. KZT 2022 differs from the seed's 460.165: replaced. AFN 2021 is new.
    expect(report).toMatchObject({ added: 1, replaced: 1, unchanged: 3 });
    expect(storedRate('KZT', 2022)?.unitsPerUsd).toBe(460.4);
    expect(storedRate('EUR', 2023)?.unitsPerUsd).toBe(0.924839558470698);
    expect(storedRate('DEM', 1998)?.unitsPerUsd).toBe(1.7596676);
  });

  it('refuses a row of another indicator, and imports nothing', async () => {
    const report = await importFile('wdi-other-indicator.csv');
    expect(report.errors).toEqual([{ line: 3, column: 'Indicator Code', message: expect.stringContaining('This row is indicator “NY.GDP.MKTP.CD”, not PA.NUS.FCRF') }]);
    expect(storedRate('AFN', 2021)).toBeUndefined();
    expect(report.added).toBe(0);
  });

  it('refuses a cell that is not a rate, by line and year, and skips empty and ".." cells', async () => {
    const header = '"Country Name","Country Code","Indicator Name","Indicator Code","2021","2022","2023",';
    const good = await importText(`${header}\n"Afghanistan","AFG","Official exchange rate","PA.NUS.FCRF","","..","79.5",\n`);
    expect(good).toMatchObject({ rates: 1, added: 1, errors: [] });
    const bad = await importText(`${header}\n"Afghanistan","AFG","Official exchange rate","PA.NUS.FCRF","83,4","","0",\n`);
    expect(bad.errors.map((e) => [e.line, e.column])).toEqual([
      [2, '2021'],
      [2, '2023'],
    ]);
    expect(bad.errors[0].message).toMatch(/not a number: write the rate with a point/);
    expect(bad.errors[1].message).toMatch(/must be above 0/);
  });
});

describe('which currency a World Bank row is in (fx-annual.md §4)', () => {
  it.each([
    ['KAZ', 2023, 'KZT'],
    ['EMU', 2023, 'EUR'],
    ['DEU', 1998, 'DEM'],
    ['GRC', 2000, 'GRD'],
    ['HRV', 2022, 'HRK'],
    ['SEN', 2023, 'XOF'],
    ['CMR', 2023, 'XAF'],
    ['KNA', 2023, 'XCD'],
    ['NCL', 2023, 'XPF'],
    ['ECU', 1999, 'ECS'],
    ['SLV', 2000, 'SVC'],
    ['TKM', 2000, 'TMM'],
    ['TKM', 2015, 'TMT'],
    ['VEN', 2017, 'VEF'],
    ['AFG', 2002, 'AFN'],
    ['IRQ', 2004, 'IQD'],
    ['AUS', 2023, 'AUD'],
    ['NZL', 2023, 'NZD'],
    ['CHE', 2023, 'CHF'],
    ['GBR', 2023, 'GBP'],
    ['CUW', 2024, 'ANG'],
    ['CUW', 2025, 'XCG'],
    ['BTN', 2023, 'BTN'],
  ].map(([code, year, currency]) => ({ code, year, currency })))('$code in $year is $currency', ({ code, year, currency }) => {
    expect(wdiCurrency(code as string, year as number)).toEqual({ currency });
  });

  it.each([
    ['WLD', 2023, /^not one economy/],
    ['HIC', 2023, /^not one economy/],
    ['USA', 2023, /^in US dollars/],
    ['ECU', 2000, /^in US dollars/],
    ['TLS', 2023, /^in US dollars/],
    ['DEU', 1999, /uses EUR, .*the euro area \(EMU\)/],
    ['HRV', 2023, /uses EUR/],
    ['MNE', 2023, /uses EUR/],
    ['XKX', 2023, /uses EUR/],
    ['BEN', 2023, /uses XOF, .*Senegal \(SEN\)/],
    ['LIE', 2023, /uses CHF, .*Switzerland \(CHE\)/],
    ['KIR', 2023, /uses AUD, .*Australia \(AUS\)/],
    ['GRL', 2023, /uses DKK, .*Denmark \(DNK\)/],
    ['PYF', 2023, /uses XPF, .*New Caledonia \(NCL\)/],
    ['SXM', 2020, /uses ANG, .*Curaçao \(CUW\)/],
    ['AFG', 2001, /^AFN before 2002/],
    ['IRQ', 2003, /^IQD before 2004/],
    ['VEN', 2018, /^Venezuela after 2017/],
    ['ZWE', 2023, /^Zimbabwe/],
  ].map(([code, year, reason]) => ({ code, year, reason })))('$code in $year is left out', ({ code, year, reason }) => {
    const result = wdiCurrency(code as string, year as number);
    expect(result).toHaveProperty('skip');
    expect((result as { skip: string }).skip).toMatch(reason as RegExp);
  });
});

describe('the plain layout: currency, year, units_per_usd, source (month, licence)', () => {
  useTempDatabase();

  it('stores annual and monthly averages, each with its source and licence', async () => {
    const report = await importFile('plain-monthly.csv');
    expect(report).toMatchObject({ layout: 'plain', rows: 5, rates: 4, added: 3, replaced: 1, errors: [] });
    expect(storedRate('AFN', 2024)).toMatchObject({ unitsPerUsd: 71.5312, source: 'Da Afghanistan Bank (test values)', licence: null });
    expect(storedRate('AFN', 2024, 1)?.unitsPerUsd).toBe(73.2);
    expect(storedRate('AFN', 2024, 2)?.unitsPerUsd).toBe(72.9);
    // "kzt" is read as KZT; its licence replaces the seed's longer one, so the row counts as replaced.
    expect(storedRate('KZT', 2023)).toMatchObject({ unitsPerUsd: 456.165, licence: 'CC BY 4.0' });
    expect(reasons(report)['in US dollars, the base of every rate (1 per USD): nothing to store']).toEqual(['line 6']);
  });

  it('replaces the rate of the same currency and period, and counts an identical one as unchanged', async () => {
    const file = (rate: string) => `currency,year,units_per_usd,source\nAFN,2021,${rate},Test source\n`;
    expect(await importText(file('83.1'))).toMatchObject({ added: 1, replaced: 0, unchanged: 0 });
    expect(await importText(file('83.9'))).toMatchObject({ added: 0, replaced: 1, unchanged: 0 });
    expect(storedRate('AFN', 2021)?.unitsPerUsd).toBe(83.9);
    expect(await importText(file('83.9'))).toMatchObject({ added: 0, replaced: 0, unchanged: 1 });
    expect(temp.db.select().from(exchangeRates).where(eq(exchangeRates.currency, 'AFN')).all().filter((r) => r.year === 2021)).toHaveLength(1);
  });

  it('lists every bad row by line and column and imports none of the file', async () => {
    const report = await importFile('plain-bad.csv');
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'currency'],
      [4, 'year'],
      [5, 'units_per_usd'],
      [6, 'units_per_usd'],
      [7, 'source'],
      [8, 'currency'],
    ]);
    expect(report.errors[0].message).toMatch(/“XYZ” is not an ISO 4217 currency code/);
    expect(report.errors[2].message).toMatch(/“89,6” is not a number/);
    expect(report.errors[5].message).toMatch(/AFN 2021 .* is given twice: line 2 gave it already/);
    // Line 2 was good, but the import is all or nothing.
    expect(storedRate('AFN', 2021)).toBeUndefined();
  });

  it('refuses a month outside 1–12 and a year outside 1900–2100', async () => {
    const report = await importText('currency,year,month,units_per_usd,source\nAFN,2021,13,83,Test\nAFN,1899,,83,Test\n');
    expect(report.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'month'],
      [3, 'year'],
    ]);
  });
});

describe('telling the layouts apart, and files that are neither', () => {
  useTempDatabase();

  it('names what a plain file lacks', async () => {
    const report = await importText('currency,year,rate\nAFN,2021,83\n');
    expect(report.errors[0]).toMatchObject({ line: 1, message: expect.stringContaining('for a plain rates file it lacks: units_per_usd, source') });
  });

  it('refuses a column it does not read rather than ignoring it', async () => {
    const report = await importText('currency,year,units_per_usd,source,usd_per_unit\nAFN,2021,83,Test,0.012\n');
    expect(report.errors[0].message).toMatch(/does not read: “usd_per_unit”/);
  });

  it('says what to do with a file separated by semicolons, a zip, an empty file and a header alone', async () => {
    expect((await importText('currency;year;units_per_usd;source\nAFN;2021;83;Test\n')).errors[0].message).toMatch(/separated by semicolons/);
    expect((await importRates(temp.db, fromText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])))).errors[0].message).toMatch(/zip file.*unzip it/);
    expect((await importText('')).errors[0].message).toMatch(/The file is empty/);
    expect((await importText('currency,year,units_per_usd,source\n')).errors[0].message).toMatch(/a header but no rows/);
  });

  it('refuses bytes that are not UTF-8, naming the line', async () => {
    const bytes = Buffer.concat([Buffer.from('currency,year,units_per_usd,source\nAFN,2021,83,Banque centrale\n'), Buffer.from([0x41, 0x46, 0x4e, 0x2c, 0xe9, 0x0a])]);
    const report = await importRates(temp.db, fromText(bytes));
    expect(report.errors[0]).toMatchObject({ line: 3, message: expect.stringContaining('not valid UTF-8') });
  });
});

describe('after an import, the rates price statements', () => {
  useTempDatabase();

  it('prices a figure that was kept without a dollar value, citing the imported rate, and records the change', async () => {
    const saved = await saveOne(temp.db, validInput({ economyA: 'AFG', economyB: 'KAZ', period: '2023', valueText: '50 billion afghanis', statementDate: '2024-02-01' }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(temp.db.select().from(statements).where(eq(statements.id, saved.id)).get()).toMatchObject({ currency: 'AFN', valueUsd: null, usdRate: null });

    const report = await importRates(temp.db, fromText(fixture('wdi-afn-bdt.csv')), { editor: 'rates test' });
    expect(report.priced).toBe(1);
    const priced = temp.db.select().from(statements).where(eq(statements.id, saved.id)).get()!;
    expect(priced.rateOrigin).toBe('table');
    expect(priced.valueUsd).toBeCloseTo(50e9 / 79.2216, 0);
    expect(priced.rateSource).toBe('AFN 79.22 per USD, 2023 average, World Bank WDI PA.NUS.FCRF (CC BY 4.0), last updated 2025-07-01');
    const history = temp.db.select().from(statementHistory).where(eq(statementHistory.statementId, saved.id)).all();
    expect(history.map((h) => [h.action, h.editor])).toEqual([
      ['created', 'test'],
      ['edited', 'rates test'],
    ]);
  });

  it('proposes the imported monthly averages for a part-year figure', async () => {
    await importFile('plain-monthly.csv');
    const proposal = await proposeRate(temp.db, 'AFN', '2024-01-01', '2024-02-29');
    expect(proposal.ok && proposal.rate.unitsPerUsd).toBeCloseTo((73.2 + 72.9) / 2, 10);
  });

  it('prices nothing and writes nothing when the file is refused', async () => {
    const saved = await saveOne(temp.db, validInput({ economyA: 'AFG', economyB: 'KAZ', period: '2021', valueText: '50 billion afghanis', statementDate: '2024-02-01' }));
    const report = await importFile('plain-bad.csv');
    expect(report.priced).toBe(0);
    expect(saved.ok && temp.db.select().from(statements).where(eq(statements.id, saved.id)).get()?.valueUsd).toBeNull();
  });
});

describe('a large plain file', () => {
  useTempDatabase();

  it('imports 20,000 rates in one commit and counts them', async () => {
    const lines = ['currency,year,month,units_per_usd,source'];
    const currencies = ['KZT', 'AFN', 'BDT', 'INR', 'PKR', 'NPR', 'CNY', 'RUB', 'UZS', 'TRY'];
    for (const currency of currencies) for (let year = 1901; year <= 2100; year++) for (let month = 0; month <= 9; month++) lines.push(`${currency},${year},${month || ''},${(year % 97) + month + 1.5},Bench`);
    const report = await importText(`${lines.join('\n')}\n`);
    expect(report).toMatchObject({ rows: 20_000, rates: 20_000, errors: [] });
    expect(report.added + report.replaced).toBe(20_000);
    expect(temp.db.select().from(exchangeRates).where(eq(exchangeRates.source, 'Bench')).all()).toHaveLength(20_000);
  });
});
