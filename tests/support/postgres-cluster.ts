import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, appendFileSync, chownSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

const SUPERUSER = 'tradewatch';
// initdb refuses to run as root; then the cluster belongs to the user Debian's package creates.
const OWNER_WHEN_ROOT = 'postgres';
// Debian's package links only psql & co. into PATH; initdb and pg_ctl stay in here, one folder per major version.
const DEBIAN_POSTGRES_ROOT = '/usr/lib/postgresql';

export type ThrowawayPostgres = {
  /** Superuser URL of the maintenance database `postgres`: make a database per test file with createDatabase. */
  url: string;
  /** Kills the server as a crash would (`pg_ctl stop -m immediate`): open connections break, new ones are refused. */
  pause(): Promise<void>;
  /** Starts the paused server again on the same port; crash recovery keeps every committed transaction. */
  resume(): Promise<void>;
  /** Stops the server and deletes its files. Safe to call twice or while paused. */
  stop(): Promise<void>;
};

/** The path of a PostgreSQL program (`initdb`, `pg_ctl`…): PATH first, then the newest Debian install; null when absent. */
export function findPostgresBin(name: string): string | null {
  return findProgram(name, debianBinFolders());
}

/** A fresh cluster on a free port of 127.0.0.1, tuned for speed over durability: it lives for one test run. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const initdb = requirePostgresBin('initdb');
  const pgCtlPath = requirePostgresBin('pg_ctl');
  const owner = await clusterOwner();
  const folder = mkdtempSync(join(tmpdir(), 'tradewatch-postgres-'));
  const dataDir = join(folder, 'data');
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  const pgCtl = pgCtlFor(pgCtlPath, owner, dataDir, folder);
  // A process that exits without calling stop (process.exit, an uncaught error) must not leave a server running.
  // A signal that kills the process skips this; Ctrl-C reaches the server too, which then shuts itself down.
  const stopAtExit = () => {
    pgCtl.stopNow();
    removeFolder();
  };
  let port: number;
  try {
    if (owner) chownSync(folder, owner.uid, owner.gid);
    const initdbArgs = ['-D', dataDir, '-A', 'trust', '-U', SUPERUSER, '--encoding=UTF8', '--locale=C', '--no-sync', '--no-instructions'];
    await runAs(owner, initdb, initdbArgs, folder);
    appendFileSync(join(dataDir, 'postgresql.conf'), throwawaySettings(folder));
    port = await startOnFreePort(pgCtl);
    process.once('exit', stopAtExit);
  } catch (error) {
    removeFolder();
    throw error;
  }

  let state: 'running' | 'paused' | 'stopped' = 'running';
  return {
    url: `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`,
    async pause() {
      if (state !== 'running') throw new Error(`cannot pause a ${state} cluster`);
      await pgCtl.stop('immediate');
      state = 'paused';
    },
    async resume() {
      if (state !== 'paused') throw new Error(`cannot resume a ${state} cluster`);
      await pgCtl.start(port);
      state = 'running';
    },
    async stop() {
      if (state === 'stopped') return;
      const wasRunning = state === 'running';
      state = 'stopped';
      process.off('exit', stopAtExit);
      try {
        if (wasRunning) await pgCtl.stop('fast');
      } finally {
        removeFolder();
      }
    },
  };
}

/** Creates an empty database named after `name` plus a unique suffix on the server at `serverUrl`; returns its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const database = uniqueDatabaseName(name);
  // template0 rather than the default template1: copying template1 fails while anyone is connected to it.
  // Sorted as en-US sorts (as a managed server's database usually is), not byte by byte as the cluster's C
  // locale would: a read whose order depends on the locale then differs from SQLite's in the parity tests.
  // A server built without ICU gets its default.
  await withClient(serverUrl, async (client) => {
    const create = `CREATE DATABASE ${client.escapeIdentifier(database)} TEMPLATE template0 ENCODING 'UTF8'`;
    await client.query(`${create} LOCALE_PROVIDER icu ICU_LOCALE 'en-US'`).catch(() => client.query(create));
  });
  return withDatabaseName(serverUrl, database);
}

/** Drops the database at `databaseUrl`, closing any connections still open to it; connects through `postgres`. */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  await withClient(withDatabaseName(databaseUrl, 'postgres'), (client) =>
    client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`),
  );
}

function findProgram(name: string, fallbackFolders: string[]): string | null {
  const pathFolders = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...pathFolders, ...fallbackFolders].map((folder) => join(folder, name)).find(isExecutable) ?? null;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function debianBinFolders(): string[] {
  let versions: string[];
  try {
    versions = readdirSync(DEBIAN_POSTGRES_ROOT);
  } catch {
    return [];
  }
  return versions
    .filter((version) => /^\d+(\.\d+)?$/.test(version))
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(DEBIAN_POSTGRES_ROOT, version, 'bin'));
}

function requirePostgresBin(name: string): string {
  const path = findPostgresBin(name);
  if (!path) throw new Error(`${name} not found on PATH or under ${DEBIAN_POSTGRES_ROOT}/*/bin: apt-get install postgresql`);
  return path;
}

type Owner = { uid: number; gid: number } | null;

/** null when we are not root and may own the cluster ourselves. */
async function clusterOwner(): Promise<Owner> {
  if (process.getuid?.() !== 0) return null;
  try {
    const id = async (flag: string) => Number((await run('id', [flag, OWNER_WHEN_ROOT])).stdout.trim());
    return { uid: await id('-u'), gid: await id('-g') };
  } catch {
    throw new Error(`running as root, and initdb refuses root, but there is no "${OWNER_WHEN_ROOT}" user to own the cluster`);
  }
}

function asOwner(owner: Owner, program: string, args: string[]): [string, string[]] {
  if (!owner) return [program, args];
  // An administrator's program: a PATH without the sbin folders must not hide it.
  const runuser = findProgram('runuser', ['/usr/sbin', '/sbin']) ?? 'runuser';
  return [runuser, ['-u', OWNER_WHEN_ROOT, '--', program, ...args]];
}

// cwd is the cluster's folder: the owner may not be allowed into the caller's.
function runAs(owner: Owner, program: string, args: string[], cwd: string) {
  const [command, commandArgs] = asOwner(owner, program, args);
  return run(command, commandArgs, { cwd });
}

type PgCtl = ReturnType<typeof pgCtlFor>;

function pgCtlFor(pgCtl: string, owner: Owner, dataDir: string, folder: string) {
  const logFile = join(folder, 'server.log');
  const ctl = (...args: string[]) => runAs(owner, pgCtl, ['-D', dataDir, ...args], folder);
  return {
    logFile,
    // -w waits until the server reports itself ready to accept connections.
    async start(port: number) {
      try {
        await ctl('start', '-w', '-t', '30', '-l', logFile, '-o', `-p ${port}`);
      } catch (error) {
        throw new Error(`pg_ctl start failed on port ${port}: ${String(error)}\nserver log:\n${tail(logFile)}`);
      }
    },
    stop: (mode: 'fast' | 'immediate') => ctl('stop', '-w', '-m', mode),
    stopNow() {
      const [command, args] = asOwner(owner, pgCtl, ['-D', dataDir, 'stop', '-w', '-m', 'immediate']);
      spawnSync(command, args, { cwd: folder, stdio: 'ignore' });
    },
  };
}

/** A port that was free a moment ago may be taken by the time the server binds it: try another. */
async function startOnFreePort(pgCtl: PgCtl): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      await pgCtl.start(port);
      return port;
    } catch (error) {
      if (attempt === 3 || !tail(pgCtl.logFile).includes('Address already in use')) throw error;
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function throwawaySettings(socketFolder: string): string {
  return [
    '',
    '# Throwaway test cluster: tests/support/postgres-cluster.ts',
    "listen_addresses = '127.0.0.1'",
    // Its own socket folder: /var/run/postgresql belongs to the system's cluster, if there is one.
    `unix_socket_directories = '${socketFolder}'`,
    'max_connections = 200',
    // Safe to lose on a machine crash; a server crash (pause) still loses nothing, since every write reaches the kernel.
    'fsync = off',
    'full_page_writes = off',
    // synchronous_commit stays on: off would let `pause` lose the last commits before it, which a fault test
    // must not mistake for the app losing a save; with fsync off, on costs one write() per commit.
    '',
  ].join('\n');
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-20).join('\n');
  } catch {
    return '(no log)';
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}

/** Lower case, letters, digits and _ only, so the name needs no quoting in psql; well under the 63-byte limit. */
function uniqueDatabaseName(name: string): string {
  const readable = name.toLowerCase().replace(/[^a-z0-9_]+/g, '_').slice(0, 40);
  return `${readable}_${process.pid}_${randomBytes(4).toString('hex')}`;
}
