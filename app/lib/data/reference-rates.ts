import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ReferenceRates } from '../domain/rate-example';

// World Bank WDI annual averages (db/reference/fx-annual.md says where they come
// from). Read once per process: the file does not change while the app runs.
const FILE = path.join(process.cwd(), 'db', 'reference', 'fx-annual.csv');
let latest: Promise<ReferenceRates> | null = null;

async function readLatest(): Promise<ReferenceRates> {
  const rows: { currency: string; year: string; units_per_usd: string }[] = parse(await readFile(FILE, 'utf8'), { columns: true });
  const rates: ReferenceRates = {};
  for (const row of rows) {
    const year = Number(row.year);
    const unitsPerUsd = Number(row.units_per_usd);
    if (!(unitsPerUsd > 0)) continue;
    if (!Object.hasOwn(rates, row.currency) || rates[row.currency].year < year) rates[row.currency] = { usdPerUnit: 1 / unitsPerUsd, year };
  }
  return rates;
}

/** Each currency's most recent annual average rate to US dollars, for the entry form's hints. */
export function fetchLatestReferenceRates(): Promise<ReferenceRates> {
  // Without the file the hints still work, only without an example; try again next time.
  latest ??= readLatest().catch((error: unknown) => {
    console.error('Reading the reference exchange rates failed', error);
    latest = null;
    return {};
  });
  return latest;
}
