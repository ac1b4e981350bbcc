import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { allRows } from './sql-dialect';
import type { ReferenceRates } from '../domain/rate-example';

// Each currency's latest calendar-year average in exchange_rates (seeded from the
// World Bank table, extended by imports): the entry form's example rate. Read on
// each request, one grouped pass over the primary key, so an import shows at once.
const LATEST_ANNUAL = sql`
  select currency, year, units_per_usd as "unitsPerUsd" from exchange_rates r
  where month = 0 and year = (select max(year) from exchange_rates l where l.currency = r.currency and l.month = 0)
  order by currency`;

/** Each currency's most recent annual average rate to US dollars, for the entry form's hints. */
export async function fetchLatestReferenceRates(): Promise<ReferenceRates> {
  const rows = await allRows<{ currency: string; year: number; unitsPerUsd: number }>(getDb(), LATEST_ANNUAL);
  return Object.fromEntries(rows.map((r) => [r.currency, { usdPerUnit: 1 / r.unitsPerUsd, year: r.year }]));
}
