import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDashboard, type DashboardView } from '../../app/lib/data/dashboard';
import type { View } from '../../app/lib/dashboard/view';
import { renderChartPng } from '../../app/lib/publish/chart-image/render-png';
import { renderChartSvg } from '../../app/lib/publish/chart-image/render-svg';
import { readImageQuery } from '../../app/lib/publish/chart-image/image-query';
import { cacheControl } from '../../app/lib/publish/chart-image/image-response';
import { todayIso } from '../../app/lib/domain/dates';
import { formatDate } from '../../app/lib/domain/format';
import { useTempAppDatabase } from '../support/app-database';
import { saveOne, validInput } from '../support/valid-input';

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeAll(async () => {
  temp = await useTempAppDatabase();
});
afterAll(() => temp.dispose());

const SEEDED: View = { pair: { first: 'KAZ', second: 'AFG' }, flow: 'total', from: null, to: null };

async function seeded(changes: Partial<View> = {}): Promise<DashboardView> {
  const d = await getDashboard({ ...SEEDED, ...changes }, {});
  if (!d.view) throw new Error('the seed has no statements');
  return d;
}

/** The text of every <text> element (tspans joined), decoded, in document order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) =>
    m[1].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim().replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
  );
}

describe('the chart card as SVG', () => {
  it('is a standalone SVG document with the title, the headline and the sources footer', async () => {
    const d = await seeded();
    const svg = renderChartSvg(d);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630" viewBox="0 0 1200 630"/);
    const words = texts(svg);
    expect(words).toContain('Kazakhstan–Afghanistan: total trade');
    expect(words.join(' ')).toContain('Officials said trade would surpass $3B in 2023. It came in at $567.5M (unsourced): 19% of the target.');
    // Most-cited outlets first; the seed's $567.5M, $545.2M and $335.9M have no address and no quote.
    expect(words).toContain(`Sources: KabulNow, Kazinform, The Astana Times, Interfax (3 figures unsourced) · Tradewatch, ${formatDate(d.judgedOn)}`);
    expect(svg).toContain(`font-family="'Noto Sans', `);
  });

  it('draws one mark per group and joins the settled target to its outcome with its share', async () => {
    const d = await seeded();
    const svg = renderChartSvg(d);
    const marks = [...svg.matchAll(/data-group="([^"]+)"/g)].map((m) => m[1]);
    expect(marks).toEqual(d.chart.groups.map((g) => g.key));
    expect(marks).toHaveLength(7);
    expect(texts(svg)).toContain('19% of target');
    // The target's hedge ("more than $3B") is drawn beside its mark.
    expect(texts(svg)).toContain('>');
  });

  it('labels the value axis with the exact nice ticks, and the years in their middles', async () => {
    const words = texts(renderChartSvg(await seeded()));
    expect(words.filter((w) => w.startsWith('$'))).toEqual(['$0', '$1B', '$2B', '$3B']);
    expect(words.filter((w) => /^\d{4}$/.test(w))).toEqual(['2021', '2022', '2023', '2024', '2025']);
  });

  it('draws powers of ten with 2 and 5 times them on a log scale', async () => {
    const words = texts(renderChartSvg(await seeded({ scale: 'log' })));
    expect(words.filter((w) => w.startsWith('$'))).toEqual(['$100M', '$200M', '$500M', '$1B', '$2B', '$5B', '$10B']);
  });

  it('says "as of" the pinned date in the footer of a pinned view', async () => {
    const svg = renderChartSvg(await seeded({ asof: '2024-01-31' }));
    expect(texts(svg).at(-1)).toMatch(/· Tradewatch, as of 31 Jan 2024$/);
  });

  it('makes each mark a link to its statement with a tooltip when asked (the embed)', async () => {
    const d = await seeded();
    const svg = renderChartSvg(d, { links: true });
    const links = [...svg.matchAll(/<a href="\/statements\/(\d+)" target="_top"[^>]*><title>([^<]+)<\/title>/g)];
    expect(links.map((m) => Number(m[1]))).toEqual(d.chart.groups.map((g) => g.members[0].id));
    expect(links.find((m) => m[1] === '3')?.[2]).toBe('Projected 2023: more than $3B, stated 15 Apr 2023 by Serik Zhumangarin in KabulNow');
    expect(renderChartSvg(d)).not.toContain('<a ');
  });
});

describe('the chart card as PNG', () => {
  const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

  it('is a PNG of 1200×630, the Open Graph size', async () => {
    const png = await renderChartPng(renderChartSvg(await seeded()));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(size(png)).toEqual({ width: 1200, height: 630 });
  });

  it('draws a pair whose speaker was pasted with a control character XML forbids', async () => {
    // A pair of its own, so the seeded pair the other tests draw is unchanged.
    const saved = await saveOne(temp.db, validInput({ economyA: 'MNG', economyB: 'KAZ', speaker: 'Vertical\u000Btab', outlet: 'Word\u000Cpasted' }));
    expect(saved.ok).toBe(true);
    for (const links of [false, true]) {
      const svg = renderChartSvg(await seeded({ pair: { first: 'MNG', second: 'KAZ' } }), { links });
      expect(svg).toContain('Word\uFFFDpasted');
      expect(size(await renderChartPng(svg))).toEqual({ width: 1200, height: 630 });
    }
  });

  it('scales to a width asked for, keeping the proportions', async () => {
    expect(size(await renderChartPng(renderChartSvg(await seeded()), 600))).toEqual({ width: 600, height: 315 });
  });
});

describe('how long an image may be cached', () => {
  const withAsof = (asof: string | null) => ({ view: { asof } }) as unknown as DashboardView;

  it('keeps a pinned past day for a day and revalidates it, and a live view or today’s pin for five minutes', () => {
    expect(cacheControl(withAsof('2024-01-31'))).toBe('public, max-age=86400, stale-while-revalidate=604800');
    expect(cacheControl(withAsof(todayIso()))).toBe('public, max-age=300');
    expect(cacheControl(withAsof(null))).toBe('public, max-age=300');
  });
});

describe('the image query', () => {
  const read = (query: string, width = true) => readImageQuery(new URL(`http://x/chart.png?${query}`), width);

  it('reads the dashboard’s own query and a width', () => {
    expect(read('pair=KAZ-AFG&flow=exports&scale=log&width=600')).toMatchObject({ view: { pair: { first: 'KAZ', second: 'AFG' }, flow: 'exports', scale: 'log' }, width: 600 });
  });

  it('refuses what it cannot read, saying how to fix it', () => {
    expect(read('pair=Narnia-AFG')).toEqual({ status: 400, message: 'Unknown pair “Narnia-AFG”. Use two ISO codes or names separated by a dash, e.g. pair=KAZ-AFG.\n' });
    expect(read('pair=KAZ-AFG&flow=sideways')).toMatchObject({ status: 400, message: expect.stringContaining('Use flow=total, exports, imports, balance') });
    expect(read('pair=KAZ-AFG&asof=2999-01-01')).toMatchObject({ status: 400, message: expect.stringContaining('Use asof=yyyy-mm-dd') });
    expect(read('pair=KAZ-AFG&width=99999')).toMatchObject({ status: 400, message: expect.stringContaining('from 300 to 2400') });
    expect(read('pair=KAZ-AFG&width=600', false)).toMatchObject({ status: 400 });
    expect(read(`pair=KAZ-AFG&x=${'a'.repeat(3000)}`)).toMatchObject({ status: 414 });
  });
});
