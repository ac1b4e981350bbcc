import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, bodyLimitFor } from '../../app/lib/http/body-limits.js';
import { contentTypeRefusal } from '../../app/lib/http/content-type';
import { clientAddressOf, forwardedValue, requestFacts } from '../../app/lib/http/forwarded-request.js';
import { crossOriginProblem } from '../../app/lib/http/origin-check.js';
import { NOT_UTF8_MESSAGE, readFormBody, readJsonBody } from '../../app/lib/http/request-body';
import { crossOriginRefusal } from '../../app/lib/http/same-origin';

// Issue 11, items 3, 6 and 7: the guards every state-changing route handler
// and scripts/server.mjs put in front of the app.

const post = (headers: Record<string, string>, body?: BodyInit) => new Request('http://tradewatch.test/api/x', { method: 'POST', headers, body });

/** A body that never ends, and how much of it was pulled: the reader must stop at its cap. */
function endlessBody(chunkBytes: number) {
  const pulled = { bytes: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += chunkBytes;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
  return { stream, pulled };
}

describe('the same-origin check (item 7)', () => {
  const host = 'tradewatch.test';
  it('refuses a page on another site, another port of this host, and a hidden origin', () => {
    expect(crossOriginProblem({ origin: 'https://evil.example', fetchSite: null, host })).toMatch(/evil\.example/);
    expect(crossOriginProblem({ origin: 'http://tradewatch.test:8080', fetchSite: 'same-site', host })).toMatch(/Refused/);
    expect(crossOriginProblem({ origin: 'http://tradewatch.test:8080', fetchSite: null, host })).toMatch(/Refused/);
    expect(crossOriginProblem({ origin: 'null', fetchSite: null, host })).toMatch(/Origin: null/);
    expect(crossOriginProblem({ origin: null, fetchSite: 'cross-site', host })).toMatch(/Sec-Fetch-Site/);
  });

  it('lets through this site\'s own pages and clients that are not browser pages', () => {
    expect(crossOriginProblem({ origin: 'http://tradewatch.test', fetchSite: 'same-origin', host })).toBeNull();
    expect(crossOriginProblem({ origin: 'https://TradeWatch.test', fetchSite: null, host })).toBeNull();
    expect(crossOriginProblem({ origin: null, fetchSite: 'none', host })).toBeNull();
    expect(crossOriginProblem({ origin: null, fetchSite: null, host })).toBeNull();
  });

  it('answers a cross-origin request with a 403 and a JSON message', async () => {
    const refusal = crossOriginRefusal(post({ origin: 'https://evil.example', host: 'tradewatch.test' }));
    expect(refusal?.status).toBe(403);
    expect(((await refusal!.json()) as { error: string }).error).toMatch(/another site|evil/);
    expect(crossOriginRefusal(post({ origin: 'http://tradewatch.test', host: 'tradewatch.test' }))).toBeNull();
  });

  it('compares with the forwarded host, which the server leaves only behind a trusted proxy', () => {
    const behindProxy = post({ origin: 'https://tradewatch.example', host: '127.0.0.1:3000', 'x-forwarded-host': 'tradewatch.example' });
    expect(crossOriginRefusal(behindProxy)).toBeNull();
  });
});

describe('the content-type check (item 7)', () => {
  it('accepts JSON only where the route is JSON: text/plain and forms need no preflight', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const refusal = contentTypeRefusal(post({ 'content-type': type }), ['json']);
      expect(refusal?.status).toBe(415);
      expect(((await refusal!.json()) as { error: string }).error).toMatch(/application\/json/);
    }
    expect(contentTypeRefusal(post({ 'content-type': 'application/json; charset=utf-8' }), ['json'])).toBeNull();
    expect(contentTypeRefusal(post({}), ['json'])?.status).toBe(415);
  });
});

