import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodePage } from '../../app/lib/extract/link/charset';
import { publicationDay, readPageMetadata } from '../../app/lib/extract/link/page-metadata';
import { readPage } from '../../app/lib/extract/link/read-page';
import { MAX_TEXT_LENGTH } from '../../app/lib/extract';

// The provenance a page declares (page-metadata.ts) and the article Readability
// finds in it (read-page.ts), on saved pages of our own (tests/fixtures/articles).

const fixture = (name: string) => {
  const bytes = readFileSync(join(process.cwd(), 'tests/fixtures/articles', name));
  return decodePage(bytes, 'text/html', null).text;
};
const metadata = (head: string, body = '', url = 'https://news.example/story') =>
  readPageMetadata(parseHTML(`<html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, url);

describe('the metadata a page declares', () => {
  it('reads Open Graph, article: tags, the author meta and the canonical link', () => {
    expect(
      metadata(`<meta property="og:title" content="Trade talks  end"><meta property="og:site_name" content="The Daily">
        <meta property="article:published_time" content="2024-03-05T23:30:00-05:00"><meta name="author" content="By Ana Pérez">
        <link rel="canonical" href="/story/trade-talks">`),
    ).toEqual({ title: 'Trade talks end', siteName: 'The Daily', published: '2024-03-05', author: 'Ana Pérez', canonical: 'https://news.example/story/trade-talks' });
  });

  it('reads JSON-LD: headline, datePublished, author names and publisher, also inside @graph and by @id', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'p', datePublished: '2020-01-01' },
        { '@type': 'NewsArticle', headline: 'Exports rise', datePublished: '2023-07-14T10:00:00Z', author: [{ '@id': '#a' }, { name: 'Li Wei' }], publisher: { '@id': '#org' } },
        { '@type': 'Person', '@id': '#a', name: 'Ana Pérez' },
        { '@type': 'Organization', '@id': '#org', name: 'Gulf Trade Daily' },
      ],
    };
    expect(metadata(`<script type="application/ld+json">${JSON.stringify(graph)}</script>`)).toEqual({
      title: 'Exports rise', siteName: 'Gulf Trade Daily', published: '2023-07-14', author: 'Ana Pérez, Li Wei', canonical: null,
    });
  });

  it('reads a JSON-LD array, a plain author string, and skips a script that is not JSON', () => {
    const list = [{ '@type': 'BreadcrumbList' }, { '@type': 'Article', author: 'Sokha Chan', datePublished: '2024-01-18' }];
    const head = `<script type="application/ld+json">{ not json</script><script type="application/ld+json">${JSON.stringify(list)}</script>`;
    expect(metadata(head)).toMatchObject({ author: 'Sokha Chan', published: '2024-01-18' });
  });

  it('falls back to <time datetime>, the one in the article before any other', () => {
    expect(metadata('', '<header><time datetime="2025-01-01">Today</time></header><article><time datetime="2023-11-21T08:15:00-03:00">21 Nov</time></article>').published).toBe('2023-11-21');
    expect(metadata('', '<div><time datetime="2022-06-30">30 June 2022</time></div>').published).toBe('2022-06-30');
  });

  it('takes article:published_time before JSON-LD, and JSON-LD before <time>', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-02-02"}</script>`;
    expect(metadata(`<meta property="article:published_time" content="2023-01-01">${ld}`, '<time datetime="2023-03-03"></time>').published).toBe('2023-01-01');
    expect(metadata(ld, '<time datetime="2023-03-03"></time>').published).toBe('2023-02-02');
  });

  it('gives none where the page gives none, and takes no link for an author', () => {
    expect(metadata('<meta property="article:author" content="https://facebook.example/someone">')).toEqual({ title: null, siteName: null, published: null, author: null, canonical: null });
  });

  it('takes no canonical address that is not a web address', () => {
    expect(metadata('<link rel="canonical" href="javascript:alert(1)">').canonical).toBeNull();
    expect(metadata('<meta property="og:url" content="https://news.example/a?id=1">').canonical).toBe('https://news.example/a?id=1');
  });
});

