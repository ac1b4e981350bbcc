import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatabase } from './build-database';
import { RESULTS_FILE, TMP_DIR } from './config';
import { writeComtradeImportFile } from './import-comtrade-file';
import { editorCookie } from './editor-session';
import { writeImportFile } from './import-file';
import { type ImportLoad, measureImportLoad } from './import-load';
import { startServer } from './server';
import { round } from './stats';

export const IMPORT_ROWS = 100_000;
export const IMPORT_FILE_BYTES = 200 * 1024 * 1024 - 64 * 1024;

/** The import scenarios; BENCH_IMPORTS=comtrade (or rows,large,comtrade) runs some of them. */
export const IMPORT_SCENARIOS = ['rows', 'large', 'comtrade'] as const;
export type ImportScenario = (typeof IMPORT_SCENARIOS)[number];

export function importScenarios(env = process.env.BENCH_IMPORTS): ImportScenario[] {
  if (!env?.trim()) return [...IMPORT_SCENARIOS];
  const picked = env.split(',').map((s) => s.trim());
  const unknown = picked.filter((s) => !(IMPORT_SCENARIOS as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`BENCH_IMPORTS takes ${IMPORT_SCENARIOS.join(', ')}, separated by commas; got "${unknown.join(', ')}".`);
  return IMPORT_SCENARIOS.filter((s) => picked.includes(s));
}

/** BENCH_COMTRADE_ROWS=2000 makes the Comtrade file smaller, to try the scenario quickly. */
function comtradeRows(env = process.env.BENCH_COMTRADE_ROWS): number {
  const n = Number((env ?? String(IMPORT_ROWS)).replace(/_/g, ''));
  if (!Number.isInteger(n) || n < 1) throw new Error(`BENCH_COMTRADE_ROWS must be a positive whole number; got "${env}".`);
  return n;
}

export interface ImportBench {
  rows?: ImportLoad & { fileRows: number };
  large?: ImportLoad & { fileRows: number; fileMb: number };
  /** A Comtrade+ download (47 columns), a quarter of its rows whole trade, the rest left out by reason. */
  comtrade?: ImportLoad & { fileRows: number; fileMb: number; keptRows: number };
}

/** The imports entry already in results.json, so a run of some scenarios keeps the others' figures. */
function previousImports(): Record<string, unknown> {
  if (!existsSync(RESULTS_FILE)) return {};
  try {
    return ((JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as { imports?: Record<string, unknown> }).imports ?? {});
  } catch {
    return {};
  }
}

/** The bench's results.json entry for imports (issue 11, item 2). */
export function importResults(b: ImportBench) {
  return {
    ...previousImports(),
    ...(b.rows && {
      import_rows: b.rows.fileRows,
      import_seconds: round(b.rows.upload.seconds),
      dashboard_p50_during_import_ms: round(b.rows.dashboardP50Ms),
      dashboard_p95_during_import_ms: round(b.rows.dashboardP95Ms),
      dashboard_requests_during_import: b.rows.dashboardRequests,
    }),
    ...(b.large && {
      import_200mb_rows: b.large.fileRows,
      import_200mb_seconds: round(b.large.upload.seconds),
      import_200mb_rss_growth_mb: round(b.large.rssGrowthMb),
    }),
    ...(b.comtrade && {
      comtrade_import_rows: b.comtrade.fileRows,
      comtrade_import_kept_rows: b.comtrade.keptRows,
      comtrade_import_mb: round(b.comtrade.fileMb),
      comtrade_import_seconds: round(b.comtrade.upload.seconds),
      comtrade_dashboard_p50_during_import_ms: round(b.comtrade.dashboardP50Ms),
      comtrade_dashboard_p95_during_import_ms: round(b.comtrade.dashboardP95Ms),
      comtrade_dashboard_max_during_import_ms: round(b.comtrade.dashboardMaxMs),
      comtrade_dashboard_requests_during_import: b.comtrade.dashboardRequests,
    }),
  };
}

async function oneImport(label: string, password: string, file: string, fileRows: number): Promise<ImportLoad & { fileRows: number }> {
  const database = await buildDatabase(1_000);
  const server = await startServer(database.path, `import-${label}`, password);
  try {
    const cookie = (await editorCookie(server.baseUrl, password)) ?? '';
    const load = await measureImportLoad(server.baseUrl, cookie, server.serverPids, file);
    const outcome = load.upload.report?.errors.length ? `refused: ${load.upload.report.errors[0].message}` : (load.upload.error ?? `${load.upload.report?.added ?? 0} added, ${load.upload.report?.ignoredCount ?? 0} rows left out`);
    console.log(`[import ${label}] ${fileRows} rows in ${round(load.upload.seconds)} s (${outcome}); dashboard p95 ${round(load.dashboardP95Ms)} ms over ${load.dashboardRequests} requests; server RSS ${round(load.rssBaselineMb)} → ${round(load.rssPeakMb)} MB`);
    return { ...load, fileRows };
  } finally {
    await server.stop();
  }
}

/**
 * A 100 000-row Tradewatch export imported while the dashboard is timed, then
 * a 200 MB one while the server's memory is sampled, then a 100 000-row
 * Comtrade+ download while the dashboard is timed, each on a fresh server
 * over a 1 000-statement database (BENCH_IMPORTS picks some of them).
 */
export async function benchImports(password: string, scenarios = importScenarios()): Promise<ImportBench> {
  const rowsFile = join(TMP_DIR, 'import-100k.csv');
  const largeFile = join(TMP_DIR, 'import-200mb.csv');
  const comtradeFile = join(TMP_DIR, 'import-comtrade.csv');
  const bench: ImportBench = {};
  try {
    if (scenarios.includes('rows')) {
      const written = await writeImportFile(rowsFile, { count: IMPORT_ROWS });
      bench.rows = await oneImport('100k rows', password, rowsFile, written.rows);
      rmSync(rowsFile, { force: true });
    }
    if (scenarios.includes('large')) {
      const large = await writeImportFile(largeFile, { bytes: IMPORT_FILE_BYTES });
      bench.large = { ...(await oneImport('200 MB', password, largeFile, large.rows)), fileMb: large.bytes / 1024 ** 2 };
      rmSync(largeFile, { force: true });
    }
    if (scenarios.includes('comtrade')) {
      const comtrade = await writeComtradeImportFile(comtradeFile, comtradeRows());
      const load = await oneImport('Comtrade', password, comtradeFile, comtrade.rows);
      bench.comtrade = { ...load, fileMb: comtrade.bytes / 1024 ** 2, keptRows: comtrade.kept };
    }
    return bench;
  } finally {
    rmSync(rowsFile, { force: true });
    rmSync(largeFile, { force: true });
    rmSync(comtradeFile, { force: true });
  }
}

export function importTable(b: ImportBench): string {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const done = (l: ImportLoad) => (l.upload.report && !l.upload.report.errors.length ? `${l.upload.report.added} added` : `not imported: ${l.upload.report?.errors[0]?.message ?? l.upload.error}`);
  const dashboard = (l: ImportLoad & { fileRows: number }, what: string) =>
    `  dashboard p95 during a ${l.fileRows}-row ${what}: ${round(l.dashboardP95Ms)} ms (p50 ${round(l.dashboardP50Ms)}, max ${round(l.dashboardMaxMs)}, ${l.dashboardRequests} requests; import ${round(l.upload.seconds)} s, ${done(l)})  target < 200 ms: ${verdict(l.dashboardP95Ms < 200)}`;
  return [
    'imports (issue 11, item 2; issue 14, item 3)',
    ...(b.rows ? [dashboard(b.rows, 'Tradewatch import')] : []),
    ...(b.large ? [`  server memory growth for a ${round(b.large.fileMb)} MB import: ${round(b.large.rssGrowthMb)} MB (${round(b.large.rssBaselineMb)} → ${round(b.large.rssPeakMb)} MB; ${b.large.fileRows} rows in ${round(b.large.upload.seconds)} s, ${done(b.large)})  target < 200 MB: ${verdict(b.large.rssGrowthMb < 200)}`] : []),
    ...(b.comtrade ? [`${dashboard(b.comtrade, `UN Comtrade+ import (${round(b.comtrade.fileMb)} MB, ${b.comtrade.keptRows} rows whole trade)`)}`] : []),
  ].join('\n');
}
