import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DIST_DIR, ROOT, TMP_DIR } from './config';
import { commandLine, processTree } from './processes';

export interface RunningServer {
  baseUrl: string;
  /** The process that answers requests: scripts/server.mjs, titled next-server like `next start`'s. */
  serverPid: number;
  /** The next-server process and anything it started. */
  serverPids: () => number[];
  /** Seconds from spawning the server to its first answer: start-up (migrations, warming the pair overviews) included. */
  startSeconds: number;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// Servers still running, so that an interrupted bench does not leave them behind.
const running = new Set<() => Promise<void>>();

export async function stopAllServers(): Promise<void> {
  await Promise.all([...running].map((stop) => stop()));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitUntilAnswering(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`scripts/server.mjs exited with ${child.exitCode} before answering`);
    try {
      // A static file: answers as soon as the server is up, without warming any page.
      const response = await fetch(`${baseUrl}/icon.svg`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`The server did not answer on ${baseUrl} within ${timeoutMs / 1000} s`);
}

/** The process that serves: next-server titles itself "next-server (vX)"; else the deepest node process. */
function findServerPid(rootPid: number): number {
  const tree = processTree(rootPid);
  const titled = tree.find((pid) => commandLine(pid).startsWith('next-server'));
  if (titled) return titled;
  const nodes = tree.filter((pid) => /\bnode\b/.test(commandLine(pid)));
  return nodes[nodes.length - 1] ?? rootPid;
}

/**
 * The production server (scripts/server.mjs, as `npm start` runs it) on a free
 * port over `databasePath`, from the bench's own build folder; `env` adds to
 * its environment, e.g. TRUST_PROXY.
 */
export async function startServer(databasePath: string, label: string, editorPassword: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = createWriteStream(join(TMP_DIR, `server-${label}.log`));
  const child = spawn(process.execPath, ['scripts/server.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      NEXT_DIST_DIR: DIST_DIR,
      DATABASE_PATH: databasePath,
      EDITOR_PASSWORD: editorPassword,
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...env,
    },
    // Its own process group, so stopping it ends the server and anything it started together.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    running.delete(stop);
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, sleep(5000)]);
      if (child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    log.end();
  };

  running.add(stop);
  try {
    await waitUntilAnswering(baseUrl, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  const serverPid = findServerPid(child.pid!);
  return { baseUrl, serverPid, serverPids: () => processTree(serverPid), startSeconds: (performance.now() - started) / 1000, stop };
}
