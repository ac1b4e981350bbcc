import { type ChildProcess, spawn } from 'node:child_process';
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

export type PsqlCsvTiming = Sqlite3CsvTiming;

/** How long a command-line client ran, its peak resident memory and CPU time, sampled until it ends; a failure rejects with its error output. */
function watchShell(shell: ChildProcess, name: string): Promise<{ seconds: number; peakRssMb: number; cpuSeconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    let peakKb = 0;
    let cpu = 0;
    const timer = setInterval(() => {
      peakKb = Math.max(peakKb, statusKb(shell.pid!, 'VmHWM'));
      cpu = Math.max(cpu, cpuMs([shell.pid!]));
    }, RSS_SAMPLE_MS);
    let errors = '';
    shell.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    shell.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    // 'close', not 'exit': the client may exit before its last output has been read.
    shell.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(timer);
      if (code !== 0) return reject(new Error(`${name} exited with ${code}: ${errors.slice(0, 500)}`));
      resolve({ seconds, peakRssMb: peakKb / 1024, cpuSeconds: cpu / 1000 });
    });
  });
}

/** The same rows written by the sqlite3 shell (`sqlite3 -csv -header`) to /dev/null. */
export async function measureSqlite3Csv(databasePath: string, rows: number): Promise<Sqlite3CsvTiming> {
  const devNull = openSync('/dev/null', 'w');
  try {
    const shell = spawn('sqlite3', ['-csv', '-header', databasePath, 'select * from statements'], { stdio: ['ignore', devNull, 'pipe'] });
    const { seconds, peakRssMb, cpuSeconds } = await watchShell(shell, 'sqlite3');
    return { rows, seconds, rowsPerSecond: rows / seconds, peakRssMb, cpuSeconds };
  } finally {
    closeSync(devNull);
  }
}

/**
 * Counts CSV records as RFC 4180 writes them: a line end ends a record only
 * outside quotes (psql keeps a quote's line breaks raw), and a doubled quote
 * inside a quoted field toggles twice, so it changes nothing.
 */
function csvRecordCounter() {
  let records = 0;
  let quoted = false;
  return {
    add(chunk: Buffer) {
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === 34) quoted = !quoted;
        else if (byte === 10 && !quoted) records++;
      }
    },
    get records() {
      return records;
    },
  };
}

/**
 * What PostgreSQL's own client does with the export's rows: `psql \copy` of
 * every statement not deleted, in id order, as CSV with a header. The output
 * is read and thrown away here rather than sent to /dev/null, because psql
 * reports no row count for a copy to stdout (ROW_COUNT stays 0): the rows are
 * counted as they arrive, not assumed.
 */
export async function measurePsqlCsv(url: string): Promise<PsqlCsvTiming> {
  const copy = String.raw`\copy (select * from statements where deleted_at is null order by id) to stdout with csv header`;
  const shell = spawn('psql', [url, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-c', copy], { stdio: ['ignore', 'pipe', 'pipe'] });
  const counter = csvRecordCounter();
  shell.stdout!.on('data', (chunk: Buffer) => counter.add(chunk));
  const { seconds, peakRssMb, cpuSeconds } = await watchShell(shell, 'psql');
  const rows = counter.records - 1;
  return { rows, seconds, rowsPerSecond: rows / seconds, peakRssMb, cpuSeconds };
}
