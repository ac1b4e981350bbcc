import type { FirstLoadJs } from './first-load-js';
import type { PublishTiming } from './publish-bench';
import { round } from './stats';

/** Issue 12's targets for the published chart. */
export const PNG_TARGET_MS = 300;
export const PNG_LARGEST_TARGET_MS = 500;
export const EMBED_JS_TARGET_KB = 100;
export const DASHBOARD_JS_TARGET_KB = 139;

const int = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** The rows of one size's table for the published PNG. */
export function publishRows(p: PublishTiming, n: number): string[][] {
  const rows = [
    ['PNG of the seeded view p50 / p95', `${round(p.png.p50Ms)} ms / ${round(p.png.p95Ms)} ms (${p.png.requests} requests, ${round(p.png.wireBytes / 1024)} KB; server CPU ${round(p.png.cpuMsPerRequest)} ms per request)`, `p50 < ${PNG_TARGET_MS} ms`, verdict(!p.png.timedOut && p.png.p50Ms < PNG_TARGET_MS)],
  ];
  if (p.largest) {
    const { png, pair, flow, statements } = p.largest;
    rows.push([`PNG of the largest view p50 / p95`, `${round(png.p50Ms)} ms / ${round(png.p95Ms)} ms (${pair} ${flow}, ${int.format(statements)} statements of ${int.format(n)}; ${png.requests} requests)`, `p50 < ${PNG_LARGEST_TARGET_MS} ms`, verdict(!png.timedOut && png.p50Ms < PNG_LARGEST_TARGET_MS)]);
  }
  return rows;
}

export function publishResults(p: PublishTiming) {
  return { png_p50_ms: round(p.png.p50Ms), png_p95_ms: round(p.png.p95Ms) };
}

export function largestResults(p: PublishTiming | undefined, n: number) {
  if (!p?.largest) return null;
  return { n, pair: p.largest.pair, flow: p.largest.flow, statements: p.largest.statements, png_p50_ms: round(p.largest.png.p50Ms), png_p95_ms: round(p.largest.png.p95Ms) };
}

export function embedJsLine(js: FirstLoadJs): string {
  return `First-load JS of /embed: ${round(js.gzKb)} KB gzip (${js.scripts} scripts, ${round(js.rawKb)} KB raw); target < ${EMBED_JS_TARGET_KB} KB: ${verdict(js.gzKb < EMBED_JS_TARGET_KB)}`;
}
