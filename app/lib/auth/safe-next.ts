/**
 * Where to go after signing in: a path on this site, or the dashboard.
 * `next` comes from a link anyone can craft, so it is refused unless it stays
 * here however a browser reads it: browsers take `/\evil.example` and
 * `//evil.example` for another host, drop tabs and newlines, and a
 * percent-encoded variant (`/%5Cevil.example`, `%2F%2Fevil.example`) must not
 * become one of those after any number of decodings along the way.
 */
const FALLBACK = '/';
const LONGEST = 2000;
const DECODINGS = 3;
const BASE = 'http://tradewatch.invalid';

function staysHere(text: string): boolean {
  return text.startsWith('/') && !text.startsWith('//') && !/[\\\u0000-\u001f\u007f]/.test(text);
}

export function sameSitePath(value: unknown): string {
  if (typeof value !== 'string' || value.length > LONGEST) return FALLBACK;
  let text = value;
  for (let round = 0; ; round++) {
    if (!staysHere(text)) return FALLBACK;
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      return FALLBACK;
    }
    if (decoded === text) break;
    // Still changing after several decodings: nothing this site links to looks like that.
    if (round === DECODINGS) return FALLBACK;
    text = decoded;
  }
  const url = new URL(value, BASE);
  if (url.origin !== BASE) return FALLBACK;
  // The normalised form (dot segments resolved), so what is checked is what the browser gets.
  return `${url.pathname}${url.search}${url.hash}`;
}
