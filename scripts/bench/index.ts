// `npm run bench`: builds synthetic databases of 1 000, 100 000 and 1 000 000
// statements (BENCH_SIZES overrides), serves each with the production build,
// prints one table per size and writes bench/results.json (issue 6), then
// times imports (issue 11), exchange rates (issue 14) and extraction (issue 13).
// accounts (issue 15) and the statements browser (issue 16). BENCH_ONLY=import, rates, extract, auth or search runs only that part and updates its entry in bench/results.json; BENCH_DATABASE=postgres runs issue 17's (postgres-bench.ts).
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildApp } from './build-app';
import { buildDatabase } from './build-database';
import { measureWrites, sqliteSavedIds } from './concurrent-writes';
import { CSV_PATH, DASHBOARD_PATH, DIST_DIR, PAIRS_PATH, RESULTS_FILE, TMP_DIR, benchSizes } from './config';
import { measureServerCsv, measureSqlite3Csv } from './csv-throughput';
import { editorCookie } from './editor-session';
import { benchExtraction, extractionResults, extractionTable } from './extract-bench';
import { type FirstLoadJs, measureFirstLoadJs } from './first-load-js';
import { benchImports, importResults, importTable } from './import-bench';
import { benchRates, ratesResults, ratesTable } from './rates-bench';
import { authResults, authTable, benchAuth } from './auth-bench';
import { benchSearch, searchResults, searchTable } from './search-bench';
import { measurePage } from './page-latency';
import { measureEmbedJs, measurePublish } from './publish-bench';
import { embedJsLine } from './publish-report';
import { commandLine } from './processes';
import { currentLoad, firstLoadLine, machine, results, runTable, type SizeRun } from './report';
import { startServer, stopAllServers } from './server';
import { round } from './stats';

const int = new Intl.NumberFormat('en-GB');

/** How many statements the measured dashboard view shows. */
function viewStatements(databasePath: string): number {
  const db = new Database(databasePath, { readonly: true });
  const row = db.prepare("select count(*) as n from statements where pair = 'AFG-KAZ' and flow = 'total'").get() as { n: number };
  db.close();
  return row.n;
}

type MeasuredJs = { dashboard: FirstLoadJs; embed: FirstLoadJs };

async function benchSize(n: number, password: string, measureJs: boolean, isLargest: boolean): Promise<{ run: SizeRun; js: MeasuredJs | null }> {
  const database = await buildDatabase(n);
  const label = `[n=${int.format(n)}]`;
  console.log(`\n${label} database ${database.path}: ${int.format(database.rows)} rows in ${round(database.seconds)} s`);
  const start = async () => {
    const started = await startServer(database.path, String(n), password);
    console.log(`${label} serving on ${started.baseUrl} after ${round(started.startSeconds, 1)} s; measuring pid ${started.serverPid} (${commandLine(started.serverPid)})`);
    return started;
  };
  let server = await start();
  // A page that timed out leaves the server busy with it: start afresh.
  const page = async (path: string) => {
    const timing = await measurePage(server.baseUrl, path, server.serverPids());
    console.log(`${label} ${path}: ${timing.timedOut ? `no answer within the time limit` : `p50 ${round(timing.p50Ms)} ms over ${timing.requests} requests`}`);
    if (timing.timedOut) {
      await server.stop();
      server = await start();
    }
    return timing;
  };
  try {
    const loadBefore = currentLoad();
    const dashboard = await page(DASHBOARD_PATH);
    // A fresh start, so that the first /pairs is the first request the server answers (issue 10: it used to take 7 s at 1M).
    await server.stop();
    server = await start();
    const pairsStartSeconds = server.startSeconds;
    const pairs = await page(PAIRS_PATH);
    const csv = await measureServerCsv(server.baseUrl, server.serverPids());
    console.log(`${label} ${CSV_PATH}: ${int.format(csv.rows)} rows in ${round(csv.seconds, 2)} s`);
    if (csv.rows !== database.rows) console.warn(`${label} ${CSV_PATH} sent ${csv.rows} rows; the database holds ${database.rows}`);
    const sqlite3 = await measureSqlite3Csv(database.path, database.rows);
    const cookie = await editorCookie(server.baseUrl, password);
    console.log(`${label} writes ${cookie ? 'with an editor session' : 'without a session (POST /api/session is 404)'}`);
    const writes = await measureWrites([server.baseUrl], sqliteSavedIds(database.path), cookie, server.serverPids());
    const publish = await measurePublish(server.baseUrl, server.serverPids(), database.path, isLargest);
    const js = measureJs ? { dashboard: await measureFirstLoadJs(server.baseUrl), embed: await measureEmbedJs(server.baseUrl) } : null;
    const run: SizeRun = {
      n,
      rows: database.rows,
      databaseMb: statSync(database.path).size / 1024 ** 2,
      buildSeconds: database.seconds,
      viewStatements: viewStatements(database.path),
      dashboard,
      pairs,
      pairsStartSeconds,
      csv,
      sqlite3,
      writes,
      publish,
      loadBefore,
    };
    return { run, js };
  } finally {
    await server.stop();
  }
}

