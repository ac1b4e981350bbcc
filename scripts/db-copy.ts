// `npm run db:copy -- --from data/tradewatch.db --to postgres://…`: moves a
// SQLite database into an empty PostgreSQL one, all or nothing, and prints
// each table's verified count and checksum (db/copy/copy-to-postgres.ts).
import { parseArgs } from 'node:util';
import { CopyRefused, copySqliteToPostgres } from '../db/copy/copy-to-postgres';
import { openPostgres } from '../db/postgres/client';
import { isPostgresUrl } from '../db/postgres/url';

const USAGE = 'Usage: npm run db:copy -- --from data/tradewatch.db --to postgres://user:password@host:5432/database';

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
if (!values.from || !isPostgresUrl(values.to)) {
  console.error(`${!values.from ? 'Say which SQLite file to copy with --from.' : 'Say which PostgreSQL database to fill with --to, as a postgres:// address.'}\n${USAGE}`);
  process.exit(2);
}

const started = performance.now();
const target = openPostgres(values.to, { max: 2 });
try {
  const reports = await copySqliteToPostgres(values.from, target, (line) => console.log(line));
  const rows = reports.reduce((sum, report) => sum + report.rows, 0);
  for (const report of reports) console.log(`verified ${report.table}: ${report.rows} rows, sha256 ${report.sha256}`);
  console.log(`Copied ${rows} rows of ${reports.length} tables from ${values.from} in ${((performance.now() - started) / 1000).toFixed(1)} s; counts and checksums match.`);
} catch (error) {
  console.error(error instanceof CopyRefused ? error.message : `Copy failed, and nothing was kept in the target: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await target.$client.end();
}
