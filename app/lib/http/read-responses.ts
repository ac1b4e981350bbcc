import { createHash } from 'node:crypto';

/*
 * The answers of the read API (GET /api/…): JSON with a strong ETag, a 304
 * when the client already holds it, the same caching and CORS headers on
 * every answer, a 400 that says what to fix, and the CORS preflight.
 *
 * Caching: `no-cache` with an ETag, not a max-age. A reader must see a
 * figure the moment an editor saves it (the dashboard does), and a max-age
 * would let any cache hand out the old answer for that long. `no-cache` lets
 * a browser or a CDN keep the answer but ask each time; the question is one
 * `If-None-Match`, and an unchanged answer costs a 304 without a body.
 *
 * CORS: any site may read (GET, HEAD), with `*` and never a credential, so a
 * page elsewhere can never read with an editor's cookie. Since the answer's
 * CORS headers are the same whatever the Origin, no `Vary: Origin` is needed;
 * `Vary: Accept-Encoding` keeps a compressed copy from reaching a client that
 * did not ask for one. Writes are untouched: the preflight allows GET only,
 * and every write route refuses another site's page itself (same-origin.ts).
 */

export const READ_CORS_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Access-Control-Allow-Origin': '*',
  // What a script on another site may read besides the CORS-safelisted headers.
  'Access-Control-Expose-Headers': 'ETag, Link',
});

export const READ_CACHE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Cache-Control': 'no-cache',
  Vary: 'Accept-Encoding',
});

const JSON_TYPE = 'application/json; charset=utf-8';

/** A strong entity tag naming `parts` (a body, or a revision and a query when the body is streamed). */
export function entityTag(...parts: string[]): string {
  return `"${createHash('sha256').update(parts.join('\n')).digest('base64url').slice(0, 27)}"`;
}

/**
 * Whether the request's If-None-Match names `tag`: a list of tags, `*`, or
 * weak ones (W/"…"), compared weakly as RFC 9110 asks for If-None-Match.
 */
export function clientHolds(request: Request, tag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => bare(t) === bare(tag));
}

/** Every header a read answer carries, its ETag included: a 304 must carry what its 200 would. */
export function readHeaders(tag: string, extra: Record<string, string> = {}): Record<string, string> {
  return { ...READ_CORS_HEADERS, ...READ_CACHE_HEADERS, ETag: tag, ...extra };
}

/** The 304 for a client that holds `tag`, or null when it must be sent the answer. */
export function notModified(request: Request, tag: string): Response | null {
  return clientHolds(request, tag) ? new Response(null, { status: 304, headers: readHeaders(tag) }) : null;
}

/**
 * A JSON answer tagged by its own bytes, or a 304 when the client holds them.
 * `headers` adds to it (a Link to the next page).
 */
export function jsonRead(request: Request, value: unknown, headers: Record<string, string> = {}): Response {
  const body = JSON.stringify(value);
  const tag = entityTag(body);
  return notModified(request, tag) ?? new Response(body, { headers: readHeaders(tag, { 'Content-Type': JSON_TYPE, ...headers }) });
}

/** A read that failed for a reason of the request or of the server: `{ error, problems? }`, never cached, readable by any site. */
export function readError(status: number, error: string, problems: string[] = [], headers: Record<string, string> = {}): Response {
  const body = JSON.stringify({ error, ...(problems.length ? { problems } : {}) });
  return new Response(body, { status, headers: { ...READ_CORS_HEADERS, 'Cache-Control': 'no-store', 'Content-Type': JSON_TYPE, ...headers } });
}

/** The 400 for parameters that are not understood: each problem says which one and what it takes. */
export function badParameters(problems: string[]): Response {
  return readError(400, 'Some parameters are not understood: fix or remove them.', problems);
}

/**
 * The answer to a CORS preflight (OPTIONS) on a read endpoint: GET from any
 * site, with If-None-Match (not a safelisted header, so a page that sends it
 * asks first). No write method is allowed here, so a page on another site
 * cannot send a JSON write to a route that shares the path.
 */
export function readPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      ...READ_CORS_HEADERS,
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Max-Age': '86400',
    },
  });
}
