import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Db } from '../../db/client';
import { proposeRate } from '../../app/lib/data/exchange-rate-reads';
import { saveStatements } from '../../app/lib/data/statement-writes';
import { listCurrencies } from '../../app/lib/domain/currencies';
import type { StatementInput } from '../../app/lib/domain/statement';
import { prepareDatabase } from '../../app/lib/data/prepare';
import { emptyFormValues } from '../../app/lib/statements/form-fields';
import { validateStatementForm } from '../../app/lib/statements/schema';
import { buildDatabase } from './build-database';
import { DASHBOARD_PATH, RSS_SAMPLE_MS, TMP_DIR } from './config';
import { editorCookie } from './editor-session';
import { BROWSER_HEADERS, timedRequest } from './http';
import { sampleRss } from './processes';
import { startServer } from './server';
import { percentile, round } from './stats';

// Issue 14's figures: a rate proposal adds under 1 ms to a save, and importing
// a 100 000-row rates file keeps the dashboard under 200 ms p95.

/** Rows of the plain rates file imported while the dashboard is timed; RATES_BENCH_ROWS picks fewer for a quick run. */
export function ratesBenchRows(env = process.env.RATES_BENCH_ROWS): number {
  const rows = Number((env ?? '100000').replace(/_/g, ''));
  if (!Number.isInteger(rows) || rows < 1) throw new Error(`RATES_BENCH_ROWS must be a positive whole number; got "${env}".`);
  return rows;
}

const PROPOSAL_BATCHES = 20;
const PROPOSALS_PER_BATCH = 1000;
const SAVES = 200;

export interface SaveTiming {
  proposalMsPerCall: number;
  /** Median of single saves of a KZT figure for 2023 with no rate typed: the table's rate is proposed inside the save. */
  saveWithoutRateMs: number;
  /** The same with the editor's rate typed: no proposal. */
  saveWithRateMs: number;
  saves: number;
}

export interface RatesLoad {
  rows: number;
  fileMb: number;
  status: number;
  seconds: number;
  report: { added: number; replaced: number; unchanged: number; errors: { line: number; message: string }[] } | null;
  error: string | null;
  dashboardRequests: number;
  dashboardP50Ms: number;
  dashboardP95Ms: number;
  dashboardMaxMs: number;
  rssGrowthMb: number;
}

export interface RatesBench {
  saves: SaveTiming;
  load: RatesLoad;
}

const median = (values: number[]) => percentile(values, 50);

/** A KZT figure for Kazakhstan–Uzbekistan in 2023, different each time so no save is a duplicate. */
function tengeFigure(i: number, usdRate: string): StatementInput {
  const result = validateStatementForm({
    ...emptyFormValues(),
    economyA: 'KAZ',
    economyB: 'UZB',
    flow: 'total',
    kind: 'reported',
    period: '2023',
    valueText: `${1000 + i} million tenge`,
    currency: 'KZT',
    usdRate,
    statementDate: '2024-02-01',
    sourceUrl: `https://example.org/rates-bench/${i}`,
  });
  if (!result.ok) throw new Error(`The bench's figure is refused: ${JSON.stringify(result.errors)}`);
  return result.input;
}

async function timeSave(db: Db, input: StatementInput): Promise<number> {
  const started = performance.now();
  const result = await saveStatements(db, [{ statement: input }], 'rates bench');
  const ms = performance.now() - started;
  if (!result.ok || result.saved.length !== 1) throw new Error(`A bench save did not save: ${JSON.stringify(result)}`);
  return ms;
}

