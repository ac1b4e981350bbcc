import { viewQuery, type View } from '../dashboard/view';

/** A Host header worth echoing into a link: a name or address and a port, nothing that could carry a path. */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i;

/** PUBLIC_URL's origin, or null when it is unset or not an http(s) URL. */
function configuredOrigin(): string | null {
  const text = process.env.PUBLIC_URL?.trim();
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origin readers reach the site at, for the absolute URLs a link, a
 * citation, an embed code and a link preview need: PUBLIC_URL if set (the
 * one reliable answer behind a proxy or CDN), else the request's Host. The
 * X-Forwarded-Host and -Proto a proxy sets count only with TRUST_PROXY set,
 * as scripts/server.mjs treats them (it drops them otherwise).
 */
export function publicOrigin(headers: Headers): string {
  const configured = configuredOrigin();
  if (configured) return configured;
  const trusted = (Number.parseInt(process.env.TRUST_PROXY || '0', 10) || 0) > 0;
  const forwardedHost = trusted ? headers.get('x-forwarded-host')?.split(',')[0]?.trim() : undefined;
  const host = [forwardedHost, headers.get('host')?.trim()].find((h) => h && HOST.test(h)) ?? 'localhost';
  const https = trusted && headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
  return `${https ? 'https' : 'http'}://${host.toLowerCase()}`;
}

/** The absolute URL of a path with a view's query string. */
export function viewUrl(origin: string, path: string, view: View): string {
  return `${origin}${path}?${viewQuery(view)}`;
}
