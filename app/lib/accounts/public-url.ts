import 'server-only';
import { headers } from 'next/headers';

/**
 * The site's address for links sent by email or chat (an invitation):
 * PUBLIC_URL when set, else the scheme and host this request came in on,
 * as scripts/server.mjs passed them (it drops forwarded headers it does not trust).
 */
export async function publicBaseUrl(): Promise<string> {
  const configured = process.env.PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  const h = await headers();
  const proto = h.get('x-forwarded-proto') === 'https' ? 'https' : 'http';
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost:3000';
  return `${proto}://${host}`;
}
