// `npm run import -- file.csv`: imports UN Comtrade rows or a Tradewatch
// export into DATABASE_PATH (default data/tradewatch.db), all or nothing.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { databasePath, useDatabase } from '../db/client';
import { prepareDatabase } from '../app/lib/data/prepare';
import { importCsv, type ImportReport } from '../app/lib/import/run-import';

function printReport(file: string, report: ImportReport): void {
  if (report.errors.length) {
    console.error(`\nNothing was imported from ${file}: ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'}.`);
    for (const e of report.errors.slice(0, 200)) console.error(`  line ${e.line}${e.column ? `, column ${e.column}` : ''}: ${e.message}`);
    if (report.errors.length > 200) console.error(`  … and ${report.errors.length - 200} more.`);
    return;
  }
  console.log(`\nImported ${file} (${report.format === 'comtrade' ? 'UN Comtrade layout' : 'Tradewatch export'}): ${report.rows} rows read.`);
  console.log(`  added: ${report.added}\n  already present, skipped: ${report.alreadyPresent}\n  left out: ${report.ignoredCount}`);
  for (const i of report.ignored.slice(0, 20)) console.log(`    line ${i.line}: ${i.reason}`);
}

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(file ? `No file at ${file}.` : 'Usage: npm run import -- path/to/file.csv');
  process.exit(2);
}
const report = await importCsv(useDatabase(await prepareDatabase(databasePath())), createReadStream(file), {
  totalBytes: statSync(file).size,
  onProgress: (fraction) => process.stderr.write(`\rReading ${file}: ${Math.round(fraction * 100)}%`),
});
printReport(file, report);
process.exit(report.errors.length ? 1 : 0);
