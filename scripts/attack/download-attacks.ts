import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readdirSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { todayIso } from '../../app/lib/domain/dates';
import { CSV_PATH, DASHBOARD_PATH, ROOT } from '../bench/config';
import { statementFields } from '../bench/concurrent-writes';
import { timedRequest } from '../bench/http';
import { percentile, round } from '../bench/stats';
import { COLUMNS, syntheticRows } from '../bench/synthetic-statements';
import type { Attack, AttackContext, AttackOutcome } from './types';

/*
 * Items 4 and 5 of issue 11: CSV downloads that are started and never read,
 * and `npm run db:backup` while editors keep saving. Both need a database
 * far larger than the seed, so rows are added straight into the server's
 * file (WAL lets the server keep its connection open meanwhile).
 */

const STALLED_CLIENTS = 60;
// ~500 bytes a line: ~30 MB of CSV, several times what a socket's buffers hold.
const STALL_ROWS = 60_000;
const BACKUP_DATABASE_MB = 165;
const WRITES_PER_SECOND = 5;
const BACKUP_TIMEOUT_SECONDS = 300;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Adds synthetic statements to the server's database file until it holds `rows` more, or reaches `megabytes`. */
function growDatabase(path: string, until: { rows?: number; megabytes?: number }): number {
  const sqlite = new Database(path);
  sqlite.pragma('busy_timeout = 10000');
  const insert = sqlite.prepare(`insert into statements (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`);
  const size = () => (sqlite.prepare('select page_count * page_size as n from pragma_page_count(), pragma_page_size()').get() as { n: number }).n;
  let added = 0;
  try {
    for (;;) {
      if (until.rows !== undefined && added >= until.rows) break;
      if (until.megabytes !== undefined && size() >= until.megabytes * 1024 * 1024) break;
      const firstId = (sqlite.prepare('select coalesce(max(id), 0) + 1 as id from statements').get() as { id: number }).id;
      const batch = Math.min(20_000, until.rows !== undefined ? until.rows - added : 20_000);
      sqlite.transaction(() => {
        for (const row of syntheticRows(batch, firstId, todayIso())) insert.run(row);
      })();
      added += batch;
    }
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    sqlite.close();
  }
  return added;
}

/**
 * Open connections of `pids` to the database: each holds its own descriptor
 * on the -wal file. (The database file itself is no measure: SQLite keeps a
 * closed connection's descriptor on it until the process's other connections
 * drop their locks, and reuses it for the next connection.)
 */
function databaseHandles(pids: number[], databasePath: string): number {
  let count = 0;
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === `${databasePath}-wal`) count++;
      } catch {
        // closed meanwhile
      }
    }
  }
  return count;
}

interface StalledClient {
  socket: Socket;
  /** The status line's code, once the first bytes came. */
  status: Promise<number>;
}

/** A client that asks for the CSV, reads the first bytes (the status line) and then never reads again. */
function stalledDownload(baseUrl: string): StalledClient {
  const { hostname, port } = new URL(baseUrl);
  const socket = connect(Number(port), hostname);
  socket.on('error', () => {});
  const status = new Promise<number>((resolve) => {
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1'))?.[1] ?? 0));
    });
    socket.once('close', () => resolve(0));
  });
  socket.write(`GET ${CSV_PATH} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/csv\r\n\r\n`);
  return { socket, status };
}

async function dashboardTimes(baseUrl: string, requests: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const response = await timedRequest(`${baseUrl}${DASHBOARD_PATH}`, { headers: { 'accept-encoding': 'gzip' }, timeoutMs: 60_000 });
    if (response.status !== 200) throw new Error(`the dashboard answered ${response.status}`);
    times.push(response.ms);
  }
  return times;
}

const summary = (times: number[]) => `p50 ${round(percentile(times, 50))} ms, p95 ${round(percentile(times, 95))} ms, max ${round(Math.max(...times))} ms`;

