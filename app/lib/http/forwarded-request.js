// What scripts/server.mjs needs to know about a request before Next sees it,
// from the socket and, only when TRUST_PROXY names how many proxies stand in
// front, from their X-Forwarded-* headers. Pure, so that it can be tested.

/**
 * The value the outermost of `trusted` proxies wrote into a comma-separated
 * X-Forwarded-* header: each proxy appends what it saw, so it is the
 * `trusted`-th entry from the right. With fewer entries than proxies the
 * request did not come through all of them and the leftmost is the best guess.
 * @param {string | string[] | undefined} header
 * @param {number} trusted
 * @returns {string | undefined}
 */
export function forwardedValue(header, trusted) {
  const entries = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (entries.length === 0 || trusted < 1) return undefined;
  return entries[Math.max(0, entries.length - trusted)];
}

/**
 * The client's address: the socket's, or with `trusted` proxies the address
 * the outermost one saw connecting (and the socket's when X-Forwarded-For
 * holds fewer entries than there are proxies, i.e. they were bypassed).
 * @param {string | string[] | undefined} forwardedFor
 * @param {string | undefined} socketAddress
 * @param {number} trusted
 * @returns {string}
 */
export function clientAddressOf(forwardedFor, socketAddress, trusted) {
  const socket = socketAddress || 'unknown';
  if (trusted < 1) return socket;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return entries.length >= trusted ? entries[entries.length - trusted] : socket;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined>, socket: { remoteAddress?: string, encrypted?: boolean } }} req
 * @param {number} trusted how many proxies stand in front (TRUST_PROXY), 0 for none
 */
export function requestFacts(req, trusted) {
  let pathname = '/';
  try {
    pathname = new URL(req.url ?? '/', 'http://server.invalid').pathname;
    pathname = decodeURIComponent(pathname);
  } catch {
    // An undecodable path is matched as written, and gets the smallest cap.
  }
  const proto = trusted > 0 ? forwardedValue(req.headers['x-forwarded-proto'], trusted) : undefined;
  const host = trusted > 0 ? forwardedValue(req.headers['x-forwarded-host'], trusted) : undefined;
  const declared = Number(req.headers['content-length']);
  return {
    pathname,
    clientAddress: clientAddressOf(req.headers['x-forwarded-for'], req.socket.remoteAddress, trusted),
    https: Boolean(req.socket.encrypted) || proto?.toLowerCase() === 'https',
    publicHost: host ?? (typeof req.headers.host === 'string' ? req.headers.host : null),
    declaredLength: Number.isFinite(declared) ? declared : 0,
    isWrite: WRITE_METHODS.has((req.method ?? 'GET').toUpperCase()),
  };
}
