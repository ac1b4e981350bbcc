import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { blockedRange } from '../../app/lib/extract/link/addresses';
import { fetchPage, type FetchOptions } from '../../app/lib/extract/link/fetch-page';
import type { HostLookup } from '../../app/lib/extract/link/resolve';

// The server's fetch of a pasted link (app/lib/extract/link/fetch-page.ts),
// against a local HTTP server. The local server is on 127.0.0.1, so these
// tests allow that one address and hold every other to the real rules.

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const routes = new Map<string, Handler>();
const seen: { path: string; host: string | undefined }[] = [];
const closedEarly = new Set<string>();
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    seen.push({ path, host: req.headers.host });
    res.on('close', () => {
      if (!res.writableFinished) closedEarly.add(path);
    });
    (routes.get(path.split('?')[0]) ?? ((_q, r) => r.writeHead(404).end('not here')))(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const local = (path: string) => `http://127.0.0.1:${port}${path}`;
const html = (body: string, type = 'text/html; charset=utf-8'): Handler => (_req, res) => res.writeHead(200, { 'content-type': type }).end(body);

function options(overrides: Partial<FetchOptions> = {}): FetchOptions {
  return {
    timeoutMs: 5_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    // The test server's own address is allowed; every other address is held to the rules.
    policy: (address) => (address === '127.0.0.1' ? null : blockedRange(address)),
    lookup: async () => [{ address: '127.0.0.1', family: 4 }],
    ...overrides,
  };
}

describe('fetching a pasted link', () => {
  it('fetches a page and says where it ended up', async () => {
    routes.set('/article', html('<p>Trade reached $1 billion.</p>'));
    const result = await fetchPage(local('/article?utm=x'), options());
    expect(result).toMatchObject({ ok: true, page: { url: local('/article?utm=x'), type: 'text/html', charset: 'utf-8' } });
    if (result.ok) expect(result.page.body.toString()).toBe('<p>Trade reached $1 billion.</p>');
  });

  it('refuses anything but http and https before any connection', async () => {
    for (const address of ['ftp://127.0.0.1/a', 'file:///etc/passwd', 'javascript:alert(1)', 'gopher://x/', 'not a url', 'https://']) {
      expect(await fetchPage(address, options())).toEqual({ ok: false, problem: { code: 'not-web-address' } });
    }
  });

  it('refuses a private address with the real rules, without connecting', async () => {
    const before = seen.length;
    const result = await fetchPage(local('/article'), options({ policy: blockedRange }));
    expect(result).toEqual({ ok: false, problem: { code: 'blocked-address', host: '127.0.0.1', range: 'loopback' } });
    expect(seen.length).toBe(before);
  });

  it('connects to the address it checked, however DNS answers the next time (rebinding)', async () => {
    routes.set('/pinned', html('<p>pinned</p>'));
    const answers = [[{ address: '127.0.0.1', family: 4 as const }], [{ address: '10.0.0.1', family: 4 as const }]];
    const lookup = vi.fn<HostLookup>(async () => answers.shift() ?? []);
    const result = await fetchPage(`http://news.example:${port}/pinned`, options({ lookup }));
    expect(result.ok).toBe(true);
    // One lookup for the one hop: the socket is given the checked address, not a second answer.
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)).toEqual({ path: '/pinned', host: `news.example:${port}` });
  });

  describe('redirects', () => {
    it('follows up to five redirects, relative or absolute, re-checking each', async () => {
      for (let n = 1; n <= 5; n++) routes.set(`/hop${n}`, (_q, r) => r.writeHead(n % 2 ? 301 : 302, { location: n === 5 ? local('/end') : `/hop${n + 1}` }).end());
      routes.set('/end', html('<p>the end</p>'));
      const lookup = vi.fn<HostLookup>(async () => [{ address: '127.0.0.1', family: 4 }]);
      const result = await fetchPage(`http://news.example:${port}/hop1`, options({ lookup }));
      expect(result).toMatchObject({ ok: true, page: { url: local('/end') } });
      // Every hop to a name is looked up and checked again.
      expect(lookup).toHaveBeenCalledTimes(5);
    });

    it('refuses a sixth redirect', async () => {
      routes.set('/loop', (_q, r) => r.writeHead(307, { location: '/loop' }).end());
      expect(await fetchPage(local('/loop'), options())).toEqual({ ok: false, problem: { code: 'too-many-redirects', max: 5 } });
    });

    it.each([
      ['http://10.0.0.5/admin', 'private'],
      ['http://169.254.169.254/latest/meta-data/', 'link-local'],
      ['http://[::1]:8080/', 'loopback'],
      ['http://[::ffff:192.168.0.1]/', 'private'],
      ['http://2852039166/', 'link-local'], // 169.254.169.254 written as one number
    ])('refuses a redirect to %s', async (location, range) => {
      routes.set('/to-private', (_q, r) => r.writeHead(302, { location }).end());
      const result = await fetchPage(local('/to-private'), options({ policy: (a) => (a === '127.0.0.1' ? null : blockedRange(a)) }));
      expect(result).toMatchObject({ ok: false, problem: { code: 'blocked-address', range } });
    });

    it('refuses a redirect to a name that resolves to a private address', async () => {
      routes.set('/to-intranet', (_q, r) => r.writeHead(301, { location: 'http://intranet.example/' }).end());
      const lookup: HostLookup = async (host) => [{ address: host === 'intranet.example' ? '192.168.10.20' : '127.0.0.1', family: 4 }];
      expect(await fetchPage(local('/to-intranet'), options({ lookup }))).toMatchObject({ ok: false, problem: { code: 'blocked-address', host: 'intranet.example, 192.168.10.20' } });
    });

    it('refuses a redirect to another scheme', async () => {
      routes.set('/to-file', (_q, r) => r.writeHead(302, { location: 'file:///etc/passwd' }).end());
      expect(await fetchPage(local('/to-file'), options())).toEqual({ ok: false, problem: { code: 'bad-redirect', location: 'file:///etc/passwd' } });
    });
  });

  describe('the size cap', () => {
    it('stops reading past the cap when the page does not say its size', async () => {
      const chunk = 'x'.repeat(64 * 1024);
      let sent = 0;
      routes.set('/endless', (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => {
          // Far past the cap: a reader that did not stop would wait for all of it.
          if (sent >= 200 || res.destroyed) return clearInterval(timer), res.end();
          sent++;
          res.write(chunk);
        }, 1);
      });
      const result = await fetchPage(local('/endless'), options({ maxBytes: 256 * 1024 }));
      expect(result).toEqual({ ok: false, problem: { code: 'too-large', megabytes: 0.3 } });
      await new Promise((r) => setTimeout(r, 100));
      expect(closedEarly.has('/endless')).toBe(true);
      expect(sent).toBeLessThan(200);
    });

    it('refuses a page whose declared size is over the cap without reading it', async () => {
      routes.set('/declared', (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(6 * 1024 * 1024) });
        res.write('<p>');
      });
      expect(await fetchPage(local('/declared'), options())).toEqual({ ok: false, problem: { code: 'too-large', megabytes: 5 } });
    });

    it('counts the bytes after decompression, so a small gzip bomb is stopped', async () => {
      const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
      expect(bomb.length).toBeLessThan(100 * 1024);
      routes.set('/bomb', (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip', 'content-length': bomb.length }).end(bomb));
      expect(await fetchPage(local('/bomb'), options())).toEqual({ ok: false, problem: { code: 'too-large', megabytes: 5 } });
    });

    it('reads a gzip-compressed page', async () => {
      routes.set('/gzip', (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync('<p>compressed</p>')));
      const result = await fetchPage(local('/gzip'), options());
      expect(result.ok && result.page.body.toString()).toBe('<p>compressed</p>');
    });
  });

  describe('the timeout', () => {
    it('gives up on a site that does not answer', async () => {
      routes.set('/silent', () => {});
      const started = Date.now();
      expect(await fetchPage(local('/silent'), options({ timeoutMs: 300 }))).toEqual({ ok: false, problem: { code: 'timeout', seconds: 0.3 } });
      expect(Date.now() - started).toBeLessThan(3_000);
    });

    it('gives up on a page that trickles in, the deadline covering the whole body', async () => {
      routes.set('/trickle', (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => (res.destroyed ? clearInterval(timer) : res.write('<p>a</p>')), 50);
      });
      const started = Date.now();
      expect(await fetchPage(local('/trickle'), options({ timeoutMs: 400 }))).toMatchObject({ ok: false, problem: { code: 'timeout' } });
      expect(Date.now() - started).toBeLessThan(3_000);
    });

    it('gives up when DNS does not answer', async () => {
      const lookup: HostLookup = () => new Promise(() => {});
      expect(await fetchPage('https://slow-dns.example/', options({ timeoutMs: 200, lookup }))).toMatchObject({ ok: false, problem: { code: 'timeout' } });
    });
  });

  describe('what the page is', () => {
    it.each(['application/pdf', 'image/png', 'application/json', 'application/octet-stream', ''])('refuses %s', async (type) => {
      routes.set('/typed', (_q, res) => res.writeHead(200, type ? { 'content-type': type } : {}).end('%PDF-1.7'));
      expect(await fetchPage(local('/typed'), options())).toEqual({ ok: false, problem: { code: 'not-text', type } });
    });

    it('accepts plain text', async () => {
      routes.set('/plain', html('Trade reached $1 billion.', 'text/plain'));
      expect(await fetchPage(local('/plain'), options())).toMatchObject({ ok: true, page: { type: 'text/plain', charset: null } });
    });

    it.each([404, 403, 500, 304])('says what the site answered: %i', async (status) => {
      routes.set('/status', (_q, res) => res.writeHead(status, { 'content-type': 'text/html' }).end());
      expect(await fetchPage(local('/status'), options())).toEqual({ ok: false, problem: { code: 'site-error', status } });
    });

    it('says when nothing listens there', async () => {
      const closed = createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const deadPort = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      expect(await fetchPage(`http://127.0.0.1:${deadPort}/`, options())).toMatchObject({ ok: false, problem: { code: 'unreachable', host: '127.0.0.1' } });
    });
  });
});
