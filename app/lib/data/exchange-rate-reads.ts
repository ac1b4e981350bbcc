import { and, between, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { exchangeRates } from '../../../db/schema';
import { type AverageRate, type PeriodRateResult, rateForPeriod, yearsOf } from '../domain/rates/period-rate';

/**
 * The table's average rate for a currency over a statement's period, or why
 * there is none. A save asks inside its transaction: a handful of rows off the
 * primary key.
 */
export async function proposeRate(db: Db, currency: string, periodStart: string, periodEnd: string): Promise<PeriodRateResult> {
  const { first, last } = yearsOf(periodStart, periodEnd);
  const rates: AverageRate[] = await db
    .select({ year: exchangeRates.year, month: exchangeRates.month, unitsPerUsd: exchangeRates.unitsPerUsd, source: exchangeRates.source })
    .from(exchangeRates)
    .where(and(eq(exchangeRates.currency, currency), between(exchangeRates.year, first, last)));
  return rateForPeriod(currency, periodStart, periodEnd, rates);
}
