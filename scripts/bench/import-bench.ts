import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildDatabase } from './build-database';
import { TMP_DIR } from './config';
import { editorCookie } from './editor-session';
import { writeImportFile } from './import-file';
import { type ImportLoad, measureImportLoad } from './import-load';
import { startServer } from './server';
import { round } from './stats';

export const IMPORT_ROWS = 100_000;
export const IMPORT_FILE_BYTES = 200 * 1024 * 1024 - 64 * 1024;

export interface ImportBench {
  rows: ImportLoad & { fileRows: number };
  large: ImportLoad & { fileRows: number; fileMb: number };
}

/** The bench's results.json entry for imports (issue 11, item 2). */
export function importResults(b: ImportBench) {
  return {
    import_rows: b.rows.fileRows,
    import_seconds: round(b.rows.upload.seconds),
    dashboard_p50_during_import_ms: round(b.rows.dashboardP50Ms),
    dashboard_p95_during_import_ms: round(b.rows.dashboardP95Ms),
    dashboard_requests_during_import: b.rows.dashboardRequests,
    import_200mb_rows: b.large.fileRows,
    import_200mb_seconds: round(b.large.upload.seconds),
    import_200mb_rss_growth_mb: round(b.large.rssGrowthMb),
  };
}

async function oneImport(label: string, password: string, file: string, fileRows: number): Promise<ImportLoad & { fileRows: number }> {
  const database = await buildDatabase(1_000);
  const server = await startServer(database.path, `import-${label}`, password);
  try {
    const cookie = (await editorCookie(server.baseUrl, password)) ?? '';
    const load = await measureImportLoad(server.baseUrl, cookie, server.serverPids, file);
    const outcome = load.upload.report?.errors.length ? `refused: ${load.upload.report.errors[0].message}` : (load.upload.error ?? `${load.upload.report?.added ?? 0} added`);
    console.log(`[import ${label}] ${fileRows} rows in ${round(load.upload.seconds)} s (${outcome}); dashboard p95 ${round(load.dashboardP95Ms)} ms over ${load.dashboardRequests} requests; server RSS ${round(load.rssBaselineMb)} → ${round(load.rssPeakMb)} MB`);
    return { ...load, fileRows };
  } finally {
    await server.stop();
  }
}

/**
 * A 100 000-row Tradewatch export imported while the dashboard is timed, then
 * a 200 MB one while the server's memory is sampled, each on a fresh server
 * over a 1 000-statement database.
 */
export async function benchImports(password: string): Promise<ImportBench> {
  const rowsFile = join(TMP_DIR, 'import-100k.csv');
  const largeFile = join(TMP_DIR, 'import-200mb.csv');
  try {
    const written = await writeImportFile(rowsFile, { count: IMPORT_ROWS });
    const rows = await oneImport('100k rows', password, rowsFile, written.rows);
    rmSync(rowsFile, { force: true });
    const large = await writeImportFile(largeFile, { bytes: IMPORT_FILE_BYTES });
    const largeLoad = await oneImport('200 MB', password, largeFile, large.rows);
    return { rows, large: { ...largeLoad, fileMb: large.bytes / 1024 ** 2 } };
  } finally {
    rmSync(rowsFile, { force: true });
    rmSync(largeFile, { force: true });
  }
}

export function importTable(b: ImportBench): string {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const done = (l: ImportLoad) => (l.upload.report && !l.upload.report.errors.length ? `${l.upload.report.added} added` : `not imported: ${l.upload.report?.errors[0]?.message ?? l.upload.error}`);
  return [
    'imports (issue 11, item 2)',
    `  dashboard p95 during a ${b.rows.fileRows}-row import: ${round(b.rows.dashboardP95Ms)} ms (p50 ${round(b.rows.dashboardP50Ms)}, max ${round(b.rows.dashboardMaxMs)}, ${b.rows.dashboardRequests} requests; import ${round(b.rows.upload.seconds)} s, ${done(b.rows)})  target < 200 ms: ${verdict(b.rows.dashboardP95Ms < 200)}`,
    `  server memory growth for a ${round(b.large.fileMb)} MB import: ${round(b.large.rssGrowthMb)} MB (${round(b.large.rssBaselineMb)} → ${round(b.large.rssPeakMb)} MB; ${b.large.fileRows} rows in ${round(b.large.upload.seconds)} s, ${done(b.large)})  target < 200 MB: ${verdict(b.large.rssGrowthMb < 200)}`,
  ].join('\n');
}
