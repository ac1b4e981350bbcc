// `npm run import -- file.csv`: imports UN Comtrade rows (Comtrade+ or classic
// layout, CSV or tab-separated) or a Tradewatch export into the database the
// environment names (DATABASE_URL, else DATABASE_PATH, default data/tradewatch.db), all or nothing.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { useDatabase } from '../db/client';
import { prepareConfiguredDatabase } from '../app/lib/data/prepare';
import { leftOutSummary } from '../app/lib/import/row-result';
import { importCsv, type ImportReport } from '../app/lib/import/run-import';

function printReport(file: string, report: ImportReport): void {
  if (report.errors.length) {
    console.error(`\nNothing was imported from ${file}: ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'}.`);
    for (const e of report.errors.slice(0, 200)) console.error(`  line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}`);
    if (report.errors.length > 200) console.error(`  … and ${report.errors.length - 200} more.`);
    return;
  }
  const layout = report.format === 'comtrade' ? `UN Comtrade: ${report.layout ?? 'Comtrade+ columns'}` : 'Tradewatch export';
  console.log(`\nImported ${file} (${layout}): ${report.rows} rows read, ${report.added + report.alreadyPresent} kept.`);
  console.log(`  added: ${report.added}\n  already present: ${report.alreadyPresent}\n  ${leftOutSummary(report.skipped)}`);
  if (report.rates.priced || report.rates.withoutRate) console.log(`  converted at the exchange-rate table's average: ${report.rates.priced}\n  kept without a dollar value (no rate): ${report.rates.withoutRate}`);
  for (const i of report.ignored) console.log(`    e.g. line ${i.line}: ${i.reason}`);
}

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(file ? `No file at ${file}.` : 'Usage: npm run import -- path/to/file.csv');
  process.exit(2);
}
const report = await importCsv(useDatabase(await prepareConfiguredDatabase()), createReadStream(file), {
  totalBytes: statSync(file).size,
  onProgress: (fraction) => process.stderr.write(`\rReading ${file}: ${Math.round(fraction * 100)}%`),
});
printReport(file, report);
process.exit(report.errors.length ? 1 : 0);
