import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

/*
 * An app instance of the PostgreSQL browser tests: `npm start`'s script
 * (scripts/start.mjs, which builds first when the sources changed) on a port
 * of its own, serving the database at `databaseUrl`. Several may serve one
 * database, as behind a load balancer.
 */

export interface AppInstance {
  url: string;
  /** Everything the server printed, for a failing test to show. */
  output(): string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode} before answering:\n${output()}`);
    const answered = await fetch(url).then((response) => response.ok, () => false);
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

/** Starts an instance and resolves once its dashboard answers (a first build can take minutes). */
export async function startAppInstance(databaseUrl: string, editorPassword: string): Promise<AppInstance> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', DATABASE_URL: databaseUrl, EDITOR_PASSWORD: editorPassword, DATABASE_POOL_SIZE: '5' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitUntilAnswering(`${url}/`, child, () => printed, 300_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, output: () => printed, stop };
}
