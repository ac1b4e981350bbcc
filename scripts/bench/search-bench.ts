import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../db/client';
import { type BrowseQuery, PAGE_SIZE, parseBrowseQuery } from '../../app/lib/browse/browse-query';
import { decodeCursor, type Cursor } from '../../app/lib/browse/cursor';
import { streamExport } from '../../app/lib/csv/export';
import { todayIso } from '../../app/lib/domain/dates';
import { browseFacets } from '../../app/lib/data/browse-facets';
import { freshBrowseTables } from '../../app/lib/data/browse-freshness';
import { openBrowsePages } from '../../app/lib/data/browse-pages';
import { markedQuotes } from '../../app/lib/data/search-words';
import { searchStatements } from '../../app/lib/data/statement-search';
import { buildDatabase } from './build-database';
import { TMP_DIR } from './config';
import { percentile, round } from './stats';

// Issue 16's figures at 1M statements: a browser page (its rows, marks and
// facets) for one-word queries and for facet combinations, a deep page
// against the first, and the NDJSON export against `sqlite3 -json` on the
// same rows. Measured in the process, through the functions the page and
// GET /api/statements call; BENCH_SEARCH_REUSE=1 keeps an existing database.

const SIZE = Number(process.env.BENCH_SEARCH_SIZE ?? 1_000_000);
// Words of the synthetic record: speakers' and outlets' names, each in about a tenth of the rows, and rarer ones.
const WORDS = ['Zhumangarin', 'Interfax', 'Reshetnikov', 'Xinhua', 'Goyal', 'Daryo', 'Kudratov', 'Anadolu', 'Schmidt', 'Wentao'];
const COMBINATIONS = [
  'pair=AFG-KAZ&kind=projected',
  'economy=CHN&flow=exports&stated=2020',
  'kind=projected&verdict=missed&period=2015',
  'outlet=interfax&hedge=approximately',
  'speaker=piyush-goyal&kind=reported&stated=2010',
  'pair=IND-PAK&flow=total',
  'economy=RUS&sourced=sourced&period=2001',
  'flow=balance&kind=projected',
];
const ROUNDS = 20;

export interface SearchBench {
  statements: number;
  firstRefreshSeconds: number;
  word: Latency;
  combination: Latency;
  page1Ms: number;
  page500Ms: number;
  ndjsonRowsPerSecond: number;
  sqlite3JsonRowsPerSecond: number;
  ndjsonRatio: number;
}

interface Latency {
  /** The page's rows with their marks, what the browser shows first: over every request, ROUNDS per query. */
  p50Ms: number;
  p95Ms: number;
  /** The same with the facets, the first time each query is asked (counted) and over all rounds (kept by revision). */
  withFacetsColdP50Ms: number;
  withFacetsColdMaxMs: number;
  withFacetsP50Ms: number;
  withFacetsP95Ms: number;
}

const query = (text: string): BrowseQuery => {
  const parsed = parseBrowseQuery(new URLSearchParams(text));
  if (!parsed.ok) throw new Error(parsed.problems.join(' '));
  return parsed.query;
};

async function latency(db: ReturnType<typeof openDatabase>, queries: BrowseQuery[], revision: string, today: string): Promise<Latency> {
  const results: number[] = [];
  const cold: number[] = [];
  const all: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      const started = performance.now();
      const page = await searchStatements(db, q, null, PAGE_SIZE, today);
      await markedQuotes(db, q.q, page.rows);
      results.push(performance.now() - started);
      await browseFacets(db, q, today, revision);
      const ms = performance.now() - started;
      if (round === 0) cold.push(ms);
      all.push(ms);
    }
  }
  return {
    p50Ms: percentile(results, 50),
    p95Ms: percentile(results, 95),
    withFacetsColdP50Ms: percentile(cold, 50),
    withFacetsColdMaxMs: Math.max(...cold),
    withFacetsP50Ms: percentile(all, 50),
    withFacetsP95Ms: percentile(all, 95),
  };
}

async function pageTiming(db: ReturnType<typeof openDatabase>, q: BrowseQuery, cursor: Cursor | null, today: string): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    await searchStatements(db, q, cursor, PAGE_SIZE, today);
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

async function ndjsonRowsPerSecond(path: string, q: BrowseQuery, today: string): Promise<{ rows: number; perSecond: number }> {
  const started = performance.now();
  const reader = streamExport(() => openBrowsePages(path, q, today, 'ndjson'), '', { idleMs: 600_000 }).getReader();
  let rows = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    for (let i = value.indexOf(10); i !== -1; i = value.indexOf(10, i + 1)) rows++;
  }
  return { rows, perSecond: rows / ((performance.now() - started) / 1000) };
}

