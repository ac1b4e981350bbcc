import { cpus, loadavg, totalmem } from 'node:os';
import type { WriteTiming } from './concurrent-writes';
import type { ServerCsvTiming, Sqlite3CsvTiming } from './csv-throughput';
import type { FirstLoadJs } from './first-load-js';
import type { PageTiming } from './page-latency';
import type { PublishTiming } from './publish-bench';
import { DASHBOARD_JS_TARGET_KB, largestResults, publishResults, publishRows } from './publish-report';
import { round } from './stats';

export interface SizeRun {
  n: number;
  rows: number;
  databaseMb: number;
  buildSeconds: number;
  viewStatements: number;
  dashboard: PageTiming;
  pairs: PageTiming;
  /** Seconds the server took to start before the cold /pairs: what moved off the request path shows here. */
  pairsStartSeconds: number;
  csv: ServerCsvTiming;
  sqlite3: Sqlite3CsvTiming;
  writes: WriteTiming;
  /** The published chart (issue 12). */
  publish: PublishTiming;
  loadBefore: number;
}

/** The shape issue 6 fixes for bench/results.json. */
export interface Results {
  machine: string;
  first_load_js_gz_kb: number;
  embed_first_load_js_gz_kb: number;
  /** The PNG of the pair and flow with the most statements, at the largest size run. */
  png_largest_view: ReturnType<typeof largestResults>;
  runs: {
    n: number;
    dashboard_p50_ms: number;
    dashboard_p95_ms: number;
    dashboard_cold_ms: number;
    /** The first request after a fresh start (caches empty; start-up done). */
    pairs_cold_ms: number;
    pairs_start_s: number;
    pairs_p50_ms: number;
    pairs_p95_ms: number;
    csv_rows_per_s: number;
    sqlite3_csv_rows_per_s: number;
    csv_ratio: number;
    csv_rss_growth_mb: number;
    saves_per_s: number;
    saves_lost: number;
    png_p50_ms: number;
    png_p95_ms: number;
  }[];
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${cpu.length} cores, ${round(totalmem() / 1024 ** 3)} GB RAM, Node ${process.version}`;
}

export function results(runs: SizeRun[], js: FirstLoadJs, embedJs: FirstLoadJs): Results {
  const last = runs.at(-1);
  return {
    machine: machine(),
    first_load_js_gz_kb: round(js.gzKb),
    embed_first_load_js_gz_kb: round(embedJs.gzKb),
    png_largest_view: largestResults(last?.publish, last?.n ?? 0),
    runs: runs.map((r) => ({
      n: r.n,
      dashboard_p50_ms: round(r.dashboard.p50Ms),
      dashboard_p95_ms: round(r.dashboard.p95Ms),
      dashboard_cold_ms: round(r.dashboard.coldMs),
      pairs_cold_ms: round(r.pairs.coldMs),
      pairs_start_s: round(r.pairsStartSeconds, 1),
      pairs_p50_ms: round(r.pairs.p50Ms),
      pairs_p95_ms: round(r.pairs.p95Ms),
      csv_rows_per_s: Math.round(r.csv.rowsPerSecond),
      sqlite3_csv_rows_per_s: Math.round(r.sqlite3.rowsPerSecond),
      csv_ratio: round(r.csv.rowsPerSecond / r.sqlite3.rowsPerSecond, 2),
      csv_rss_growth_mb: round(r.csv.rssGrowthMb),
      saves_per_s: round(r.writes.savesPerSecond),
      saves_lost: r.writes.savesLost,
      ...publishResults(r.publish),
    })),
  };
}

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const kb = (bytes: number) => `${round(bytes / 1024)} KB`;
const ms = (value: number) => `${round(value)} ms`;
const verdict = (ok: boolean | null) => (ok === null ? '' : ok ? 'met' : 'MISSED');

/** Rows of cells as a plain-text table, the first row its heading. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** One table for one size; `smallest` is the run the "within 3×" targets compare with. */
export function runTable(r: SizeRun, smallest: SizeRun | undefined): string {
  const within3x = (now: number, then: number | undefined) => (then === undefined || smallest === r ? null : now <= 3 * then);
  const pageRows = (name: string, page: PageTiming, base: PageTiming | undefined) => {
    if (page.timedOut && page.requests === 0) {
      return [[`${name} p50 / p95`, `no answer within ${round(page.p50Ms / 1000)} s (first request ${page.coldMs >= page.p50Ms ? 'timed out' : `took ${ms(page.coldMs)}`}; server restarted)`, 'p50 < 50 ms, ≤ 3× smallest', verdict(false)]];
    }
    const factor = base ? `; ${round(page.p50Ms / base.p50Ms)}× n=${int.format(smallest!.n)}` : '';
    const fast = page.p50Ms < 50;
    const scales = within3x(page.p50Ms, base?.p50Ms);
    return [
      [`${name} p50 / p95`, `${ms(page.p50Ms)} / ${ms(page.p95Ms)} (${page.requests} requests${factor})`, 'p50 < 50 ms, ≤ 3× smallest', verdict(scales === null ? fast : fast && scales)],
      [`${name} server CPU`, `${ms(page.cpuMsPerRequest)} per request; first request ${ms(page.coldMs)}`, '', ''],
      [`${name} sent`, `${kb(page.wireBytes)} gzip; ${kb(page.htmlBytes)} HTML, of it ${kb(page.rscBytes)} RSC data`, '', ''],
    ];
  };
  const ratio = r.csv.rowsPerSecond / r.sqlite3.rowsPerSecond;
  const refused = Object.entries(r.writes.refused).map(([status, count]) => `${count}×${status}`).join(', ');
  const rows = [
    ['measure', 'result', 'target', ''],
    ...pageRows(`dashboard (${int.format(r.viewStatements)} in view)`, r.dashboard, smallest === r ? undefined : smallest?.dashboard),
    ...pageRows('/pairs', r.pairs, smallest === r ? undefined : smallest?.pairs),
    ['/pairs first request, fresh start', `${ms(r.pairs.coldMs)} (server ready ${round(r.pairsStartSeconds, 1)} s after it was started)`, '< 1 s', verdict(!r.pairs.timedOut && r.pairs.coldMs < 1000)],
    ['CSV export, ours', `${int.format(r.csv.rowsPerSecond)} rows/s (${int.format(r.csv.rows)} rows, ${round(r.csv.bytes / 1024 ** 2)} MB in ${round(r.csv.seconds, 2)} s; server CPU ${round(r.csv.cpuSeconds, 2)} s)`, '', ''],
    ['CSV export, sqlite3 -csv', `${int.format(r.sqlite3.rowsPerSecond)} rows/s (${round(r.sqlite3.seconds, 2)} s${r.sqlite3.cpuSeconds ? `; CPU ${round(r.sqlite3.cpuSeconds, 2)} s` : ''}${r.sqlite3.peakRssMb ? `; peak RSS ${round(r.sqlite3.peakRssMb)} MB` : ''})`, '', ''],
    ['CSV ratio ours / sqlite3', String(round(ratio, 2)), '≥ 0.5', verdict(ratio >= 0.5)],
    ['CSV server RSS growth', `${round(r.csv.rssGrowthMb)} MB (${round(r.csv.rssBaselineMb)} → ${round(r.csv.rssPeakMb)} MB, ${r.csv.rssSamples} samples)`, '< 100 MB', verdict(r.csv.rssGrowthMb < 100)],
    [`writes, ${r.writes.writers} editors`, `${round(r.writes.savesPerSecond)} saves/s (${r.writes.acknowledged} in ${round(r.writes.seconds, 1)} s; p50 ${ms(r.writes.p50Ms)}, p95 ${ms(r.writes.p95Ms)}; server CPU ${ms(r.writes.cpuMsPerSave)} per save)`, '≥ 300/s', verdict(r.writes.savesPerSecond >= 300)],
    ...publishRows(r.publish, r.n),
    ['saves lost', `${r.writes.savesLost} (${r.writes.found} of ${r.writes.checked} acknowledged found, warm-up included${refused ? `; refused: ${refused}` : ''})`, '0', verdict(r.writes.savesLost === 0)],
  ];
  const heading = `n = ${int.format(r.n)} statements (${int.format(r.rows)} rows with the seed; ${round(r.databaseMb)} MB database built in ${round(r.buildSeconds)} s; load average ${round(r.loadBefore, 2)} before measuring)`;
  return `${heading}\n${table(rows)}`;
}

export function firstLoadLine(js: FirstLoadJs): string {
  return `First-load JS of /: ${round(js.gzKb)} KB gzip (${js.scripts} scripts, ${round(js.rawKb)} KB raw); target ≤ ${DASHBOARD_JS_TARGET_KB} KB (issue 12: no more than before): ${verdict(js.gzKb <= DASHBOARD_JS_TARGET_KB)}`;
}

export const currentLoad = () => loadavg()[0];