describe('the bounded body reader (item 3)', () => {
  it('refuses a Content-Length over the cap without reading a byte', async () => {
    const { stream, pulled } = endlessBody(64 * 1024);
    const request = new Request('http://t/x', { method: 'POST', headers: { 'content-length': String(200 * 1024 * 1024) }, body: stream, duplex: 'half' } as RequestInit);
    const read = await readJsonBody(request, 1024);
    expect(read.refusal?.status).toBe(413);
    // The stream starts one pull on its own; nothing past that is asked for.
    expect(pulled.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('stops a body sent without a length as soon as it passes the cap', async () => {
    const { stream, pulled } = endlessBody(16 * 1024);
    const request = new Request('http://t/x', { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    const read = await readJsonBody(request, 100 * 1024);
    expect(read.refusal?.status).toBe(413);
    expect(((await read.refusal!.json()) as { error: string }).error).toMatch(/over 100 KB/);
    expect(pulled.bytes).toBeLessThan(200 * 1024);
  });

  it('refuses bytes that are not UTF-8 instead of storing U+FFFD (item 12)', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"speaker": "Caf'), 0xe9, ...new TextEncoder().encode('"}')]);
    const read = await readJsonBody(post({ 'content-type': 'application/json' }, bytes), 1024);
    expect(read.refusal?.status).toBe(400);
    expect(((await read.refusal!.json()) as { error: string }).error).toBe(NOT_UTF8_MESSAGE);
    const form = await readFormBody(post({ 'content-type': 'application/x-www-form-urlencoded' }, 'speaker=Caf%E9'), 1024);
    expect(form.refusal?.status).toBe(400);
  });

  it('refuses JSON that is not an object, and reads one that is', async () => {
    for (const body of ['[1, 2]', '"text"', 'null', '12', '{"a": ']) {
      const read = await readJsonBody(post({ 'content-type': 'application/json' }, body), 1024, '{"password": "…"}');
      expect(read.refusal?.status, body).toBe(400);
    }
    const read = await readJsonBody(post({ 'content-type': 'application/json' }, '{"password": "Café ☕"}'), 1024);
    expect(read.body).toEqual({ password: 'Café ☕' });
    const form = await readFormBody(post({ 'content-type': 'application/x-www-form-urlencoded' }, 'speaker=Caf%C3%A9+%E2%98%95&x='), 1024);
    expect(form.body?.get('speaker')).toBe('Café ☕');
  });
});

describe('what the server reads from a request before Next does (items 3, 6, 14)', () => {
  const socket = { remoteAddress: '203.0.113.9' };
  it('keys the client on the socket, whatever X-Forwarded-For says, unless TRUST_PROXY is set', () => {
    expect(clientAddressOf('1.2.3.4', '203.0.113.9', 0)).toBe('203.0.113.9');
    expect(clientAddressOf('1.2.3.4, 198.51.100.7', '10.0.0.2', 1)).toBe('198.51.100.7');
    expect(clientAddressOf('1.2.3.4, 198.51.100.7, 10.0.0.1', '10.0.0.2', 2)).toBe('198.51.100.7');
    // Fewer entries than proxies: the proxies were bypassed, so the header is the client's own.
    expect(clientAddressOf('1.2.3.4', '203.0.113.9', 2)).toBe('203.0.113.9');
    expect(forwardedValue('https, http', 2)).toBe('https');
  });

  it('sees https only through a trusted proxy (for Strict-Transport-Security)', () => {
    const req = { method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'https', host: 'h' }, socket };
    expect(requestFacts(req, 0).https).toBe(false);
    expect(requestFacts(req, 1).https).toBe(true);
    expect(requestFacts({ ...req, socket: { ...socket, encrypted: true } }, 0).https).toBe(true);
  });

  it('caps each route by its path, and no other spelling gets a larger cap', () => {
    expect(bodyLimitFor('/api/session')).toBe(BODY_LIMITS.session);
    expect(bodyLimitFor('/api/statements/')).toBe(BODY_LIMITS.statements);
    expect(bodyLimitFor('/api/import')).toBe(BODY_LIMITS.import);
    expect(bodyLimitFor('/api/import/x')).toBe(BODY_LIMITS.other);
    expect(bodyLimitFor('/statements/new')).toBe(BODY_LIMITS.action);
    const facts = requestFacts({ method: 'POST', url: '/api/%73ession?x=1', headers: { 'content-length': '20000' }, socket }, 0);
    expect(facts).toMatchObject({ pathname: '/api/session', declaredLength: 20000, isWrite: true });
    expect(facts.declaredLength > bodyLimitFor(facts.pathname)).toBe(true);
  });
});
