import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appMeta, exchangeRates } from '../../../db/schema';
import { writeTransaction } from './write-transaction';

// db/reference/fx-annual.md says where these rates come from and how they were made.
const REFERENCE_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'reference', 'fx-annual.csv');
const SEEDED_KEY = 'exchange_rates_seeded_at';

/** The World Bank's terms for WDI data, carried by every rate taken from it. */
export const WDI_LICENCE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); World Bank WDI PA.NUS.FCRF, original source IMF International Financial Statistics';

/** Rates inserted per statement: seven values each, well under either engine's limit on bound values. */
const RATES_PER_INSERT = 500;

/**
 * Fills exchange_rates from the reference table once per database, in one
 * write transaction. The mark in app_meta keeps rates an editor replaced or
 * removed from coming back on the next start; a rate imported earlier for the
 * same currency and year wins.
 */
export async function seedExchangeRatesIfNew(db: Db): Promise<boolean> {
  return writeTransaction(db, async (tx) => {
    // Read inside the transaction: two instances starting at once seed once.
    const [seeded] = await tx.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, SEEDED_KEY)).limit(1);
    if (seeded) return false;
    const now = new Date().toISOString();
    const rates = referenceRows()
      .map((row) => ({ currency: row.currency, year: Number(row.year), month: 0, unitsPerUsd: Number(row.units_per_usd), source: row.source, licence: WDI_LICENCE, importedAt: now }))
      .filter((rate) => rate.unitsPerUsd > 0);
    for (let start = 0; start < rates.length; start += RATES_PER_INSERT) {
      await tx.insert(exchangeRates).values(rates.slice(start, start + RATES_PER_INSERT)).onConflictDoNothing();
    }
    await tx.insert(appMeta).values({ key: SEEDED_KEY, value: now });
    return true;
  });
}

function referenceRows(): { currency: string; year: string; units_per_usd: string; source: string }[] {
  return parse(readFileSync(REFERENCE_FILE, 'utf8'), { columns: true });
}