/** In-process, on a seeded database: a proposal alone, and saves with and without a typed rate, taken in turns. */
export async function measureRateSaves(): Promise<SaveTiming> {
  const path = join(TMP_DIR, 'rates-saves.db');
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const db = await prepareDatabase(path);
  try {
    const perCall: number[] = [];
    for (let b = 0; b < PROPOSAL_BATCHES; b++) {
      const started = performance.now();
      for (let i = 0; i < PROPOSALS_PER_BATCH; i++) {
        // A fiscal year across two calendar years: the months-weighted case, the dearer one.
        if (!(await proposeRate(db, 'KZT', '2022-07-01', '2023-06-30')).ok) throw new Error('The seeded table has no KZT rate for 2022–2023');
      }
      perCall.push((performance.now() - started) / PROPOSALS_PER_BATCH);
    }
    const without = Array.from({ length: SAVES }, (_, i) => tengeFigure(2 * i, ''));
    const typed = Array.from({ length: SAVES }, (_, i) => tengeFigure(2 * i + 1, '0.00219'));
    // A few unmeasured first, so statements are prepared and pages cached for both.
    for (let i = 0; i < 10; i++) await saveStatements(db, [{ statement: tengeFigure(10_000 + i, i % 2 ? '0.00219' : '') }], 'rates bench');
    const withoutMs: number[] = [];
    const withMs: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      withoutMs.push(await timeSave(db, without[i]));
      withMs.push(await timeSave(db, typed[i]));
    }
    return { proposalMsPerCall: median(perCall), saveWithoutRateMs: median(withoutMs), saveWithRateMs: median(withMs), saves: SAVES };
  } finally {
    db.$client.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  }
}

/** A plain rates file of `rows` rates: every currency but the dollar, each year from 1901, the year's average then its months. */
export async function writeRatesFile(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('currency,year,month,units_per_usd,source,licence\n');
  const currencies = listCurrencies().filter((c) => c !== 'USD').sort();
  let written = 0;
  outer: for (const currency of currencies) {
    for (let year = 1901; year <= 2100; year++) {
      for (let month = 0; month <= 12; month++) {
        if (written === rows) break outer;
        const rate = (1 + ((written * 7919) % 100_000) / 1000).toPrecision(8);
        await write(`${currency},${year},${month || ''},${rate},Tradewatch bench (synthetic),CC0\n`);
        written++;
      }
    }
  }
  out.end();
  await once(out, 'finish');
  if (written < rows) throw new Error(`Only ${written} distinct currency-months exist; ask for fewer rows.`);
  return statSync(path).size;
}

/** POSTs the file to /api/rates as the Exchange rates page's form does, streamed from disk, and reads its ndjson answer. */
function uploadRates(baseUrl: string, cookie: string, file: string): Promise<Pick<RatesLoad, 'status' | 'seconds' | 'report' | 'error'>> {
  const boundary = `----tradewatchratesbench${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="rates.csv"\r\nContent-Type: text/csv\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/api/rates`, {
      method: 'POST',
      headers: { cookie, origin: baseUrl, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + statSync(file).size + tail.length) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        const lines = text.split('\n').filter(Boolean).map((line) => { try { return JSON.parse(line) as Record<string, unknown>; } catch { return { error: line.slice(0, 300) }; } });
        const last = lines.at(-1) ?? {};
        resolve({
          status: res.statusCode ?? 0,
          seconds: (performance.now() - started) / 1000,
          report: (last.report as RatesLoad['report']) ?? null,
          error: typeof last.error === 'string' ? last.error : null,
        });
      });
      res.on('error', reject);
    });
    req.setTimeout(900_000, () => req.destroy(new Error('the rates import took longer than 15 minutes')));
    req.on('error', reject);
    req.write(head);
    const stream = createReadStream(file);
    stream.on('error', reject);
    stream.pipe(req, { end: false });
    stream.on('end', () => req.end(tail));
  });
}

/** Imports a plain rates file of `rows` rates through the page's route while the dashboard is timed, one request after another. */
export async function measureRatesImportLoad(password: string, rows: number): Promise<RatesLoad> {
  const file = join(TMP_DIR, `rates-${rows}.csv`);
  const bytes = await writeRatesFile(file, rows);
  const database = await buildDatabase(1_000);
  const server = await startServer(database.path, 'rates', password);
  try {
    const cookie = (await editorCookie(server.baseUrl, password)) ?? '';
    for (let i = 0; i < 3; i++) await timedRequest(`${server.baseUrl}${DASHBOARD_PATH}`, { headers: BROWSER_HEADERS });
    const memory = sampleRss(server.serverPids, RSS_SAMPLE_MS);
    let importing = true;
    const upload = uploadRates(server.baseUrl, cookie, file)
      .catch((error: Error) => ({ status: 0, seconds: Number.NaN, report: null, error: `the upload failed: ${error.message}` }))
      .finally(() => (importing = false));
    const times: number[] = [];
    while (importing) {
      const response = await timedRequest(`${server.baseUrl}${DASHBOARD_PATH}`, { headers: BROWSER_HEADERS, timeoutMs: 120_000 });
      if (response.status !== 200) throw new Error(`GET ${DASHBOARD_PATH} answered ${response.status} during the rates import`);
      if (importing) times.push(response.ms);
    }
    const done = await upload;
    const rss = memory.stop();
    return {
      rows,
      fileMb: bytes / 1024 ** 2,
      ...done,
      dashboardRequests: times.length,
      dashboardP50Ms: percentile(times, 50),
      dashboardP95Ms: percentile(times, 95),
      dashboardMaxMs: Math.max(0, ...times),
      rssGrowthMb: (rss.peakKb - rss.baselineKb) / 1024,
    };
  } finally {
    await server.stop();
    rmSync(file, { force: true });
  }
}