function sqlite3JsonRowsPerSecond(path: string, rows: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const devNull = openSync('/dev/null', 'w');
    const started = performance.now();
    const shell = spawn('sqlite3', ['-json', path, 'select * from statements where deleted_at is null order by statement_date desc, id desc'], { stdio: ['ignore', devNull, 'inherit'] });
    shell.on('error', reject);
    shell.on('exit', (code) => {
      closeSync(devNull);
      if (code !== 0) return reject(new Error(`sqlite3 exited with ${code}`));
      resolve(rows / ((performance.now() - started) / 1000));
    });
  });
}

export async function benchSearch(): Promise<SearchBench> {
  const reuse = join(TMP_DIR, `bench-${SIZE}.db`);
  const path = process.env.BENCH_SEARCH_REUSE === '1' && existsSync(reuse) ? reuse : (await buildDatabase(SIZE)).path;
  const db = openDatabase(path);
  const today = todayIso();
  try {
    let started = performance.now();
    const revision = await freshBrowseTables(db);
    const firstRefreshSeconds = (performance.now() - started) / 1000;
    const statements = (db.$client.prepare('select count(*) from statements where deleted_at is null').pluck().get() as number);
    const word = await latency(db, WORDS.map((w) => query(`q=${w}`)), revision, today);
    const combination = await latency(db, COMBINATIONS.map(query), revision, today);

    // Page 500 of a word's rows: the cursor reached by walking the pages before it.
    const deep = query('q=Zhumangarin');
    let cursor: Cursor | null = null;
    for (let page = 1; page < 500; page++) cursor = decodeCursor((await searchStatements(db, deep, cursor, PAGE_SIZE, today)).next!, deep.sort);
    const page1Ms = await pageTiming(db, deep, null, today);
    const page500Ms = await pageTiming(db, deep, cursor, today);

    started = performance.now();
    const all = query('');
    const ndjson = await ndjsonRowsPerSecond(path, all, today);
    const sqlite3Json = await sqlite3JsonRowsPerSecond(path, ndjson.rows);
    return {
      statements,
      firstRefreshSeconds,
      word,
      combination,
      page1Ms,
      page500Ms,
      ndjsonRowsPerSecond: ndjson.perSecond,
      sqlite3JsonRowsPerSecond: sqlite3Json,
      ndjsonRatio: ndjson.perSecond / sqlite3Json,
    };
  } finally {
    db.$client.close();
  }
}

const ms = (v: number) => `${round(v)} ms`;

export function searchTable(b: SearchBench): string {
  const line = (name: string, l: Latency) =>
    `| ${name} | ${ms(l.p50Ms)} / ${ms(l.p95Ms)} | ${ms(l.withFacetsColdP50Ms)} (max ${ms(l.withFacetsColdMaxMs)}) | ${ms(l.withFacetsP50Ms)} / ${ms(l.withFacetsP95Ms)} |`;
  return [
    `Statements browser at ${b.statements.toLocaleString('en')} statements (verdicts and names first built in ${round(b.firstRefreshSeconds)} s)`,
    '| query | rows and marks p50 / p95 | with facets, first time asked p50 | with facets, all rounds p50 / p95 |',
    '|---|---|---|---|',
    line(`one word (${WORDS.length} words × ${ROUNDS})`, b.word),
    line(`facet combination (${COMBINATIONS.length} × ${ROUNDS})`, b.combination),
    `Page 1: ${ms(b.page1Ms)}; page 500: ${ms(b.page500Ms)} (${round(b.page500Ms / b.page1Ms, 2)}×).`,
    `NDJSON export: ${Math.round(b.ndjsonRowsPerSecond).toLocaleString('en')} rows/s; sqlite3 -json on the same rows: ${Math.round(b.sqlite3JsonRowsPerSecond).toLocaleString('en')} rows/s (${round(b.ndjsonRatio, 2)}×).`,
  ].join('\n');
}

export function searchResults(b: SearchBench) {
  const r = (v: number) => round(v, 2);
  return {
    statements: b.statements,
    first_refresh_s: r(b.firstRefreshSeconds),
    word_p50_ms: r(b.word.p50Ms),
    word_p95_ms: r(b.word.p95Ms),
    word_facets_cold_p50_ms: r(b.word.withFacetsColdP50Ms),
    word_facets_p95_ms: r(b.word.withFacetsP95Ms),
    combination_p50_ms: r(b.combination.p50Ms),
    combination_p95_ms: r(b.combination.p95Ms),
    combination_facets_cold_p50_ms: r(b.combination.withFacetsColdP50Ms),
    combination_facets_p95_ms: r(b.combination.withFacetsP95Ms),
    page1_ms: r(b.page1Ms),
    page500_ms: r(b.page500Ms),
    ndjson_rows_per_s: Math.round(b.ndjsonRowsPerSecond),
    sqlite3_json_rows_per_s: Math.round(b.sqlite3JsonRowsPerSecond),
    ndjson_ratio: r(b.ndjsonRatio),
  };
}
