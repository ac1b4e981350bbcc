import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { describe, expect, it, vi } from 'vitest';
import { openApiDocument } from '../../app/lib/api/openapi-document';

vi.mock('server-only', () => ({}));

// Issue 16, item 3: the OpenAPI document validates and describes every endpoint.

const API_DIR = join(__dirname, '../../app/api');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every route file under app/api, as the path it answers at: app/api/openapi.json/route.ts → /api/openapi.json, [id] → {id}. */
function routeFiles(dir = API_DIR): { file: string; path: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    if (!/^route\.(ts|js)$/.test(entry.name)) return [];
    const segments = relative(API_DIR, dir).split(sep).filter(Boolean).map((s) => s.replace(/^\[(.+)\]$/, '{$1}'));
    return [{ file: full, path: ['/api', ...segments].join('/') }];
  });
}

describe('the OpenAPI document', () => {
  const document = openApiDocument();

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    // validate() resolves references in place: give it a copy.
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('describes every method of every route under app/api', async () => {
    const routes = routeFiles();
    // The read endpoints of issue 16 and the write routes before them: a walk that found fewer is broken.
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/statements', '/api/pairs', '/api/targets', '/api/speakers', '/api/official', '/api/openapi.json', '/api/session']));
    for (const { file, path } of routes) {
      const exported = Object.keys((await import(file)) as object).filter((name): name is (typeof METHODS)[number] => (METHODS as readonly string[]).includes(name));
      expect(exported.length, `${file} exports no method`).toBeGreaterThan(0);
      const item = (document.paths ?? {})[path] as Record<string, unknown> | undefined;
      expect(item, `${path} is not in the document`).toBeDefined();
      for (const method of exported) expect(item![method.toLowerCase()], `${method} ${path} is not described`).toBeDefined();
    }
  });

  it('names every read’s parameters and answer shape, and how writes authenticate', () => {
    const paths = document.paths as Record<string, Record<string, { parameters?: { name: string }[]; tags?: string[]; security?: unknown[] }>>;
    expect(paths['/api/targets'].get.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['pair', 'flow', 'verdict', 'period', 'speaker', 'after', 'limit']));
    expect(paths['/api/statements'].get.parameters!.map((p) => p.name)).toEqual(expect.arrayContaining(['format', 'q', 'speaker', 'after', 'limit']));
    expect(paths['/api/statements'].post.tags).toEqual(['Write']);
    expect(paths['/api/statements'].post.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(expect.arrayContaining(['Statement', 'StatementPage', 'Pair', 'Target', 'Speaker', 'OfficialFigure', 'ReadError']));
    expect(document.info.license?.identifier).toBe('CC-BY-4.0');
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
  });
});