describe('publication dates as yyyy-mm-dd', () => {
  it.each([
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024-03-05', '2024-03-05'],
    ['2024/03/05 10:00', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00', '2024-03-05'],
  ])('%s → %s', (text, day) => {
    expect(publicationDay(text)).toBe(day);
  });

  it.each(['2024-02-30', 'yesterday', '3099-01-01', '1850-01-01', '', '12/03/2024'])('gives none for %j', (text) => {
    expect(publicationDay(text)).toBeNull();
  });
});

describe('the article in a saved page', () => {
  it('finds the article of a news page without its navigation, ads and footer, with its provenance', () => {
    const read = readPage({ body: fixture('caspian-ledger-georgia-armenia.html'), url: 'http://127.0.0.1:4000/caspian?utm_source=feed', type: 'text/html' });
    expect(read).toMatchObject({
      title: 'Georgia and Armenia push trade past $1.2 billion',
      outlet: 'The Caspian Ledger',
      published: '2024-03-12',
      author: 'Nino Beridze',
      url: 'https://caspianledger.example/business/2024/03/12/georgia-armenia-trade',
      truncated: false,
    });
    expect(read.text).toMatch(/^TBILISI — Trade between Georgia and Armenia reached \$1\.21 billion last year/);
    expect(read.text).toContain('“We agreed to raise bilateral trade to $2 billion by 2030,” Davitashvili told reporters');
    for (const outside of ['Subscribe', 'Brent $82.10', 'Kazakhstan exports to China', 'Pipeline repairs', 'All rights reserved', 'gtag', 'cookies']) expect(read.text).not.toContain(outside);
  });

  it('reads a page in windows-1252 with entities and a Yoast @graph', () => {
    const read = readPage({ body: fixture('rioplata-turkiye-uruguay.html'), url: 'https://rioplatareview.example/?p=48213', type: 'text/html' });
    expect(read).toMatchObject({
      title: 'Türkiye and Uruguay set sights on new trade deal',
      outlet: 'Río de la Plata Business Review',
      published: '2023-11-21',
      author: 'María José Fernández',
      url: 'https://rioplatareview.example/2023/11/turkiye-uruguay-trade-deal/',
    });
    expect(read.text).toContain('Trade between Türkiye and Uruguay reached $412 million in 2022, Uruguay’s foreign minister Omar Paganini said');
    expect(read.text).toContain('said José Luis Ferrés');
    for (const outside of ['Advertise with us', 'Recent Posts', 'Brazil and Chile study', 'Great news for the wool sector', 'Privacy Policy']) expect(read.text).not.toContain(outside);
  });

  it('falls back to the page’s address and host where the page names neither canonical address nor site', () => {
    const read = readPage({ body: '<html><head><title>Notice</title></head><body><p>Trade reached $1 billion.</p></body></html>', url: 'https://www.ministry.example/notice', type: 'text/html' });
    expect(read).toEqual({ title: 'Notice', outlet: 'ministry.example', published: null, author: null, url: 'https://www.ministry.example/notice', text: 'Trade reached $1 billion.', truncated: false });
  });

  it('reads plain text as it is, one paragraph per line', () => {
    const read = readPage({ body: 'Line one.\r\n\r\n\r\nLine   two.', url: 'https://x.example/a.txt', type: 'text/plain' });
    expect(read).toMatchObject({ text: 'Line one.\n\nLine two.', outlet: 'x.example', title: null });
  });

  it('keeps to the length the engine reads, cut at a paragraph', () => {
    const paragraph = `<p>${'Ministers met again and discussed roads. '.repeat(20)}</p>`;
    const read = readPage({ body: `<html><body><article>${paragraph.repeat(400)}</article></body></html>`, url: 'https://x.example/', type: 'text/html' });
    expect(read.truncated).toBe(true);
    expect(read.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(read.text.endsWith('roads.')).toBe(true);
  });

  it('reads a page too big for Readability as text, still with the metadata of its head', () => {
    const head = '<meta property="og:site_name" content="Big Site"><meta property="article:published_time" content="2024-05-01">';
    const body = `<div><span>x</span></div>`.repeat(6000) + '<p>Trade between Chile and Peru reached $4 billion in 2023.</p>';
    const started = Date.now();
    const read = readPage({ body: `<html><head>${head}</head><body>${body}</body></html>`, url: 'https://big.example/', type: 'text/html' });
    expect(read).toMatchObject({ outlet: 'Big Site', published: '2024-05-01' });
    expect(read.text).toContain('Trade between Chile and Peru reached $4 billion in 2023.');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('never runs the page’s scripts or loads what it links to', () => {
    const body = '<html><head><script>globalThis.__ran = true</script></head><body><img src="http://127.0.0.1:1/x" onerror="globalThis.__ran = true"><p>Text.</p></body></html>';
    readPage({ body, url: 'https://x.example/', type: 'text/html' });
    expect((globalThis as { __ran?: boolean }).__ran).toBeUndefined();
  });
});