async function stalledDownloads(context: AttackContext): Promise<AttackOutcome[]> {
  growDatabase(context.databasePath, { rows: STALL_ROWS });
  // The server process (and anything below it): the attack runner's bench server knows it by pid.
  const pids = serverPids(context);
  await dashboardTimes(context.baseUrl, 3);
  // Load the CSV route's code once (an unknown pair is refused before any export starts), so its first load is not timed.
  await timedRequest(`${context.baseUrl}${CSV_PATH}?pair=warm-up`);
  const quiet = await dashboardTimes(context.baseUrl, 10);
  const handlesBefore = databaseHandles(pids, context.databasePath);

  const clients = Array.from({ length: STALLED_CLIENTS }, () => stalledDownload(context.baseUrl));
  // Timed from the moment the downloads start, while the server fills every buffer between it and the stalled readers.
  const [statuses, stalled] = await Promise.all([
    Promise.all(clients.map((c) => Promise.race([c.status, sleep(30_000).then(() => -1)]))),
    dashboardTimes(context.baseUrl, 20),
  ]);
  await sleep(2000);
  const handlesDuring = databaseHandles(pids, context.databasePath);

  for (const client of clients) client.socket.destroy();
  await sleep(2000);
  const handlesAfter = databaseHandles(pids, context.databasePath);
  const fresh = await timedRequest(`${context.baseUrl}${CSV_PATH}`, { timeoutMs: 120_000 });

  const accepted = statuses.filter((s) => s === 200).length;
  const refused = statuses.filter((s) => s === 503).length;
  const p95 = percentile(stalled, 95);
  return [
    {
      tried: `the dashboard while ${STALLED_CLIENTS} clients start ${CSV_PATH} (${STALL_ROWS.toLocaleString('en')}+ rows) and never read`,
      held: p95 < Math.max(1000, 3 * percentile(quiet, 95)),
      detail: `quiet: ${summary(quiet)}; with ${STALLED_CLIENTS} stalled downloads: ${summary(stalled)} (each: ${stalled.map((ms) => Math.round(ms)).join(', ')})`,
    },
    {
      tried: `a cap on concurrent exports (${STALLED_CLIENTS} at once)`,
      held: accepted > 0 && accepted <= 8 && accepted + refused === STALLED_CLIENTS,
      detail: `${accepted} answered 200, ${refused} answered 503, ${STALLED_CLIENTS - accepted - refused} neither (statuses ${[...new Set(statuses)].join('/')})`,
    },
    {
      tried: 'database handles after the stalled clients disconnect',
      held: handlesAfter <= handlesBefore && fresh.status === 200,
      detail: `${handlesBefore} connections open before (counted by their -wal descriptors), ${handlesDuring} while stalled, ${handlesAfter} after disconnecting; a fresh download then answered ${fresh.status}`,
    },
  ];
}

function serverPids(context: AttackContext): number[] {
  const pids = (context as AttackContext & { serverPids?: () => number[] }).serverPids?.();
  if (pids?.length) return pids;
  // The runner does not pass the server's pid: find the processes that hold the database file open.
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .map(Number)
    .filter((pid) => databaseHandles([pid], context.databasePath) > 0);
}

function countRows(path: string): { statements: number; history: number } {
  const sqlite = new Database(path, { readonly: true });
  try {
    return {
      statements: (sqlite.prepare('select count(*) as n from statements').get() as { n: number }).n,
      history: (sqlite.prepare('select count(*) as n from statement_history').get() as { n: number }).n,
    };
  } finally {
    sqlite.close();
  }
}

async function backupUnderWrites(context: AttackContext): Promise<AttackOutcome[]> {
  growDatabase(context.databasePath, { megabytes: BACKUP_DATABASE_MB });
  const megabytes = round(statSync(context.databasePath).size / 1024 / 1024, 0);
  const headers = { 'content-type': 'application/json', origin: context.baseUrl, cookie: await context.editorCookie() };
  const run = `backup-${Date.now()}`;
  const before = countRows(context.databasePath);

  let writing = true;
  let saved = 0;
  const refused: number[] = [];
  const writer = (async () => {
    for (let count = 0; writing; count++) {
      const tick = sleep(1000 / WRITES_PER_SECOND);
      const response = await timedRequest(`${context.baseUrl}/api/statements`, { method: 'POST', headers, body: JSON.stringify(statementFields(run, 0, count)), timeoutMs: 30_000 });
      if (response.status === 201) saved++;
      else refused.push(response.status);
      await tick;
    }
  })();
  await sleep(1000);

  const started = performance.now();
  const backup = spawn('npm', ['run', 'db:backup'], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: context.databasePath }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  backup.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  backup.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      backup.kill('SIGKILL');
      resolve(null);
    }, BACKUP_TIMEOUT_SECONDS * 1000);
    backup.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  const seconds = round((performance.now() - started) / 1000);
  await sleep(1000);
  writing = false;
  await writer;
  const after = countRows(context.databasePath);

  const target = /Backed up .* to (.*\.db)\s*$/m.exec(output)?.[1];
  const outcome: AttackOutcome = {
    tried: `npm run db:backup on a ${megabytes} MB database while an editor saves ${WRITES_PER_SECOND} statements a second`,
    held: false,
    detail: '',
  };
  if (exitCode !== 0 || !target) {
    outcome.detail = exitCode === null ? `still running after ${BACKUP_TIMEOUT_SECONDS} s (killed)` : `exited ${exitCode}: ${output.slice(-500)}`;
    return [outcome];
  }
  try {
    const copy = new Database(target, { readonly: true });
    const integrity = copy.pragma('integrity_check', { simple: true });
    const brokenKeys = (copy.pragma('foreign_key_check') as unknown[]).length;
    copy.close();
    const copied = countRows(target);
    const between = copied.statements >= before.statements && copied.statements <= after.statements && copied.history >= before.history && copied.history <= after.history;
    outcome.held = integrity === 'ok' && brokenKeys === 0 && between;
    outcome.detail =
      `finished in ${seconds} s with ${saved} saves during the run${refused.length ? ` (${refused.length} refused: ${[...new Set(refused)].join('/')})` : ''}; ` +
      `copy: integrity ${integrity}, ${brokenKeys} broken foreign keys, ${copied.statements} statements (${before.statements} before, ${after.statements} after)`;
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true });
  }
  return [outcome];
}

export const DOWNLOAD_ATTACKS: Attack[] = [
  { item: '4 stalled CSV downloads', run: stalledDownloads },
  { item: '5 backup under writes', run: backupUnderWrites },
];

