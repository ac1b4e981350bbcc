// BENCH_DATABASE=postgres npm run bench (issue 17): how long `npm run db:copy`
// takes to move the synthetic record into PostgreSQL, then the dashboard and
// /pairs reads on each engine, measured in the process through the functions
// the pages call (getDashboard, getPairsOverview), and whether the busiest
// pairs' dashboards and /pairs give the same answers on both; then the same
// pages, the CSV export and 20 editors' saves over HTTP from the production
// build on each engine, and on PostgreSQL the saves from two instances
// (postgres-http.ts). Run by scripts/bench/index.ts, which builds the app
// first, under the react-server condition, as Next runs the data modules; the
// last line it prints is its figures as JSON. BENCH_POSTGRES_SIZE (default
// 1 000 000) picks the size, BENCH_POSTGRES_REUSE=1 keeps an existing SQLite
// file, and DATABASE_URL=postgres://… uses that server instead of a throwaway
// cluster.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { type Db, openDatabase, useDatabase } from '../../db/client';
import { copySqliteToPostgres } from '../../db/copy/copy-to-postgres';
import { asAppDatabase, openPostgres } from '../../db/postgres/client';
import { isPostgresUrl } from '../../db/postgres/url';
import { getDashboard } from '../../app/lib/data/dashboard';
import { getPairsOverview } from '../../app/lib/data/pair-overview-reads';
import { fetchPairs } from '../../app/lib/data/statement-reads';
import { FLOWS } from '../../db/vocabulary';
import { pairListingFromParams } from '../../app/lib/dashboard/pair-sorting';
import { viewFromParams } from '../../app/lib/dashboard/view';
import { createDatabase, dropDatabase, startThrowawayPostgres } from '../../tests/support/postgres-cluster';
import { buildDatabase } from './build-database';
import { TMP_DIR } from './config';
import { benchHttp } from './postgres-http';
import { httpResults, httpTable } from './postgres-http-report';
import { stopAllServers } from './server';
import { percentile, round } from './stats';

const SIZE = Number(process.env.BENCH_POSTGRES_SIZE ?? 1_000_000);
const REQUESTS = 50;
// Dashboards compared answer for answer after the copy: every flow of this many of the busiest pairs.
const COMPARED_PAIRS = 25;
// The view the HTTP bench measures (DASHBOARD_PATH): the busiest pair's total trade.
const VIEW = viewFromParams({ pair: 'AFG-KAZ', flow: 'total' });

interface Timing {
  firstMs: number;
  p50Ms: number;
  p95Ms: number;
}

async function timing(read: () => Promise<unknown>): Promise<Timing> {
  let started = performance.now();
  await read();
  const firstMs = performance.now() - started;
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    started = performance.now();
    await read();
    times.push(performance.now() - started);
  }
  return { firstMs: round(firstMs), p50Ms: round(percentile(times, 50), 2), p95Ms: round(percentile(times, 95), 2) };
}

/**
 * The first /pairs on a handle with nothing cached and no stored pair record,
 * so every pair's record is computed (a database that never had them): how
 * long the engine takes to read and judge every pair's figures.
 */
async function firstPairsComputed(db: Db, clearRecords: () => Promise<unknown>): Promise<number> {
  await clearRecords();
  useDatabase(db);
  const started = performance.now();
  await getPairsOverview(pairListingFromParams({}), undefined);
  return round(performance.now() - started);
}

/** The busiest pairs' dashboards, every flow, and /pairs, as one engine answers them. */
async function answers(db: Db): Promise<Map<string, unknown>> {
  useDatabase(db);
  const found = new Map<string, unknown>();
  for (const pair of (await fetchPairs()).slice(0, COMPARED_PAIRS)) {
    for (const flow of FLOWS) {
      const params = { pair: `${pair.first}-${pair.second}`, flow };
      found.set(`${params.pair} ${flow}`, await getDashboard(viewFromParams(params), {}));
    }
  }
  found.set('/pairs', await getPairsOverview(pairListingFromParams({}), undefined));
  return found;
}

