import { PAGE_BUDGET_SECONDS, PAGE_TIMEOUT_SECONDS, TIMED_REQUESTS, WARMUPS } from './config';
import { BROWSER_HEADERS, RequestTimeout, timedRequest } from './http';
import { cpuMs } from './processes';
import { percentile } from './stats';

export interface PageTiming {
  path: string;
  /** A request got no answer within PAGE_TIMEOUT_SECONDS: the times are that limit, a lower bound. */
  timedOut: boolean;
  /** The very first request, before any warm-up: caches empty. */
  coldMs: number;
  p50Ms: number;
  p95Ms: number;
  requests: number;
  /** The server's own CPU time per timed request: what the page costs whatever else the machine is doing. */
  cpuMsPerRequest: number;
  /** Bytes sent for one response, gzip as a browser asks for it, and the HTML they decode to. */
  wireBytes: number;
  htmlBytes: number;
  /** Bytes of the React Server Components payload inlined in the HTML (the data the page's client components get). */
  rscBytes: number;
}

/** The inline `self.__next_f.push(...)` scripts: what the server sends for client components. */
function rscPayloadBytes(html: string): number {
  let bytes = 0;
  for (const match of html.matchAll(/<script\b[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)) bytes += Buffer.byteLength(match[1]);
  return bytes;
}

/**
 * Median and 95th percentile of TIMED_REQUESTS sequential requests for one
 * page (fewer once PAGE_BUDGET_SECONDS are spent), after a few warm-ups.
 */
export async function measurePage(baseUrl: string, path: string, serverPids: number[]): Promise<PageTiming> {
  const url = `${baseUrl}${path}`;
  const limit = PAGE_TIMEOUT_SECONDS * 1000;
  const get = async (keepBody = false) => {
    const response = await timedRequest(url, { headers: BROWSER_HEADERS, keepBody, timeoutMs: limit });
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return response;
  };
  const timing: PageTiming = { path, timedOut: false, coldMs: limit, p50Ms: limit, p95Ms: limit, requests: 0, cpuMsPerRequest: Number.NaN, wireBytes: 0, htmlBytes: 0, rscBytes: 0 };
  try {
    timing.coldMs = (await get()).ms;
    for (let i = 1; i < WARMUPS; i++) await get();
    const sample = await get(true);
    timing.wireBytes = sample.wireBytes;
    timing.htmlBytes = sample.body!.length;
    timing.rscBytes = rscPayloadBytes(sample.body!.toString('utf8'));

    const times: number[] = [];
    const deadline = performance.now() + PAGE_BUDGET_SECONDS * 1000;
    const cpuBefore = cpuMs(serverPids);
    while (times.length < TIMED_REQUESTS && performance.now() < deadline) times.push((await get()).ms);
    Object.assign(timing, {
      p50Ms: percentile(times, 50),
      p95Ms: percentile(times, 95),
      requests: times.length,
      cpuMsPerRequest: (cpuMs(serverPids) - cpuBefore) / times.length,
    });
  } catch (error) {
    if (!(error instanceof RequestTimeout)) throw error;
    timing.timedOut = true;
  }
  return timing;
}
