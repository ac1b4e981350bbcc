import { isIP } from 'node:net';

// Which addresses a pasted link may lead the server to. A link is the editor's
// to choose, but the server makes the request, so an address that reaches the
// server itself or its network (a database, a cloud's metadata service, a
// router's admin page) is refused, whatever way it is written.

/** Why an address is not fetched, in the words the refusal uses. */
export type BlockedRange = 'private' | 'loopback' | 'link-local' | 'shared' | 'multicast' | 'unspecified' | 'reserved';

/** One IPv4 block: first address as a 32-bit number, prefix length, what it is. */
type V4Block = [number, number, BlockedRange];

const v4 = (dotted: string, prefix: number, range: BlockedRange): V4Block => [ipv4Number(dotted)!, prefix, range];

// IANA's special-purpose registry, the parts no news site is served from.
const V4_BLOCKS: V4Block[] = [
  v4('0.0.0.0', 8, 'unspecified'),
  v4('10.0.0.0', 8, 'private'),
  v4('100.64.0.0', 10, 'shared'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local'),
  v4('172.16.0.0', 12, 'private'),
  v4('192.0.0.0', 24, 'reserved'),
  v4('192.0.2.0', 24, 'reserved'),
  v4('192.168.0.0', 16, 'private'),
  v4('198.18.0.0', 15, 'reserved'),
  v4('198.51.100.0', 24, 'reserved'),
  v4('203.0.113.0', 24, 'reserved'),
  v4('224.0.0.0', 4, 'multicast'),
  v4('240.0.0.0', 4, 'reserved'),
];

/** The range an IP address (v4 or v6, as text) falls in, or null for an address on the public internet. */
export function blockedRange(address: string): BlockedRange | null {
  const plain = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(plain);
  if (family === 4) return v4Range(ipv4Number(plain)!);
  if (family === 6) return v6Range(ipv6Groups(plain)!);
  // Not an address at all: nothing to connect to, so nothing is allowed.
  return 'unspecified';
}

function v4Range(n: number): BlockedRange | null {
  for (const [start, prefix, range] of V4_BLOCKS) {
    const mask = prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0;
    if (((n & mask) >>> 0) === start) return range;
  }
  return null;
}

function v6Range(g: number[]): BlockedRange | null {
  const zeroUpTo = (end: number) => g.slice(0, end).every((x) => x === 0);
  // The last 32 bits as an IPv4 address, for the forms that carry one.
  const tail = ((g[6] << 16) | g[7]) >>> 0;
  if (zeroUpTo(8)) return 'unspecified';
  if (zeroUpTo(7) && g[7] === 1) return 'loopback';
  // ::ffff:a.b.c.d reaches a.b.c.d itself; ::a.b.c.d (long deprecated) routes nowhere public.
  if (zeroUpTo(5) && g[5] === 0xffff) return v4Range(tail);
  if (zeroUpTo(6)) return 'reserved';
  // NAT64 (64:ff9b::a.b.c.d) is translated to a.b.c.d by the network's gateway.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4Range(tail);
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'private';
  // 6to4 (2002:aabb:ccdd::) tunnels to the IPv4 address in its second and third groups.
  if (g[0] === 0x2002) return v4Range(((g[1] << 16) | g[2]) >>> 0);
  if (g[0] === 0x100 && g.slice(1, 4).every((x) => x === 0)) return 'reserved';
  // 2001::/23 holds Teredo and other protocol assignments; 2001:db8::/32 is for documentation.
  if (g[0] === 0x2001 && g[1] < 0x200) return 'reserved';
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'reserved';
  if ((g[0] & 0xfe00) === 0xfc00) return 'private';
  if ((g[0] & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0] & 0xffc0) === 0xfec0) return 'private';
  if ((g[0] & 0xff00) === 0xff00) return 'multicast';
  return null;
}

/** a.b.c.d as a 32-bit unsigned number, or null when it is not four decimal bytes. */
function ipv4Number(dotted: string): number | null {
  const parts = dotted.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** The eight 16-bit groups of an IPv6 address that isIP has accepted, with "::" and a dotted tail expanded. */
function ipv6Groups(text: string): number[] | null {
  let body = text.toLowerCase();
  const dotted = body.match(/(\d{1,3}(?:\.\d{1,3}){3})$/);
  if (dotted) {
    const n = ipv4Number(dotted[1]);
    if (n === null) return null;
    body = `${body.slice(0, -dotted[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, rest] = body.split('::');
  const left = head ? head.split(':') : [];
  const right = rest === undefined ? [] : rest ? rest.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (rest === undefined ? missing !== 0 : missing < 1) return null;
  const groups = [...left, ...Array(rest === undefined ? 0 : missing).fill('0'), ...right].map((h) => parseInt(h, 16));
  return groups.length === 8 && groups.every((x) => x >= 0 && x <= 0xffff) ? groups : null;
}
