import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * Every way to change something from outside: route handlers' write methods
 * (found from the route tree) and server actions (every export of a module
 * that starts with 'use server'). The matrix test asserts that each one is
 * in its table, so a new route or action cannot be left out of it.
 */

const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const root = process.cwd();
const appFiles = () => filesUnder(join(root, 'app')).filter((path) => /\.(ts|tsx)$/.test(path));

/** "app/api/statements/route.ts#POST" for each write method a route module exports. */
export async function writeRoutes(): Promise<string[]> {
  const found: string[] = [];
  for (const path of appFiles().filter((p) => /\/route\.tsx?$/.test(p))) {
    const source = readFileSync(path, 'utf8');
    for (const method of WRITE_METHODS) {
      if (new RegExp(`export\\s+(async\\s+)?(function|const)\\s+${method}\\b`).test(source)) found.push(`${relative(root, path)}#${method}`);
    }
  }
  return found.sort();
}

/** "app/lib/statements/actions.ts#createStatement" for each export of a 'use server' module. */
export async function serverActions(): Promise<string[]> {
  const found: string[] = [];
  for (const path of appFiles()) {
    const source = readFileSync(path, 'utf8');
    if (!/^\s*(\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*['"]use server['"]/.test(source)) continue;
    const module = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) if (typeof value === 'function') found.push(`${relative(root, path)}#${name}`);
  }
  return found.sort();
}
