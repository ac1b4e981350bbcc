import type { WriteTiming } from './concurrent-writes';
import type { CsvTiming, ServerCsvTiming, Sqlite3CsvTiming } from './csv-throughput';
import type { PageTiming } from './page-latency';
import type { HttpFigures } from './postgres-http';
import { table } from './report';
import { round } from './stats';

// Issue 17's targets for PostgreSQL, judged at 1M statements.
const CSV_RATIO_TARGET = 0.5;
const TWO_INSTANCES_TARGET = 1.5;

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ms = (value: number) => `${round(value)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** The export's speed over the command-line client's on the same database. */
const csvRatio = (app: CsvTiming, client: CsvTiming) => app.rowsPerSecond / client.rowsPerSecond;
const instancesRatio = (saves: HttpFigures['postgres']['saves']) => saves.two.savesPerSecond / saves.one.savesPerSecond;

function pageCell(page: PageTiming): string {
  if (page.timedOut && page.requests === 0) return `no answer within ${round(page.p50Ms / 1000)} s`;
  return `${ms(page.p50Ms)} / ${ms(page.p95Ms)} (${page.requests} requests)`;
}

function pageCostCell(page: PageTiming): string {
  return `first ${ms(page.coldMs)}; server CPU ${ms(page.cpuMsPerRequest)}/request`;
}

const csvCell = (csv: ServerCsvTiming) => `${int.format(csv.rowsPerSecond)} rows/s (${int.format(csv.rows)} rows in ${round(csv.seconds, 2)} s)`;
const clientCell = (name: string, csv: Sqlite3CsvTiming) => `${name}: ${int.format(csv.rowsPerSecond)} rows/s (${int.format(csv.rows)} in ${round(csv.seconds, 2)} s)`;
const savesCell = (saves: WriteTiming) => `${round(saves.savesPerSecond)} saves/s (${saves.acknowledged} in ${round(saves.seconds, 1)} s)`;
const latencyCell = (saves: WriteTiming) => `${ms(saves.p50Ms)} / ${ms(saves.p95Ms)}`;

function lostCell(saves: WriteTiming): string {
  const refused = Object.entries(saves.refused).map(([status, count]) => `${count}×${status}`).join(', ');
  return `${saves.savesLost} (${saves.found} of ${saves.checked} found${refused ? `; refused ${refused}` : ''})`;
}

/** The side-by-side table of both engines over HTTP. */
export function httpTable(figures: HttpFigures, statements: number): string {
  const { sqlite, postgres } = figures;
  const postgresCsvRatio = csvRatio(postgres.csv, postgres.psql);
  const twoOverOne = instancesRatio(postgres.saves);
  const { writers } = postgres.saves.one;
  const rows = [
    ['measure', 'SQLite', 'PostgreSQL', 'target (PostgreSQL, 1M)'],
    ['dashboard p50 / p95', pageCell(sqlite.dashboard), pageCell(postgres.dashboard), ''],
    ['dashboard cost', pageCostCell(sqlite.dashboard), pageCostCell(postgres.dashboard), ''],
    ['/pairs p50 / p95', pageCell(sqlite.pairs), pageCell(postgres.pairs), ''],
    ['/pairs cost', pageCostCell(sqlite.pairs), pageCostCell(postgres.pairs), ''],
    ['CSV export, the app', csvCell(sqlite.csv), csvCell(postgres.csv), ''],
    ['CSV, the engine\'s own client', clientCell('sqlite3 -csv', sqlite.sqlite3), clientCell('psql \\copy', postgres.psql), ''],
    ['CSV ratio app / client', String(round(csvRatio(sqlite.csv, sqlite.sqlite3), 2)), String(round(postgresCsvRatio, 2)), `≥ ${CSV_RATIO_TARGET}: ${verdict(postgresCsvRatio >= CSV_RATIO_TARGET)}`],
    ['CSV server RSS growth', `${round(sqlite.csv.rssGrowthMb)} MB`, `${round(postgres.csv.rssGrowthMb)} MB`, ''],
    [`saves, ${writers} editors, 1 instance`, savesCell(sqlite.saves), savesCell(postgres.saves.one), ''],
    ['  p50 / p95', latencyCell(sqlite.saves), latencyCell(postgres.saves.one), ''],
    ['  lost', lostCell(sqlite.saves), lostCell(postgres.saves.one), `0: ${verdict(postgres.saves.one.savesLost === 0)}`],
    [`saves, ${writers} editors, 2 instances`, '', savesCell(postgres.saves.two), ''],
    ['  p50 / p95', '', latencyCell(postgres.saves.two), ''],
    ['  lost', '', lostCell(postgres.saves.two), `0: ${verdict(postgres.saves.two.savesLost === 0)}`],
    ['saves two instances / one', '', String(round(twoOverOne, 2)), `≥ ${TWO_INSTANCES_TARGET}: ${verdict(twoOverOne >= TWO_INSTANCES_TARGET)}`],
  ];
  const heading =
    `HTTP, production build, n = ${int.format(statements)} statements (load average ${round(figures.loadBefore, 2)} before; ` +
    `PostgreSQL pool ${figures.poolSize} per instance; server CPU counts the app's processes, not PostgreSQL's)`;
  return `${heading}\n${table(rows)}`;
}

const pageResults = (page: PageTiming) => ({
  p50Ms: round(page.p50Ms, 2),
  p95Ms: round(page.p95Ms, 2),
  coldMs: round(page.coldMs),
  requests: page.requests,
  timedOut: page.timedOut,
  cpuMsPerRequest: round(page.cpuMsPerRequest, 2),
});

const csvResults = (csv: ServerCsvTiming) => ({
  rows: csv.rows,
  seconds: round(csv.seconds, 2),
  rowsPerSecond: Math.round(csv.rowsPerSecond),
  rssGrowthMb: round(csv.rssGrowthMb),
  cpuSeconds: round(csv.cpuSeconds, 2),
});

const clientResults = (csv: Sqlite3CsvTiming) => ({ rows: csv.rows, seconds: round(csv.seconds, 2), rowsPerSecond: Math.round(csv.rowsPerSecond), peakRssMb: round(csv.peakRssMb) });

const savesResults = (saves: WriteTiming) => ({
  savesPerSecond: round(saves.savesPerSecond),
  savesLost: saves.savesLost,
  p50Ms: round(saves.p50Ms),
  p95Ms: round(saves.p95Ms),
  acknowledged: saves.acknowledged,
  checked: saves.checked,
  refused: saves.refused,
  cpuMsPerSave: round(saves.cpuMsPerSave, 2),
});

/** The HTTP figures as bench/results.json keeps them, under postgres.http. */
export function httpResults(figures: HttpFigures) {
  const { sqlite, postgres } = figures;
  return {
    loadBefore: round(figures.loadBefore, 2),
    poolSize: figures.poolSize,
    sqlite: {
      startSeconds: round(sqlite.startSeconds, 1),
      dashboard: pageResults(sqlite.dashboard),
      pairs: pageResults(sqlite.pairs),
      csv: csvResults(sqlite.csv),
      sqlite3: clientResults(sqlite.sqlite3),
      csvRatio: round(csvRatio(sqlite.csv, sqlite.sqlite3), 2),
      saves: savesResults(sqlite.saves),
    },
    postgres: {
      startSeconds: round(postgres.startSeconds, 1),
      dashboard: pageResults(postgres.dashboard),
      pairs: pageResults(postgres.pairs),
      csv: csvResults(postgres.csv),
      psql: clientResults(postgres.psql),
      csvRatio: round(csvRatio(postgres.csv, postgres.psql), 2),
      saves: { one: savesResults(postgres.saves.one), two: savesResults(postgres.saves.two), ratio: round(instancesRatio(postgres.saves), 2) },
    },
  };
}
