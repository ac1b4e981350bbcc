// The largest body each route accepts, in bytes. Plain JavaScript because
// scripts/server.mjs (which refuses bodies before Next reads them),
// next.config.js (Next's own server-action limit) and the route handlers all
// read it: one number per route, written once.

const KB = 1024;
const MB = 1024 * 1024;

export const BODY_LIMITS = Object.freeze({
  /** {"password": …}: passwords over 1 KB are refused, escaped JSON may take six bytes a character. */
  session: 16 * KB,
  /** The entry form's fields: a 10,000-character quote and short fields, escaped. */
  statements: 256 * KB,
  /** A pasted article of up to 200,000 characters (four bytes each at most) and its date and address. */
  extract: 2 * MB,
  /** The import page's 200 MB file (app/lib/import/limits.ts) and its multipart framing. */
  import: 201 * MB,
  /** A rates file (app/lib/import/rates-limits.ts, 20 MB) and its multipart framing. */
  rates: 21 * MB,
  /** Any server action (a form post to a page): the extraction page sends an article and its cards. */
  action: 4 * MB,
  /** Everything else: no other route reads a body. */
  other: 64 * KB,
});

/** Next's `serverActions.bodySizeLimit` takes a string; bytes.parse reads "4mb" as 4 × 1024². */
export const ACTION_BODY_LIMIT_TEXT = `${BODY_LIMITS.action / MB}mb`;

const ROUTE_LIMITS = new Map([
  ['/api/session', BODY_LIMITS.session],
  ['/api/statements', BODY_LIMITS.statements],
  ['/api/extract', BODY_LIMITS.extract],
  ['/api/import', BODY_LIMITS.import],
  ['/api/rates', BODY_LIMITS.rates],
]);

/**
 * The cap for a request to `pathname`. Paths are matched exactly (after one
 * trailing slash), so any spelling that reaches a route by another path gets
 * the smaller cap, never a larger one; the route's own reader caps it again.
 * @param {string} pathname
 * @returns {number}
 */
export function bodyLimitFor(pathname) {
  const path = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  const route = ROUTE_LIMITS.get(path);
  if (route !== undefined) return route;
  // Server actions post to the page they belong to; no other page takes a body.
  if (path.startsWith('/api/') || path === '/api' || path.startsWith('/_next/')) return BODY_LIMITS.other;
  return BODY_LIMITS.action;
}

/**
 * The words of a 413, the same from the server and from a route's reader.
 * @param {number} limit
 * @returns {string}
 */
export function tooLargeMessage(limit) {
  const size = limit >= MB ? `${Math.round(limit / MB)} MB` : `${Math.round(limit / KB)} KB`;
  return `The request body is over ${size}, the most this address accepts; nothing was read or saved.`;
}
