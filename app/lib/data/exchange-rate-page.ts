import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { type Db, getDb } from '../../../db/client';
import { exchangeRates } from '../../../db/schema';
import { allRows, bytewise } from './sql-dialect';

/** One currency of the exchange-rate table at a glance. */
export interface CurrencyRatesSummary {
  currency: string;
  /** The calendar years with a rate (annual or monthly), as runs: "1993, 1996–2024". */
  yearRuns: { first: number; last: number }[];
  annualRates: number;
  monthlyRates: number;
  /** The most recent annual average, with its citation; null when the table has only months for it. */
  latest: { year: number; unitsPerUsd: number; source: string; licence: string | null } | null;
}

export interface StoredRate {
  year: number;
  month: number;
  unitsPerUsd: number;
  source: string;
  licence: string | null;
  importedAt: string;
}

interface RunRow {
  currency: string;
  first: number;
  last: number;
}

interface CountRow {
  currency: string;
  annual: number;
  monthly: number;
  year: number | null;
  unitsPerUsd: number | null;
  source: string | null;
  licence: string | null;
}

// Runs of consecutive years ("gaps and islands": a year minus its rank is the same along a run), and per currency
// the counts with its latest annual average. Both read the primary key only; a few thousand rows, well under 10 ms.
// Written for both engines: every subquery in FROM named (PostgreSQL requires it), aliases quoted (PostgreSQL
// folds bare ones to lower case), counts by CASE (PostgreSQL does not sum a comparison), currencies in byte order.
const runsOf = (db: Db) => sql`
  select currency, min(year) as "first", max(year) as "last"
  from (select currency, year, year - row_number() over (partition by currency order by year) as run
        from (select distinct currency, year from exchange_rates) as years) as ranked
  group by currency, run order by ${bytewise(db, sql`currency`)}, "first"`;

const countsOf = (db: Db) => sql`
  with counts as (
    select currency, sum(case when month = 0 then 1 else 0 end) as annual, sum(case when month > 0 then 1 else 0 end) as monthly,
      max(case when month = 0 then year end) as latest_year
    from exchange_rates group by currency)
  select c.currency, c.annual, c.monthly, r.year, r.units_per_usd as "unitsPerUsd", r.source, r.licence
  from counts c left join exchange_rates r on r.currency = c.currency and r.year = c.latest_year and r.month = 0
  order by ${bytewise(db, sql`c.currency`)}`;

/** Every currency the table has, each with the years it covers and its latest annual average. */
async function readOverview(db: Db): Promise<CurrencyRatesSummary[]> {
  const runs = new Map<string, { first: number; last: number }[]>();
  for (const run of await allRows<RunRow>(db, runsOf(db))) {
    const list = runs.get(run.currency) ?? [];
    list.push({ first: run.first, last: run.last });
    runs.set(run.currency, list);
  }
  return (await allRows<CountRow>(db, countsOf(db))).map((row) => ({
    currency: row.currency,
    yearRuns: runs.get(row.currency) ?? [],
    annualRates: row.annual,
    monthlyRates: row.monthly,
    latest: row.year === null ? null : { year: row.year, unitsPerUsd: row.unitsPerUsd!, source: row.source!, licence: row.licence },
  }));
}

/** Every rate the table has for one currency, newest year first, each year's average before its months. */
async function readCurrencyRates(db: Db, currency: string): Promise<StoredRate[]> {
  return db
    .select({
      year: exchangeRates.year,
      month: exchangeRates.month,
      unitsPerUsd: exchangeRates.unitsPerUsd,
      source: exchangeRates.source,
      licence: exchangeRates.licence,
      importedAt: exchangeRates.importedAt,
    })
    .from(exchangeRates)
    .where(eq(exchangeRates.currency, currency))
    .orderBy(desc(exchangeRates.year), asc(exchangeRates.month));
}

export interface ExchangeRatesPage {
  currencies: CurrencyRatesSummary[];
  /** The currency the URL asks for, with its rates (none when the table has no rate for it). */
  selected: { summary: CurrencyRatesSummary | null; rates: StoredRate[]; currency: string } | null;
}

/** What the Exchange rates page shows: every currency, or one currency's rates when the URL names it. */
export async function getExchangeRatesPage(currency: string | null): Promise<ExchangeRatesPage> {
  const db = getDb();
  const currencies = await readOverview(db);
  if (currency === null) return { currencies, selected: null };
  return { currencies, selected: { currency, summary: currencies.find((c) => c.currency === currency) ?? null, rates: await readCurrencyRates(db, currency) } };
}
