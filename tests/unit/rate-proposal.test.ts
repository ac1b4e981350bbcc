import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exchangeRates, statementHistory, statements } from '../../db/schema';
import { eq } from 'drizzle-orm';
import { priceUnpricedStatements } from '../../app/lib/data/price-statement';
import { proposeRate } from '../../app/lib/data/exchange-rate-reads';
import { importText } from '../../app/lib/import/run-import';
import { rateForPeriod } from '../../app/lib/domain/rates/period-rate';
import { createTempDatabase } from '../support/temp-database';
import { saveOne, validInput } from '../support/valid-input';

const WDI = 'World Bank WDI PA.NUS.FCRF (CC BY 4.0)';

describe('the average rate for a period', () => {
  const rates = [
    { year: 2022, month: 0, unitsPerUsd: 120, source: WDI },
    { year: 2023, month: 0, unitsPerUsd: 132, source: WDI },
    { year: 2023, month: 3, unitsPerUsd: 140, source: 'Central bank monthly' },
  ];

  it("takes a calendar year's average for that year and cites it", () => {
    const result = rateForPeriod('NPR', '2022-01-01', '2022-12-31', rates);
    expect(result).toEqual({ ok: true, rate: expect.objectContaining({ unitsPerUsd: 120, usdPerUnit: 1 / 120, citation: `NPR 120 per USD, 2022 average, ${WDI}` }) });
  });

  it("weighs each calendar year by the months a fiscal year takes from it", () => {
    // July 2022 – June 2023: six months at 120, five at 132 and March's own 140.
    const result = rateForPeriod('NPR', '2022-07-01', '2023-06-30', rates);
    if (!result.ok) throw new Error(result.message);
    expect(result.rate.unitsPerUsd).toBeCloseTo((6 * 120 + 5 * 132 + 140) / 12, 9);
    expect(result.rate.citation).toContain('months-weighted average of 2022 (6 months), 2023 (5 months) and Mar 2023 (1 month)');
  });

  it("uses a month's own average when the table has one", () => {
    const result = rateForPeriod('NPR', '2023-03-01', '2023-03-31', rates);
    expect(result.ok && result.rate.citation).toBe('NPR 140 per USD, Mar 2023 average, Central bank monthly');
  });

  it("says which years are missing instead of borrowing another year's rate", () => {
    const result = rateForPeriod('NPR', '2023-07-01', '2024-06-30', rates);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/no NPR rate for 2024, so this figure is kept in NPR without a dollar value; type the rate the source used, or import rates for 2024/);
  });
});

describe('saving a figure in another currency', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeAll(async () => {
    temp = await createTempDatabase();
  });
  afterAll(() => temp.dispose());
  const stored = (id: number) => temp.db.select().from(statements).where(eq(statements.id, id)).get()!;

  it("seeds the World Bank table, with its licence on every row", async () => {
    const kzt = temp.db.select().from(exchangeRates).where(eq(exchangeRates.currency, 'KZT')).all();
    expect(kzt.find((r) => r.year === 2023)).toMatchObject({ month: 0, unitsPerUsd: 456.165, source: WDI, licence: expect.stringContaining('CC BY 4.0') });
    expect(await proposeRate(temp.db, 'KZT', '2023-01-01', '2023-12-31')).toMatchObject({ ok: true, rate: { citation: `KZT 456.2 per USD, 2023 average, ${WDI}` } });
  });

  it("proposes the table's average when no rate is typed, and stores it with its source", async () => {
    const saved = await saveOne(temp.db, validInput({ economyA: 'Bangladesh', economyB: 'India', period: 'May 2022', valueText: 'Tk 1.3 trillion' }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const row = stored(saved.id);
    const bdt2022 = temp.db.select().from(exchangeRates).where(eq(exchangeRates.currency, 'BDT')).all().find((r) => r.year === 2022)!;
    expect(row).toMatchObject({ currency: 'BDT', rateOrigin: 'table', rateSource: expect.stringMatching(/^BDT [\d.]+ per USD, 2022 average, World Bank/) });
    expect(row.valueUsd).toBeCloseTo(1.3e12 / bdt2022.unitsPerUsd, -3);
  });

  it("keeps a rate the editor typed, marked as theirs", async () => {
    const saved = await saveOne(temp.db, validInput({ economyA: 'Bangladesh', economyB: 'India', period: '2021', valueText: 'Tk 1.1 trillion', usdRate: '0.0117' }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(stored(saved.id)).toMatchObject({ usdRate: 0.0117, rateOrigin: 'editor', rateSource: null, valueUsd: 1.1e12 * 0.0117 });
  });

  it("keeps a figure whose currency has no rate for its period without a dollar value, and prices it once rates arrive", async () => {
    const input = validInput({ economyA: 'Afghanistan', economyB: 'Kazakhstan', period: '2023', valueText: '50 billion afghanis', currencyChoice: '' });
    expect(input.currency).toBe('AFN');
    const saved = await saveOne(temp.db, input);
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    expect(stored(saved.id)).toMatchObject({ valueUsd: null, usdRate: null, rateOrigin: null, valueStated: 50e9 });
    // The same figure again is recognised by its stated amount, not saved twice.
    expect(await saveOne(temp.db, input)).toEqual({ ok: false, reason: 'duplicate', existingId: saved.id });

    temp.db.insert(exchangeRates).values({ currency: 'AFN', year: 2023, month: 0, unitsPerUsd: 75, source: 'Test rates', licence: null, importedAt: '2026-01-01T00:00:00.000Z' }).run();
    expect(await priceUnpricedStatements(temp.db, ['AFN'])).toBe(1);
    const priced = stored(saved.id);
    expect(priced).toMatchObject({ rateOrigin: 'table', rateSource: 'AFN 75 per USD, 2023 average, Test rates' });
    expect(priced.usdRate).toBeCloseTo(1 / 75, 15);
    expect(priced.valueUsd).toBeCloseTo(50e9 / 75, 0);
    const history = temp.db.select().from(statementHistory).where(eq(statementHistory.statementId, saved.id)).all();
    expect(history.map((h) => [h.action, h.editor])).toEqual([['created', 'test'], ['edited', 'exchange-rate import']]);
  });

  it("prices an imported row the same way, and the seed's Nepal figure from the table", async () => {
    const header = 'economy_a,economy_b,flow,kind,period_start,period_end,period_label,value_text,value_stated,currency,usd_rate,value_usd,hedge,statement_date';
    const report = await importText(temp.db, `${header}\nKAZ,UZB,total,reported,2023-01-01,2023-12-31,2023,5 trillion tenge,5000000000000,KZT,,,exact,2024-02-01\n`);
    expect(report.errors).toEqual([]);
    expect(report.rates).toEqual({ priced: 1, withoutRate: 0 });
    const row = temp.db.select().from(statements).where(eq(statements.currency, 'KZT')).get()!;
    expect(row).toMatchObject({ rateOrigin: 'table', rateSource: `KZT 456.2 per USD, 2023 average, ${WDI}` });
    expect(row.valueUsd).toBeCloseTo(5e12 / 456.165, 0);
    const nepal = temp.db.select().from(statements).where(eq(statements.currency, 'NPR')).get()!;
    expect(nepal).toMatchObject({ rateOrigin: 'table', rateSource: expect.stringContaining('months-weighted average of 2022 (6 months) and 2023 (7 months)') });
  });
});
