import 'server-only';
import { headers } from 'next/headers';
import { publicOrigin } from '../publish/public-origin';

/**
 * The site's address for links sent by email or chat (an invitation): the
 * same origin share links use (PUBLIC_URL, else the request's Host, with
 * forwarded headers only behind a trusted proxy).
 */
export async function publicBaseUrl(): Promise<string> {
  return publicOrigin(await headers());
}
