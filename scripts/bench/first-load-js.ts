import { gzipSync } from 'node:zlib';
import { BROWSER_HEADERS, timedRequest } from './http';

export interface FirstLoadJs {
  scripts: number;
  rawKb: number;
  gzKb: number;
}

/** Every `<script src>` that `/` loads, each gzipped (default level) as a server would send it, summed. */
export async function measureFirstLoadJs(baseUrl: string): Promise<FirstLoadJs> {
  const page = await timedRequest(`${baseUrl}/`, { headers: BROWSER_HEADERS, keepBody: true });
  if (page.status !== 200) throw new Error(`GET / answered ${page.status}`);
  const html = page.body!.toString('utf8');
  const sources = new Set([...html.matchAll(/<script\b[^>]*?\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&')));
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
