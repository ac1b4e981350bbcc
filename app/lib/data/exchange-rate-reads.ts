import { and, between, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { exchangeRates } from '../../../db/schema';
import { type AverageRate, type PeriodRateResult, rateForPeriod, yearsOf } from '../domain/rates/period-rate';

// Runs inside a save's transaction, synchronously, as better-sqlite3 does: a
// proposal reads a handful of rows off the primary key, well under a millisecond.
const preparedByDb = new WeakMap<Db, ReturnType<typeof preparedFor>>();

function preparedFor(db: Db) {
  return db
    .select({ year: exchangeRates.year, month: exchangeRates.month, unitsPerUsd: exchangeRates.unitsPerUsd, source: exchangeRates.source })
    .from(exchangeRates)
    .where(and(eq(exchangeRates.currency, sql.placeholder('currency')), between(exchangeRates.year, sql.placeholder('first'), sql.placeholder('last'))))
    .prepare();
}

/** The table's average rate for a currency over a statement's period, or why there is none. */
export function proposeRate(db: Db, currency: string, periodStart: string, periodEnd: string): PeriodRateResult {
  let query = preparedByDb.get(db);
  if (!query) preparedByDb.set(db, (query = preparedFor(db)));
  const rates: AverageRate[] = query.all({ currency, ...yearsOf(periodStart, periodEnd) });
  return rateForPeriod(currency, periodStart, periodEnd, rates);
}
