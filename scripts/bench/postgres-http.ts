// Issue 17's HTTP figures: the production build served from the SQLite file
// and from its PostgreSQL copy, one engine after the other (two cores: two
// servers measured at once would measure each other), each asked for the
// dashboard, /pairs, the whole CSV export and 20 editors' saves; on
// PostgreSQL the saves again with a second instance on the same database.
import type pg from 'pg';
import { measureWrites, type SavedIds, sqliteSavedIds, type WriteTiming } from './concurrent-writes';
import { CSV_PATH, DASHBOARD_PATH, PAIRS_PATH } from './config';
import { measurePsqlCsv, measureServerCsv, measureSqlite3Csv, type PsqlCsvTiming, type ServerCsvTiming, type Sqlite3CsvTiming } from './csv-throughput';
import { editorCookie } from './editor-session';
import { measurePage, type PageTiming } from './page-latency';
import { commandLine } from './processes';
import { currentLoad } from './report';
import { type RunningServer, startServer } from './server';
import { round } from './stats';

export interface EngineHttp {
  /** Seconds from spawning the (first) server to its first answer. */
  startSeconds: number;
  dashboard: PageTiming;
  pairs: PageTiming;
  csv: ServerCsvTiming;
}

export interface HttpFigures {
  loadBefore: number;
  /** Each PostgreSQL instance's pool (DATABASE_POOL_SIZE). */
  poolSize: number;
  sqlite: EngineHttp & { sqlite3: Sqlite3CsvTiming; saves: WriteTiming };
  postgres: EngineHttp & { psql: PsqlCsvTiming; saves: { one: WriteTiming; two: WriteTiming } };
}

export interface HttpTargets {
  sqlitePath: string;
  postgresUrl: string;
  /** The bench's own pool on postgresUrl, for checking the saves. */
  postgresPool: pg.Pool;
  /** Statements in both databases, which every export should send. */
  statements: number;
  password: string;
}

const int = new Intl.NumberFormat('en-GB');

function postgresSavedIds(pool: pg.Pool): SavedIds {
  return async (prefix) => {
    const found = await pool.query<{ id: number }>('select id from statements where source_url like $1', [`${prefix}%`]);
    return new Set(found.rows.map((row) => row.id));
  };
}

/**
 * Waits out a fresh server's start-up work (every pair's record, then the
 * browse tables, computed in the background) by asking for the pages that
 * share it: measured meanwhile, a page or a save would count that work too
 * (a second instance warming up at 1M statements took a third of the saves of
 * the first).
 */
async function warmedUp(server: RunningServer): Promise<RunningServer> {
  for (const path of [PAIRS_PATH, '/statements']) await fetch(`${server.baseUrl}${path}`).then((response) => response.arrayBuffer());
  return server;
}

/**
 * Starts a server and measures its pages and export. A page that timed out
 * leaves the server busy with it, so the server is started afresh before the
 * next measure; the one serving at the end is returned, still running.
 */
async function pagesAndExport(engine: string, start: () => Promise<RunningServer>, statements: number) {
  const started = async () => {
    const server = await warmedUp(await start());
    console.log(`${engine}: serving on ${server.baseUrl} after ${round(server.startSeconds, 1)} s; measuring pid ${server.serverPid} (${commandLine(server.serverPid)})`);
    return server;
  };
  let server = await started();
  const startSeconds = server.startSeconds;
  const page = async (path: string) => {
    const timing = await measurePage(server.baseUrl, path, server.serverPids());
    console.log(`${engine} ${path}: ${timing.timedOut ? 'no answer within the time limit' : `p50 ${round(timing.p50Ms)} ms, p95 ${round(timing.p95Ms)} ms over ${timing.requests} requests`}`);
    if (timing.timedOut) {
      await server.stop();
      server = await started();
    }
    return timing;
  };
  try {
    const dashboard = await page(DASHBOARD_PATH);
    const pairs = await page(PAIRS_PATH);
    const csv = await measureServerCsv(server.baseUrl, server.serverPids());
    console.log(`${engine} ${CSV_PATH}: ${int.format(csv.rows)} rows in ${round(csv.seconds, 2)} s`);
    if (csv.rows !== statements) console.warn(`${engine} ${CSV_PATH} sent ${csv.rows} rows; the database holds ${statements} statements`);
    return { server, figures: { startSeconds, dashboard, pairs, csv } };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

function logSaves(what: string, saves: WriteTiming) {
  console.log(`${what}: ${round(saves.savesPerSecond)} saves/s, ${saves.savesLost} lost, p50 ${round(saves.p50Ms)} ms, p95 ${round(saves.p95Ms)} ms`);
}

async function sqliteHttp(targets: HttpTargets): Promise<HttpFigures['sqlite']> {
  // An empty DATABASE_URL, lest one given to the bench for its PostgreSQL side send this server there too.
  const start = () => startServer(targets.sqlitePath, 'postgres-bench-sqlite', targets.password, { DATABASE_URL: '' });
  const { server, figures } = await pagesAndExport('SQLite', start, targets.statements);
  try {
    const sqlite3 = await measureSqlite3Csv(targets.sqlitePath, targets.statements);
    const cookie = await editorCookie(server.baseUrl, targets.password);
    const saves = await measureWrites([server.baseUrl], sqliteSavedIds(targets.sqlitePath), cookie, server.serverPids());
    logSaves('SQLite writes, one instance', saves);
    return { ...figures, sqlite3, saves };
  } finally {
    await server.stop();
  }
}

async function postgresHttp(targets: HttpTargets): Promise<HttpFigures['postgres']> {
  const start = (instance: number) => startServer(targets.sqlitePath, `postgres-bench-postgres-${instance}`, targets.password, { DATABASE_URL: targets.postgresUrl });
  const { server: first, figures } = await pagesAndExport('PostgreSQL', () => start(1), targets.statements);
  let second: RunningServer | null = null;
  try {
    const psql = await measurePsqlCsv(targets.postgresUrl);
    if (psql.rows !== figures.csv.rows) console.warn(`psql \\copy wrote ${psql.rows} rows; ${CSV_PATH} sent ${figures.csv.rows}`);
    // Started before either run of saves, so that both share the machine with the same processes: the
    // one-instance run only leaves the second idle.
    second = await warmedUp(await start(2));
    console.log(`PostgreSQL: second instance on ${second.baseUrl} after ${round(second.startSeconds, 1)} s`);
    const savedIds = postgresSavedIds(targets.postgresPool);
    // Signed in on the first instance: the session is a row in the database, so the second accepts it too.
    const cookie = await editorCookie(first.baseUrl, targets.password);
    const one = await measureWrites([first.baseUrl], savedIds, cookie, first.serverPids());
    logSaves('PostgreSQL writes, one instance', one);
    const instances = [first, second];
    const two = await measureWrites(
      instances.map((s) => s.baseUrl),
      savedIds,
      cookie,
      instances.flatMap((s) => s.serverPids()),
    );
    logSaves('PostgreSQL writes, two instances', two);
    return { ...figures, psql, saves: { one, two } };
  } finally {
    await second?.stop();
    await first.stop();
  }
}

/** The HTTP figures on both engines; every server it starts is stopped when it returns or throws. */
export async function benchHttp(targets: HttpTargets): Promise<HttpFigures> {
  const loadBefore = currentLoad();
  const sqlite = await sqliteHttp(targets);
  const postgres = await postgresHttp(targets);
  return { loadBefore, poolSize: Number(process.env.DATABASE_POOL_SIZE || 10), sqlite, postgres };
}
