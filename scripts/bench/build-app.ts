import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR, ROOT, TMP_DIR } from './config';

// What a build is made from: scripts/start.mjs's list, plus the proxy (middleware) it does not watch yet.
const SOURCES = ['app', 'db', 'instrumentation.ts', 'proxy.ts', 'middleware.ts', 'next.config.js', 'package-lock.json', 'tsconfig.json'];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds the app into its own folder unless the build there is newer than every source. */
export function buildApp(): { built: boolean; seconds: number } {
  const mark = join(ROOT, DIST_DIR, 'BUILD_ID');
  const builtAt = existsSync(mark) ? statSync(mark).mtimeMs : 0;
  if (Math.max(...SOURCES.map((s) => newestChange(join(ROOT, s)))) <= builtAt) return { built: false, seconds: 0 };

  const started = performance.now();
  const build = spawnSync('npx', ['next', 'build'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  mkdirSync(TMP_DIR, { recursive: true });
  const log = join(TMP_DIR, 'build.log');
  writeFileSync(log, `${build.stdout ?? ''}${build.stderr ?? ''}`);
  if (build.status !== 0) {
    throw new Error(`next build failed (exit ${build.status}); its output is in ${log}:\n${(build.stdout + build.stderr).slice(-3000)}`);
  }
  return { built: true, seconds: (performance.now() - started) / 1000 };
}
