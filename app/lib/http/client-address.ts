import 'server-only';
import { headers } from 'next/headers';

/**
 * The header scripts/server.mjs sets on every request before Next sees it: the
 * socket's address, or with TRUST_PROXY=n the n-th address from the right of
 * X-Forwarded-For. The server deletes any value the client sent, so unlike
 * X-Forwarded-For it cannot be chosen by the client.
 */
export const CLIENT_ADDRESS_HEADER = 'x-tradewatch-client';

/**
 * Who sent this request, for throttles. "unknown" when the app runs without
 * scripts/server.mjs (e.g. `next dev`): every client then shares one key,
 * which fails closed rather than trusting a header the client chose.
 */
export async function clientAddress(): Promise<string> {
  const value = (await headers()).get(CLIENT_ADDRESS_HEADER)?.trim();
  return value ? value : 'unknown';
}
