import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { DASHBOARD_PATH, RSS_SAMPLE_MS } from './config';
import { BROWSER_HEADERS, timedRequest } from './http';
import { sampleRss } from './processes';
import { percentile } from './stats';

export interface ImportUpload {
  status: number;
  seconds: number;
  /** The ndjson lines the server sent: progress, saving, then the report or an error. */
  progressLines: number;
  report: { rows: number; added: number; ignoredCount?: number; errors: { line: number; message: string }[] } | null;
  error: string | null;
}

/** POSTs `file` to /api/import as a browser's form would, streaming it from disk (never held in memory here). */
export function uploadImport(baseUrl: string, cookie: string, file: string | Buffer, fileName = 'import.csv'): Promise<ImportUpload> {
  const boundary = `----tradewatchbench${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const size = typeof file === 'string' ? statSync(file).size : file.length;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}/api/import`, {
      method: 'POST',
      headers: { cookie, origin: baseUrl, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length) },
    }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk.length > 1e6 ? '' : chunk));
      res.on('end', () => {
        const lines = text.split('\n').filter(Boolean).map((line) => { try { return JSON.parse(line) as Record<string, unknown>; } catch { return {}; } });
        const last = lines.at(-1) ?? {};
        resolve({
          status: res.statusCode ?? 0,
          seconds: (performance.now() - started) / 1000,
          progressLines: lines.filter((l) => 'progress' in l).length,
          report: (last.report as ImportUpload['report']) ?? null,
          error: typeof last.error === 'string' ? last.error : null,
        });
      });
      res.on('error', reject);
    });
    req.setTimeout(900_000, () => req.destroy(new Error('the import took longer than 15 minutes')));
    req.on('error', reject);
    req.write(head);
    if (typeof file !== 'string') return void req.end(Buffer.concat([file, tail]));
    const stream = createReadStream(file);
    stream.on('error', reject);
    stream.pipe(req, { end: false });
    stream.on('end', () => req.end(tail));
  });
}

export interface ImportLoad {
  upload: ImportUpload;
  dashboardRequests: number;
  dashboardP50Ms: number;
  dashboardP95Ms: number;
  dashboardMaxMs: number;
  rssBaselineMb: number;
  rssPeakMb: number;
  rssGrowthMb: number;
}

/** Imports `file` while timing the dashboard (one request after another) and sampling the server's memory. */
export async function measureImportLoad(baseUrl: string, cookie: string, serverPids: () => number[], file: string): Promise<ImportLoad> {
  const memory = sampleRss(serverPids, RSS_SAMPLE_MS);
  let importing = true;
  // Settled into a value at once, so a reset upload is reported, not an unhandled rejection while the dashboard is being timed.
  const importDone = uploadImport(baseUrl, cookie, file)
    .catch((error: Error): ImportUpload => ({ status: 0, seconds: Number.NaN, progressLines: 0, report: null, error: `the upload failed: ${error.message}` }))
    .finally(() => (importing = false));
  const times: number[] = [];
  while (importing) {
    const response = await timedRequest(`${baseUrl}${DASHBOARD_PATH}`, { headers: BROWSER_HEADERS, timeoutMs: 120_000 });
    if (response.status !== 200) throw new Error(`GET ${DASHBOARD_PATH} answered ${response.status} during the import`);
    if (importing) times.push(response.ms);
  }
  const upload = await importDone;
  const rss = memory.stop();
  return {
    upload,
    dashboardRequests: times.length,
    dashboardP50Ms: percentile(times, 50),
    dashboardP95Ms: percentile(times, 95),
    dashboardMaxMs: Math.max(0, ...times),
    rssBaselineMb: rss.baselineKb / 1024,
    rssPeakMb: rss.peakKb / 1024,
    rssGrowthMb: (rss.peakKb - rss.baselineKb) / 1024,
  };
}

/** The server processes serving `databasePath`: found by their environment, for callers that did not start them. */
export function serverPidsFor(databasePath: string): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(`DATABASE_PATH=${databasePath}`) && /node|next-server/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
    } catch {
      return false;
    }
  });
}
