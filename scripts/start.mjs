// `npm start`: builds the app when there is no build or the sources changed
// since the last one, then serves it (PORT, default 3000; HOSTNAME; TRUST_PROXY). The server migrates and seeds the
// database on start (instrumentation.ts), so a fresh clone needs nothing else.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['app', 'db', 'instrumentation.ts', 'proxy.ts', 'next.config.js', 'package-lock.json', 'tsconfig.json'];
const BUILD_MARK = `${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`;

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const built = existsSync(BUILD_MARK) ? statSync(BUILD_MARK).mtimeMs : 0;
if (Math.max(...SOURCES.map(newestChange)) > built) {
  console.log(built ? 'Sources changed since the last build; rebuilding…' : 'No build yet; building…');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// scripts/server.mjs rather than `next start`: it sets the client address,
// refuses oversized bodies and cross-site writes before Next reads them.
const server = spawn(process.execPath, ['scripts/server.mjs'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
