import { expect, test, todayIso } from './fixtures';

// The chart as a file, drawn on the server from the dashboard's own URL
// parameters: what a link preview, a newsletter or a slide shows.

const SEEDED = 'pair=KAZ-AFG&flow=total';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const onScreen = (iso: string) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test.describe('the chart as an image', () => {
  test('serves the seeded view as a 1200×630 PNG with a short cache and an entity tag', async ({ request }) => {
    const response = await request.get(`/chart.png?${SEEDED}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    expect(response.headers()['cache-control']).toBe('public, max-age=300');
    const png = await response.body();
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });

    const etag = response.headers().etag;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await request.get(`/chart.png?${SEEDED}`, { headers: { 'If-None-Match': etag } });
    expect(again.status()).toBe(304);
  });

  test('draws a PNG at the width asked for, keeping the card’s proportions', async ({ request }) => {
    const png = await (await request.get(`/chart.png?${SEEDED}&width=600`)).body();
    expect(pngSize(png)).toEqual({ width: 600, height: 315 });
    const tooWide = await request.get(`/chart.png?${SEEDED}&width=100000`);
    expect(tooWide.status()).toBe(400);
    expect(await tooWide.text()).toBe('The width must be a whole number of pixels from 300 to 2400, e.g. width=1200.\n');
  });

  test('a browser opens the PNG as a picture of the chart', async ({ page }) => {
    await page.goto(`/chart.png?${SEEDED}`);
    const size = await page.getByRole('img').evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
    expect(size).toEqual({ width: 1200, height: 630 });
  });

  test('serves the SVG with its title, headline and sources', async ({ request }) => {
    const response = await request.get(`/chart.svg?${SEEDED}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
    const svg = await response.text();
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"');
    expect(svg).toContain('Kazakhstan–Afghanistan: total trade');
    expect(svg).toContain('Officials said trade would surpass $3B in 2023.');
    expect(svg).toMatch(/Sources: KabulNow, Kazinform, [^<]*· Tradewatch, \d{1,2} \w{3} \d{4}/);
  });

  test('a pinned view says “as of” its date; pinned to today it may still change, so it is cached briefly', async ({ request }) => {
    // The run's database was seeded today, so today is the only day with a record to pin (a past day is a unit test's).
    const response = await request.get(`/chart.svg?${SEEDED}&asof=${todayIso()}`);
    expect(response.headers()['cache-control']).toBe('public, max-age=300');
    expect(await response.text()).toContain(`· Tradewatch, as of ${onScreen(todayIso())}`);
    const before = await request.get(`/chart.png?${SEEDED}&asof=2001-01-01`);
    expect(before.status()).toBe(404);
    expect(await before.text()).toContain('as of 2001-01-01: no statement matches this view. Try flow=total, another pair or a later asof date.');
  });

  test('refuses an unreadable pair with a message that says how to write one', async ({ request }) => {
    for (const path of ['/chart.png', '/chart.svg']) {
      const response = await request.get(`${path}?pair=Narnia-AFG&flow=total`);
      expect(response.status()).toBe(400);
      expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('Unknown pair “Narnia-AFG”. Use two ISO codes or names separated by a dash, e.g. pair=KAZ-AFG.\n');
    }
  });

  test('answers 404 in words for a pair with nothing to draw, and refuses an overlong address', async ({ request }) => {
    const empty = await request.get('/chart.png?pair=ISL-NZL&flow=total');
    expect(empty.status()).toBe(404);
    expect(await empty.text()).toMatch(/^Nothing to draw for Iceland–New Zealand: total trade: no statement matches this view\./);
    const long = await request.get(`/chart.png?${SEEDED}&note=${'x'.repeat(2100)}`);
    expect(long.status()).toBe(414);
  });
});
