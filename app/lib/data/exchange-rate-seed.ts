import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { appMeta, exchangeRates } from '../../../db/schema';

// db/reference/fx-annual.md says where these rates come from and how they were made.
const REFERENCE_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), 'db', 'reference', 'fx-annual.csv');
const SEEDED_KEY = 'exchange_rates_seeded_at';

/** The World Bank's terms for WDI data, carried by every rate taken from it. */
export const WDI_LICENCE = 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); World Bank WDI PA.NUS.FCRF, original source IMF International Financial Statistics';

/**
 * Fills exchange_rates from the reference table once per database. The mark
 * in app_meta keeps rates an editor replaced or removed from coming back on
 * the next start; a rate imported earlier for the same currency and year wins.
 */
export function seedExchangeRatesIfNew(db: Db): boolean {
  if (db.select().from(appMeta).where(eq(appMeta.key, SEEDED_KEY)).get()) return false;
  const rows: { currency: string; year: string; units_per_usd: string; source: string }[] = parse(readFileSync(REFERENCE_FILE, 'utf8'), { columns: true });
  const now = new Date().toISOString();
  const p = (name: string) => sql.placeholder(name);
  const insert = db
    .insert(exchangeRates)
    .values({ currency: p('currency'), year: p('year'), month: 0, unitsPerUsd: p('unitsPerUsd'), source: p('source'), licence: WDI_LICENCE, importedAt: now })
    .onConflictDoNothing()
    .prepare();
  db.$client
    .transaction(() => {
      for (const row of rows) {
        const unitsPerUsd = Number(row.units_per_usd);
        if (unitsPerUsd > 0) insert.run({ currency: row.currency, year: Number(row.year), unitsPerUsd, source: row.source });
      }
      db.insert(appMeta).values({ key: SEEDED_KEY, value: now }).run();
    })
    .immediate();
  return true;
}
