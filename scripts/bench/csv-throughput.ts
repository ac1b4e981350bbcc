import { spawn } from 'node:child_process';
import { openSync, closeSync } from 'node:fs';
import { CSV_PATH, RSS_SAMPLE_MS } from './config';
import { timedRequest } from './http';
import { cpuMs, sampleRss, statusKb } from './processes';

export interface CsvTiming {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface ServerCsvTiming extends CsvTiming {
  bytes: number;
  rssGrowthMb: number;
  rssBaselineMb: number;
  rssPeakMb: number;
  rssSamples: number;
  cpuSeconds: number;
}

/** Counts line ends in a stream of chunks: the export ends every record with CRLF and keeps line breaks inside quotes only. */
function lineCounter() {
  let lines = 0;
  return {
    add(chunk: Buffer) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    },
    get lines() {
      return lines;
    },
  };
}

/**
 * Downloads the whole export (no parameters: every statement) as a script
 * would, uncompressed, while sampling the server's resident memory.
 */
export async function measureServerCsv(baseUrl: string, serverPids: number[]): Promise<ServerCsvTiming> {
  const counter = lineCounter();
  const cpuBefore = cpuMs(serverPids);
  const memory = sampleRss(() => serverPids, RSS_SAMPLE_MS);
  const response = await timedRequest(`${baseUrl}${CSV_PATH}`, { onChunk: (chunk) => counter.add(chunk), timeoutMs: 300_000 });
  const rss = memory.stop();
  const cpuSeconds = (cpuMs(serverPids) - cpuBefore) / 1000;
  if (response.status !== 200) throw new Error(`GET ${CSV_PATH} answered ${response.status}`);
  const rows = counter.lines - 1;
  return {
    rows,
    seconds: response.ms / 1000,
    rowsPerSecond: rows / (response.ms / 1000),
    bytes: response.wireBytes,
    rssGrowthMb: (rss.peakKb - rss.baselineKb) / 1024,
    rssBaselineMb: rss.baselineKb / 1024,
    rssPeakMb: rss.peakKb / 1024,
    rssSamples: rss.samples,
    cpuSeconds,
  };
}

export interface Sqlite3CsvTiming extends CsvTiming {
  peakRssMb: number;
  cpuSeconds: number;
}

/** The same rows written by the sqlite3 shell (`sqlite3 -csv -header`) to /dev/null. */
export function measureSqlite3Csv(databasePath: string, rows: number): Promise<Sqlite3CsvTiming> {
  return new Promise((resolve, reject) => {
    const devNull = openSync('/dev/null', 'w');
    const started = performance.now();
    const shell = spawn('sqlite3', ['-csv', '-header', databasePath, 'select * from statements'], { stdio: ['ignore', devNull, 'pipe'] });
    let peakKb = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      peakKb = Math.max(peakKb, statusKb(shell.pid!, 'VmHWM'));
      cpu = Math.max(cpu, cpuMs([shell.pid!]));
    }, RSS_SAMPLE_MS);
    let errors = '';
    shell.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    shell.on('error', reject);
    shell.on('exit', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      closeSync(devNull);
      if (code !== 0) return reject(new Error(`sqlite3 exited with ${code}: ${errors.slice(0, 500)}`));
      resolve({ rows, seconds, rowsPerSecond: rows / seconds, peakRssMb: peakKb / 1024, cpuSeconds: cpu / 1000 });
    });
  });
}