/** How many of the compared answers PostgreSQL gives exactly as SQLite does, and the first that differs. */
function matching(fromSqlite: Map<string, unknown>, fromPostgres: Map<string, unknown>) {
  const differ = [...fromSqlite.keys()].filter((key) => !isDeepStrictEqual(fromSqlite.get(key), fromPostgres.get(key)));
  return { compared: fromSqlite.size, matching: fromSqlite.size - differ.length, firstDiffering: differ[0] ?? null };
}

async function reads(db: Db) {
  useDatabase(db);
  return {
    dashboard: await timing(() => getDashboard(VIEW, {})),
    pairs: await timing(() => getPairsOverview(pairListingFromParams({}), undefined)),
  };
}

async function main() {
  const reuse = join(TMP_DIR, `bench-${SIZE}.db`);
  const path = process.env.BENCH_POSTGRES_REUSE === '1' && existsSync(reuse) ? reuse : (await buildDatabase(SIZE)).path;
  const given = isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : null;
  const cluster = given ? null : await startThrowawayPostgres();
  const url = await createDatabase(given ?? cluster!.url, 'bench');
  const target = openPostgres(url, { max: 4 });
  try {
    let started = performance.now();
    const tables = await copySqliteToPostgres(path, target);
    const copySeconds = (performance.now() - started) / 1000;
    const rows = tables.reduce((sum, t) => sum + t.rows, 0);
    const statements = tables.find((t) => t.table === 'statements')?.rows ?? 0;
    console.log(`db:copy: ${statements} statements (${rows} rows in all) in ${round(copySeconds)} s`);
    const sqliteDb = openDatabase(path);
    const sqlite = await reads(sqliteDb);
    console.log(`SQLite: dashboard p50 ${sqlite.dashboard.p50Ms} ms, /pairs p50 ${sqlite.pairs.p50Ms} ms`);
    started = performance.now();
    const postgres = await reads(asAppDatabase(target));
    console.log(`PostgreSQL: dashboard p50 ${postgres.dashboard.p50Ms} ms, /pairs p50 ${postgres.pairs.p50Ms} ms (${round((performance.now() - started) / 1000)} s)`);
    const same = matching(await answers(sqliteDb), await answers(asAppDatabase(target)));
    // Last, on fresh handles: it empties pair_records, which the runs above read.
    const computedSqlite = openDatabase(path);
    const computedTarget = openPostgres(url, { max: 4 });
    const everyRecordComputedMs = {
      sqlite: await firstPairsComputed(computedSqlite, async () => computedSqlite.$client.exec('delete from pair_records')),
      postgres: await firstPairsComputed(asAppDatabase(computedTarget), () => computedTarget.$client.query('delete from pair_records')),
    };
    await computedTarget.$client.end();
    // The servers have the files to themselves from here on.
    for (const db of [sqliteDb, computedSqlite]) db.$client.close();
    console.log(`First /pairs with every pair record computed: SQLite ${everyRecordComputedMs.sqlite} ms, PostgreSQL ${everyRecordComputedMs.postgres} ms`);
    console.log(`Same answers: ${same.matching} of ${same.compared} (the ${COMPARED_PAIRS} busiest pairs' dashboards in every flow, and /pairs)${same.firstDiffering ? `; first differing: ${same.firstDiffering}` : ''}`);
    const password = process.env.EDITOR_PASSWORD || randomBytes(18).toString('base64url');
    const http = await benchHttp({ sqlitePath: path, postgresUrl: url, postgresPool: target.$client, statements, password });
    console.log(`\n${httpTable(http, statements)}\n`);
    const copy = { seconds: round(copySeconds), rowsPerSecond: Math.round(rows / copySeconds) };
    console.log(JSON.stringify({ statements, copy, sqlite, postgres, everyRecordComputedMs, same, http: httpResults(http) }));
  } finally {
    await stopAllServers();
    await target.$client.end();
    await dropDatabase(url).catch(() => {});
    await cluster?.stop();
  }
}

// Ctrl-C reaches this process (it shares index.ts's process group) but not the servers, which are detached: stop them here.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the PostgreSQL bench's servers`);
    // The cluster stops itself at exit (startThrowawayPostgres).
    void stopAllServers().then(() => process.exit(130));
  });
}

await main();
process.exit(0);
