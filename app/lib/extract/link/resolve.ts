import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { type BlockedRange, blockedRange } from './addresses';
import type { LinkProblem } from './refusals';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Every address a host name resolves to (dns.lookup with all: true, so /etc/hosts counts too). */
export type HostLookup = (hostname: string) => Promise<ResolvedAddress[]>;

/** Why an address may not be fetched, or null when it may. */
export type AddressPolicy = (address: string) => BlockedRange | null;

export const systemLookup: HostLookup = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));

/**
 * The one address to connect to for a URL's host, after checking every address
 * the host has: a name with one public and one private address is refused, as
 * the connection could be steered to either. The caller connects to exactly the
 * address returned, so a second DNS answer (rebinding) cannot swap it.
 */
export async function resolveForFetch(
  url: URL,
  lookup: HostLookup,
  policy: AddressPolicy,
): Promise<{ ok: true; target: ResolvedAddress } | { ok: false; problem: LinkProblem }> {
  // WHATWG URL parsing has already turned 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1.
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  let addresses: ResolvedAddress[];
  if (literal) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await lookup(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME') return { ok: false, problem: { code: 'no-such-host', host } };
      return { ok: false, problem: { code: 'unreachable', host, detail: `DNS: ${code ?? String(error)}` } };
    }
  }
  if (addresses.length === 0) return { ok: false, problem: { code: 'no-such-host', host } };
  for (const { address } of addresses) {
    const range = policy(address);
    if (range) return { ok: false, problem: { code: 'blocked-address', host: literal ? host : `${host}, ${address}`, range } };
  }
  return { ok: true, target: addresses[0] };
}
