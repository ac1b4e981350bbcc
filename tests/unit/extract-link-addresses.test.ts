import { describe, expect, it, vi } from 'vitest';
import { blockedRange } from '../../app/lib/extract/link/addresses';
import { resolveForFetch, type HostLookup } from '../../app/lib/extract/link/resolve';

// Which addresses a pasted link may make the server connect to
// (app/lib/extract/link/addresses.ts, resolve.ts).

describe('the address ranges a link may not reach', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.254', 'shared'],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.10', 'reserved'],
    ['192.168.1.1', 'private'],
    ['198.18.0.1', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.9', 'reserved'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
  ])('refuses IPv4 %s (%s)', (address, range) => {
    expect(blockedRange(address)).toBe(range);
  });

  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'private'],
    ['ff02::1', 'multicast'],
    ['ff05::1:3', 'multicast'],
    ['2001:db8::1', 'reserved'],
    ['100::1', 'reserved'],
    ['2001::1', 'reserved'],
    ['::7f00:1', 'reserved'],
    ['64:ff9b:1::1', 'private'],
  ])('refuses IPv6 %s (%s)', (address, range) => {
    expect(blockedRange(address)).toBe(range);
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['0:0:0:0:0:ffff:7f00:0001', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:192.168.0.1', 'private'],
    ['::ffff:100.64.1.1', 'shared'],
    ['::ffff:0.0.0.0', 'unspecified'],
    ['64:ff9b::127.0.0.1', 'loopback'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:7f00:1::', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['[::ffff:127.0.0.1]', 'loopback'],
  ])('refuses %s, an IPv4 address in IPv6 form (%s)', (address, range) => {
    expect(blockedRange(address)).toBe(range);
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.215.14', '100.63.255.255', '100.128.0.1', '172.15.255.255', '172.32.0.1', '192.169.0.1', '2606:4700:4700::1111', '2001:4860:4860::8888', '2a00:1450:4001:82a::200e', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])(
    'lets a public address through: %s',
    (address) => {
      expect(blockedRange(address)).toBeNull();
    },
  );

  it('refuses what is not an address at all', () => {
    expect(blockedRange('example.org')).toBe('unspecified');
    expect(blockedRange('')).toBe('unspecified');
  });
});

describe('checking a link’s host before connecting', () => {
  const noDns: HostLookup = async () => {
    throw new Error('a literal address must not be looked up');
  };

  it.each([
    'http://127.0.0.1/',
    'http://2130706433/', // decimal
    'http://0x7f000001/', // hex
    'http://0x7f.0.0.1/',
    'http://0177.0.0.1/', // octal
    'http://127.1/', // short form
    'http://017700000001/',
    'http://0/',
    'http://[::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[0:0:0:0:0:ffff:127.0.0.1]:8080/admin',
    'http://169.254.169.254/latest/meta-data/',
    'http://[fe80::1]/',
    'https://10.0.0.1:8443/',
  ])('refuses %s without asking DNS', async (address) => {
    const result = await resolveForFetch(new URL(address), noDns, blockedRange);
    expect(result).toMatchObject({ ok: false, problem: { code: 'blocked-address' } });
  });

  it('checks every address a name has, and refuses it when any one is private', async () => {
    const lookup = vi.fn<HostLookup>(async () => [
      { address: '93.184.215.14', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ]);
    const result = await resolveForFetch(new URL('https://news.example/a'), lookup, blockedRange);
    expect(result).toEqual({ ok: false, problem: { code: 'blocked-address', host: 'news.example, 10.0.0.7', range: 'private' } });
    expect(lookup).toHaveBeenCalledWith('news.example');
  });

  it('refuses a name that resolves to loopback (localhost, or a DNS record pointing home)', async () => {
    const lookup: HostLookup = async () => [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }];
    expect(await resolveForFetch(new URL('http://localhost:3000/'), lookup, blockedRange)).toMatchObject({ ok: false, problem: { range: 'loopback' } });
  });

  it('answers the first checked address, to connect to that one and no other', async () => {
    const lookup: HostLookup = async () => [
      { address: '2606:4700::6810:84e5', family: 6 },
      { address: '104.16.132.229', family: 4 },
    ];
    expect(await resolveForFetch(new URL('https://news.example/a'), lookup, blockedRange)).toEqual({ ok: true, target: { address: '2606:4700::6810:84e5', family: 6 } });
  });

  it('says when a host does not exist', async () => {
    const lookup: HostLookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await resolveForFetch(new URL('https://no-such-site.example/'), lookup, blockedRange)).toEqual({ ok: false, problem: { code: 'no-such-host', host: 'no-such-site.example' } });
  });

  it('lets every address through when the policy allows private ones (EXTRACT_ALLOW_PRIVATE=1, for tests)', async () => {
    expect(await resolveForFetch(new URL('http://127.0.0.1:9/'), noDns, () => null)).toEqual({ ok: true, target: { address: '127.0.0.1', family: 4 } });
  });
});
