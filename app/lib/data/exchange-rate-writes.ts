import type { Readable } from 'node:stream';
import type { Db } from '../../../db/client';
import { whileCommitting } from '../import/commit-gate';
import { type CommitStep, commitInWorker } from '../import/commit-in-worker';
import { type RatesReading, readRatesFile } from '../import/rates-file';
import { commitToPostgres } from '../import/postgres-commit';
import { openRatesStaging } from '../import/rates-staging';
import { WDI_LICENCE } from './exchange-rate-seed';
import { priceUnpricedStatements } from './price-statement';
import { isPostgres } from './sql-dialect';
import type { Editor } from './statement-row-writes';

/** What a rates import did, or why it did nothing: the page, the command and the tests read the same report. */
export interface RatesImportReport extends RatesReading {
  /** Rates the table did not have. */
  added: number;
  /** Rates the table had for the same currency and period, with another value, source or licence: the file's now stand. */
  replaced: number;
  /** Rates the table already had exactly (value, source and licence). */
  unchanged: number;
  /** Statements kept without a dollar value until now, priced by the new rates. */
  priced: number;
}

export interface RatesImportOptions {
  /** Recorded in the history of every statement the new rates price. */
  editor?: Editor;
  totalBytes?: number;
  onProgress?: (fraction: number) => void;
  /** Called once the file is read and every row has passed, before the rates are written. */
  onSaving?: () => void;
}

const SAME_KEY = 'm.currency = r.currency and m.year = r.year and m.month = r.month';

/**
 * The set-based SQL that moves the staged rates in, in one immediate
 * transaction: each staged rate is marked added or unchanged (the counts are
 * the statements' changes), then every rate that is new or different is
 * written over the table's, so a currency, year and month has one rate.
 */
function rateCommitSteps(importedAt: string): CommitStep[] {
  return [
    { sql: `update staging.rates as r set state = 'added' where not exists (select 1 from main.exchange_rates m where ${SAME_KEY})` },
    {
      sql: `update staging.rates as r set state = 'unchanged' where state is null and exists (
              select 1 from main.exchange_rates m where ${SAME_KEY} and m.units_per_usd = r.units_per_usd and m.source = r.source and m.licence is r.licence)`,
    },
    {
      sql: `insert into main.exchange_rates (currency, year, month, units_per_usd, source, licence, imported_at)
            select currency, year, month, units_per_usd, source, licence, @importedAt from staging.rates where state is null or state = 'added'
            on conflict (currency, year, month) do update set
              units_per_usd = excluded.units_per_usd, source = excluded.source, licence = excluded.licence, imported_at = excluded.imported_at`,
      params: { importedAt },
    },
  ];
}

/**
 * Imports a rates file (the World Bank's WDI layout or a plain one) into
 * exchange_rates, all or nothing, off the server's thread: the file is read in
 * small paced pieces and staged in a scratch file; only if every row passed,
 * one transaction in a worker thread copies the rates in (readers keep the
 * table as it was until the commit). Then the statements that were kept
 * without a dollar value for want of one of these rates are priced.
 */
export async function importRates(db: Db, input: Readable, options: RatesImportOptions = {}): Promise<RatesImportReport> {
  const staging = openRatesStaging();
  try {
    const reading = await readRatesFile(input, staging, { wdiLicence: WDI_LICENCE, totalBytes: options.totalBytes, onProgress: options.onProgress });
    const report: RatesImportReport = { ...reading, added: 0, replaced: 0, unchanged: 0, priced: 0 };
    if (reading.errors.length || staging.count() === 0) return report;
    options.onSaving?.();
    const importedAt = new Date().toISOString();
    const outcome = isPostgres(db)
      ? await commitToPostgres(db, staging.db, { kind: 'rates', importedAt })
      : await whileCommitting(() => commitInWorker(db.$client.name, staging.path, rateCommitSteps(importedAt)));
    if (!outcome.ok) {
      report.errors.push({ line: 0, column: '', message: outcome.message });
      return report;
    }
    const [added, unchanged, written] = outcome.changes;
    Object.assign(report, { added, unchanged, replaced: written - added });
    // It runs even when nothing changed, so importing the same file again also prices what an interrupted import left.
    report.priced = await priceUnpricedStatements(db, reading.currencies, options.editor ?? 'exchange-rate import');
    return report;
  } finally {
    staging.dispose();
  }
}
