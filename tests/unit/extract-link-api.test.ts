import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '../../app/api/extract/route';

// POST /api/extract with a link: the server fetches the page, reads its article
// in a worker, and answers the statements with the page's provenance. A local
// server serves saved pages; EXTRACT_ALLOW_PRIVATE=1 lets the server reach it,
// and without it the same address is refused.

const ARTICLES = join(process.cwd(), 'tests/fixtures/articles');
const hits: string[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/caspian') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(join(ARTICLES, 'caspian-ledger-georgia-armenia.html')));
    if (req.url === '/go/caspian') return res.writeHead(301, { location: '/caspian' }).end();
    if (req.url === '/undated') return res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><article><p>Trade between Chile and Peru reached $4 billion last year, officials said.</p></article></body></html>');
    res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
afterEach(() => {
  vi.unstubAllEnvs();
  hits.length = 0;
});

const send = async (body: unknown) => {
  const response = await POST(new Request('http://tradewatch.test/api/extract', { method: 'POST', headers: { host: 'tradewatch.test', 'content-type': 'application/json' }, body: JSON.stringify(body) }));
  return { status: response.status, json: await response.json() };
};

describe('POST /api/extract with a link', () => {
  it('refuses a private address without EXTRACT_ALLOW_PRIVATE, with a message saying what to do, and fetches nothing', async () => {
    vi.stubEnv('EXTRACT_ALLOW_PRIVATE', '');
    for (const address of [`${base}/caspian`, 'http://localhost:3000/', 'http://[::ffff:127.0.0.1]/', 'http://2130706433/', 'http://169.254.169.254/latest/meta-data/']) {
      const { status, json } = await send({ fetch: address });
      expect(status, address).toBe(400);
      expect(json.error, address).toMatch(/^That address \(.+\) is .+, which Tradewatch does not read; give the article’s public address or paste the article’s text instead\.$/);
    }
    expect(hits).toEqual([]);
  }, 30_000);

  it('reads the page and answers its statements with the article’s provenance, the statement date being its publication date', async () => {
    vi.stubEnv('EXTRACT_ALLOW_PRIVATE', '1');
    const { status, json } = await send({ fetch: `${base}/go/caspian` });
    expect(status).toBe(200);
    expect(json.article).toEqual({
      title: 'Georgia and Armenia push trade past $1.2 billion',
      outlet: 'The Caspian Ledger',
      published: '2024-03-12',
      author: 'Nino Beridze',
      url: 'https://caspianledger.example/business/2024/03/12/georgia-armenia-trade',
      text: expect.stringMatching(/^TBILISI — Trade between Georgia and Armenia reached \$1\.21 billion last year/),
    });
    expect(json.statementDate).toBe('2024-03-12');
    expect(json.statements[0]).toMatchObject({ economyA: 'GEO', economyB: 'ARM', kind: 'reported', value: 1.21e9, periodStart: '2023-01-01' });
    expect(hits).toEqual(['/go/caspian', '/caspian']);
  }, 30_000);

  it('reads a url given without text the same way, with the statement date given', async () => {
    vi.stubEnv('EXTRACT_ALLOW_PRIVATE', '1');
    const { status, json } = await send({ url: `${base}/caspian`, statementDate: '2025-01-10' });
    expect(status).toBe(200);
    expect(json.statementDate).toBe('2025-01-10');
    expect(json.statements[0]).toMatchObject({ periodStart: '2024-01-01' });
  }, 30_000);

  it('never fetches the url when the text is given: it is only the source’s address', async () => {
    vi.stubEnv('EXTRACT_ALLOW_PRIVATE', '1');
    const { status, json } = await send({ text: 'Trade between Chile and Peru reached $4 billion in 2023.', statementDate: '2024-02-01', url: `${base}/caspian` });
    expect(status).toBe(200);
    expect(json.article).toBeUndefined();
    expect(json.statements).toHaveLength(1);
    expect(hits).toEqual([]);
  }, 30_000);

  it('says to give a statement date when the page has none, and still answers the article', async () => {
    vi.stubEnv('EXTRACT_ALLOW_PRIVATE', '1');
    const { status, json } = await send({ fetch: `${base}/undated` });
    expect(status).toBe(422);
    expect(json.error).toMatch(/no publication date: type the statement date/);
    expect(json.article.text).toContain('Trade between Chile and Peru');
  }, 30_000);

  it('answers 4xx with a message for a page that is not there, a bad address, or text and a link at once', async () => {
    vi.stubEnv('EXTRACT_ALLOW_PRIVATE', '1');
    expect(await send({ fetch: `${base}/missing` })).toEqual({ status: 422, json: { error: expect.stringMatching(/^The site answered 404 \(not found\) instead of the page; check the address, or paste the article’s text instead\.$/) } });
    expect(await send({ fetch: 'ftp://example.org/a' })).toMatchObject({ status: 400, json: { error: expect.stringMatching(/starting with http:\/\/ or https:\/\//) } });
    expect(await send({ fetch: '' })).toMatchObject({ status: 400, json: { error: expect.stringMatching(/Give the address/) } });
    expect(await send({ fetch: 42 })).toMatchObject({ status: 400, json: { error: expect.stringMatching(/as a string in "fetch"/) } });
    expect(await send({ fetch: `${base}/caspian`, statementDate: '15/04/2023' })).toMatchObject({ status: 400 });
    expect(await send({ fetch: `${base}/caspian`, text: 'Trade rose.' })).toMatchObject({ status: 400, json: { error: expect.stringMatching(/not both/) } });
    expect(hits).toEqual(['/missing']);
  }, 30_000);
});