/** BENCH_ONLY=import or extract: one part's figures alone, written into the existing results.json. */
function writeEntry(name: string, entry: unknown) {
  const previous = existsSync(RESULTS_FILE) ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>) : { machine: machine() };
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify({ ...previous, [name]: entry }, null, 2)}\n`);
  console.log(`Wrote the ${name} entry of ${RESULTS_FILE}.`);
}

async function importsOnly(password: string) {
  const imports = await benchImports(password);
  console.log(`\n${importTable(imports)}`);
  writeEntry('imports', importResults(imports));
}

async function ratesOnly(password: string) {
  const rates = await benchRates(password);
  console.log(`\n${ratesTable(rates)}`);
  writeEntry('rates', ratesResults(rates));
}

async function authOnly() {
  mkdirSync(TMP_DIR, { recursive: true });
  const auth = await benchAuth();
  console.log(`\n${authTable(auth)}`);
  writeEntry('auth', authResults(auth));
}

async function searchOnly() {
  mkdirSync(TMP_DIR, { recursive: true });
  const search = await benchSearch();
  console.log(`\n${searchTable(search)}`);
  writeEntry('search', searchResults(search));
}

/**
 * BENCH_DATABASE=postgres: db:copy, the reads on both engines and the HTTP
 * figures from this build (postgres-bench.ts), in a process of its own under
 * the react-server condition, which the data modules' `server-only` guard
 * asks for. Its output is passed on as it comes (a run at 1M takes a while);
 * its last line is the entry for bench/results.json.
 */
async function postgresOnly() {
  mkdirSync(TMP_DIR, { recursive: true });
  const build = buildApp();
  console.log(build.built ? `Built the app into ${DIST_DIR} in ${round(build.seconds)} s` : `${DIST_DIR} is newer than the sources; not rebuilt`);
  const child = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/bench/postgres-bench.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const output: Buffer[] = [];
  child.stdout!.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    output.push(chunk);
  });
  const status = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (status !== 0) throw new Error(`The PostgreSQL bench failed (exit ${status}).`);
  const lines = Buffer.concat(output).toString('utf8').trim().split('\n');
  writeEntry('postgres', JSON.parse(lines[lines.length - 1]));
}

function extractionOnly() {
  const extraction = benchExtraction();
  console.log(`\n${extractionTable(extraction)}`);
  writeEntry('extraction', extractionResults(extraction));
}

async function main() {
  const started = performance.now();
  const only = process.env.BENCH_ONLY?.trim();
  if (only && only !== 'import' && only !== 'extract' && only !== 'rates' && only !== 'auth' && only !== 'search') {
    throw new Error(`BENCH_ONLY may be "import", "extract", "rates", "auth" or "search" (that part's figures alone); got "${only}".`);
  }
  if (only === 'extract') return extractionOnly();
  if (only === 'auth') return authOnly();
  if (only === 'search') return searchOnly();
  if (process.env.BENCH_DATABASE === 'postgres') return postgresOnly();
  const sizes = benchSizes();
  mkdirSync(TMP_DIR, { recursive: true });
  console.log(`Tradewatch bench: n = ${sizes.map((n) => int.format(n)).join(', ')} on ${machine()}`);

  const build = buildApp();
  console.log(build.built ? `Built the app into ${DIST_DIR} in ${round(build.seconds)} s` : `${DIST_DIR} is newer than the sources; not rebuilt`);

  const password = process.env.EDITOR_PASSWORD || randomBytes(18).toString('base64url');
  if (only === 'import') return importsOnly(password);
  if (only === 'rates') return ratesOnly(password);
  const runs: SizeRun[] = [];
  let js: MeasuredJs | null = null;
  for (const n of sizes) {
    const measured = await benchSize(n, password, js === null, n === sizes.at(-1));
    js ??= measured.js;
    runs.push(measured.run);
    console.log(`\n${runTable(measured.run, runs[0])}`);
  }

  const imports = await benchImports(password);
  console.log(`\n${importTable(imports)}`);
  const rates = await benchRates(password);
  console.log(`\n${ratesTable(rates)}`);
  const auth = await benchAuth();
  console.log(`\n${authTable(auth)}`);
  const search = await benchSearch();
  console.log(`\n${searchTable(search)}`);
  const extraction = benchExtraction();
  console.log(`\n${extractionTable(extraction)}`);
  mkdirSync(dirname(RESULTS_FILE), { recursive: true });
  const entries = {
    ...results(runs, js!.dashboard, js!.embed),
    imports: importResults(imports),
    rates: ratesResults(rates),
    auth: authResults(auth),
    search: searchResults(search),
    extraction: extractionResults(extraction),
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(entries, null, 2)}\n`);
  console.log(`\n${firstLoadLine(js!.dashboard)}\n${embedJsLine(js!.embed)}`);
  console.log(`Wrote ${RESULTS_FILE}; the bench took ${round((performance.now() - started) / 1000)} s.`);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the bench's server`);
    void stopAllServers().then(() => process.exit(130));
  });
}

main().then(
  () => process.exit(0),
  async (error: unknown) => {
    console.error(`\nThe bench stopped: ${error instanceof Error ? error.message : String(error)}`);
    await stopAllServers();
    process.exit(1);
  },
);
