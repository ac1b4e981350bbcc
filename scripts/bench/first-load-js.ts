import { gzipSync } from 'node:zlib';
import { BROWSER_HEADERS, timedRequest } from './http';

export interface FirstLoadJs {
  scripts: number;
  rawKb: number;
  gzKb: number;
}

/**
 * Every `<script src>` that a page (`/` unless told) loads in a current browser (`nomodule`
 * polyfills are skipped by every browser with modules), each gzipped at
 * zlib's default level as a server would send it, summed.
 */
export async function measureFirstLoadJs(baseUrl: string, path = '/'): Promise<FirstLoadJs> {
  const page = await timedRequest(`${baseUrl}${path}`, { headers: BROWSER_HEADERS, keepBody: true });
  if (page.status !== 200) throw new Error(`GET ${path} answered ${page.status}`);
  const html = page.body!.toString('utf8');
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule\b/i.test(tag));
  const sources = new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1].replace(/&amp;/g, '&') ?? []));
  let raw = 0;
  let gz = 0;
  for (const src of sources) {
    const script = await timedRequest(new URL(src, `${baseUrl}/`).href, { keepBody: true });
    if (script.status !== 200) throw new Error(`GET ${src} answered ${script.status}`);
    raw += script.body!.length;
    gz += gzipSync(script.body!).length;
  }
  return { scripts: sources.size, rawKb: raw / 1024, gzKb: gz / 1024 };
}
