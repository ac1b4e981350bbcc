// Whether a state-changing request came from this site's own pages. Plain
// JavaScript because scripts/server.mjs checks server actions with it before
// Next does (Next answers a cross-origin action with a 500), and the route
// handlers check themselves with it too (app/lib/http/same-origin.ts).

/** Browsers set Sec-Fetch-Site themselves; "none" is the address bar or a bookmark. */
const OWN_FETCH_SITES = new Set(['same-origin', 'none']);

/**
 * Why this request must be refused as cross-origin, or null when it may go on.
 * A browser names the page that sent a POST in Origin and Sec-Fetch-Site, and
 * no page can forge either; a request with neither is not from a browser page
 * (curl, a script), so it carries only credentials its sender chose to send.
 * Another port of the same host is another origin: "same-site" is refused.
 * @param {{ origin: string | null | undefined, fetchSite: string | null | undefined, host: string | null | undefined }} request
 * @returns {string | null}
 */
export function crossOriginProblem({ origin, fetchSite, host }) {
  if (fetchSite && !OWN_FETCH_SITES.has(fetchSite.toLowerCase())) {
    return `Refused: this request was sent by a page on another site (Sec-Fetch-Site: ${fetchSite.slice(0, 20)}). Send it from this site's own pages.`;
  }
  if (origin === null || origin === undefined || origin === '') return null;
  let originHost;
  try {
    originHost = origin === 'null' ? null : new URL(origin).host;
  } catch {
    originHost = null;
  }
  if (originHost === null) return 'Refused: this request came from a page whose origin is hidden or not an address (Origin: null). Send it from this site\'s own pages.';
  if (!host || originHost.toLowerCase() !== host.toLowerCase()) {
    return `Refused: this request was sent by a page on ${origin.slice(0, 100)}, not on this site. Send it from this site's own pages.`;
  }
  return null;
}

/**
 * The host the browser sees, from request headers: scripts/server.mjs removes
 * X-Forwarded-Host unless TRUST_PROXY is set and then leaves one value, and
 * Next fills it in from Host otherwise, so it is trustworthy when present.
 * @param {{ get(name: string): string | null }} headers
 * @returns {string | null}
 */
export function publicHost(headers) {
  return headers.get('x-forwarded-host') ?? headers.get('host');
}