export async function benchRates(password: string): Promise<RatesBench> {
  const saves = await measureRateSaves();
  console.log(`[rates] proposal ${round(saves.proposalMsPerCall * 1000, 1)} µs per call; save without a typed rate ${round(saves.saveWithoutRateMs, 3)} ms, with ${round(saves.saveWithRateMs, 3)} ms (medians of ${saves.saves})`);
  const load = await measureRatesImportLoad(password, ratesBenchRows());
  console.log(`[rates] ${load.rows} rates (${round(load.fileMb, 1)} MB) in ${round(load.seconds, 1)} s (${outcomeOf(load)}); dashboard p95 ${round(load.dashboardP95Ms)} ms over ${load.dashboardRequests} requests`);
  return { saves, load };
}

function outcomeOf(l: RatesLoad): string {
  if (l.status === 413) return 'refused 413: scripts/server.mjs caps POST /api/rates at 64 KB until app/lib/http/body-limits.js lists the route';
  if (l.report && l.report.errors.length === 0) return `${l.report.added} added, ${l.report.replaced} replaced, ${l.report.unchanged} unchanged`;
  return `not imported: ${l.report?.errors[0]?.message ?? l.error ?? `status ${l.status}`}`;
}

/** The bench's results.json entry for issue 14's rates figures. */
export function ratesResults(b: RatesBench) {
  return {
    rate_proposal_us_per_call: round(b.saves.proposalMsPerCall * 1000, 2),
    save_without_typed_rate_median_ms: round(b.saves.saveWithoutRateMs, 3),
    save_with_typed_rate_median_ms: round(b.saves.saveWithRateMs, 3),
    rates_import_rows: b.load.rows,
    rates_import_mb: round(b.load.fileMb, 2),
    rates_import_seconds: round(b.load.seconds, 1),
    rates_import_outcome: outcomeOf(b.load),
    dashboard_p50_during_rates_import_ms: round(b.load.dashboardP50Ms),
    dashboard_p95_during_rates_import_ms: round(b.load.dashboardP95Ms),
    dashboard_max_during_rates_import_ms: round(b.load.dashboardMaxMs),
    dashboard_requests_during_rates_import: b.load.dashboardRequests,
    server_rss_growth_during_rates_import_mb: round(b.load.rssGrowthMb),
  };
}

export function ratesTable(b: RatesBench): string {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const added = b.saves.saveWithoutRateMs - b.saves.saveWithRateMs;
  return [
    'exchange rates (issue 14)',
    `  rate proposal: ${round(b.saves.proposalMsPerCall * 1000, 1)} µs per call (median of ${PROPOSAL_BATCHES} batches of ${PROPOSALS_PER_BATCH}, a fiscal year across two calendar years)  target < 1 ms: ${verdict(b.saves.proposalMsPerCall < 1)}`,
    `  save of a KZT figure: ${round(b.saves.saveWithoutRateMs, 3)} ms with the table's rate proposed, ${round(b.saves.saveWithRateMs, 3)} ms with a typed rate (medians of ${b.saves.saves}); the proposal adds ${round(added, 3)} ms  target < 1 ms: ${verdict(added < 1)}`,
    `  dashboard p95 during a ${b.load.rows}-row rates import: ${round(b.load.dashboardP95Ms)} ms (p50 ${round(b.load.dashboardP50Ms)}, max ${round(b.load.dashboardMaxMs)}, ${b.load.dashboardRequests} requests; import ${round(b.load.seconds, 1)} s, ${outcomeOf(b.load)})  target < 200 ms: ${verdict(b.load.dashboardP95Ms < 200)}`,
  ].join('\n');
}
