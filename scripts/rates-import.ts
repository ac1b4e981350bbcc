// `npm run rates:import -- file.csv`: imports exchange rates (a World Bank WDI
// download of PA.NUS.FCRF, or a plain currency,year,units_per_usd,source file)
// into the database the environment names (DATABASE_URL, else DATABASE_PATH,
// default data/tradewatch.db), all or nothing, and prices
// the statements that were waiting for them. Prints the report the Exchange
// rates page shows.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { useDatabase } from '../db/client';
import { importRates, type RatesImportReport } from '../app/lib/data/exchange-rate-writes';
import { prepareConfiguredDatabase } from '../app/lib/data/prepare';
import { ratesCountWords, ratesOutcomeWords, skipWords } from '../app/lib/import/rates-report';

function printReport(file: string, report: RatesImportReport): void {
  const outcome = ratesOutcomeWords(report, basename(file));
  if (report.errors.length) {
    console.error(`\n${outcome}`);
    for (const e of report.errors.slice(0, 200)) console.error(`  line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}`);
    if (report.errors.length > 200) console.error(`  … and ${report.errors.length - 200} more.`);
    return;
  }
  console.log(`\n${outcome}`);
  for (const c of ratesCountWords(report)) console.log(`  ${c.label}: ${c.value} (${c.meaning})`);
  if (report.skipped.length) {
    console.log('  Left out, by reason:');
    for (const s of report.skipped) console.log(`    ${skipWords(s)}`);
  }
  if (report.source) console.log(`  Every rate from this file is cited as “${report.source}”.`);
}

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(file ? `No file at ${file}.` : 'Usage: npm run rates:import -- path/to/rates.csv');
  process.exit(2);
}
const report = await importRates(useDatabase(await prepareConfiguredDatabase()), createReadStream(file), {
  editor: 'npm run rates:import',
  totalBytes: statSync(file).size,
  onProgress: (fraction) => process.stderr.write(`\rReading ${file}: ${Math.round(fraction * 100)}%`),
});
printReport(file, report);
process.exit(report.errors.length ? 1 : 0);
