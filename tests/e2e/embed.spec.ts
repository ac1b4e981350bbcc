import type { Page } from '@playwright/test';
import { expect, READER, test, todayIso } from './fixtures';

// Another site frames the chart: a news page on a different origin, served
// by the browser itself (page.route), with an iframe to this server. The test
// server is on 127.0.0.1, and Chromium lets a public site frame a loopback
// address only from a secure page that was granted local network access, so
// the story is https, granted it, and its frames allow it: what is left to
// refuse or allow a frame is the server's own frame policy.

test.use({ storageState: READER, permissions: ['local-network-access'] });

const HOST = 'https://other-site.test';
const EMBED = '/embed?pair=KAZ-AFG&flow=total';

/** Opens a story on the other site that frames `path` of Tradewatch. */
async function openStoryFraming(page: Page, baseURL: string, frames: Record<string, string>) {
  const iframes = Object.entries(frames).map(([title, path]) => `<iframe allow="local-network-access" title="${title}" src="${baseURL}${path}" width="820" height="640"></iframe>`).join('\n');
  await page.route(`${HOST}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="en"><title>A story</title><h1>Trade across the Amu Darya</h1>${iframes}</html>` }),
  );
  await page.goto(`${HOST}/story`);
}

test.describe('the embeddable chart', () => {
  test('shows the chart with its title, headline and sources inside a frame on another site', async ({ page, baseURL }) => {
    await openStoryFraming(page, baseURL!, { 'Trade chart': EMBED });
    const frame = page.getByTitle('Trade chart').contentFrame();
    await expect(frame.getByRole('heading', { level: 1, name: 'Kazakhstan–Afghanistan: total trade' })).toBeVisible();
    await expect(frame.getByText('Officials said trade would surpass $3B in 2023. It came in at $567.5M (unsourced): 19% of the target.')).toBeVisible();
    await expect(frame.getByText(/^Sources: KabulNow, Kazinform, .*· Tradewatch, \d{1,2} \w{3} \d{4}$/)).toBeVisible();
    await expect(frame.getByRole('group', { name: /^Kazakhstan–Afghanistan: total trade\./ })).toBeVisible();
    await expect(frame.getByRole('link', { name: 'Open the full dashboard on Tradewatch' })).toHaveAttribute('href', '/?pair=KAZ-AFG&flow=total');
  });

  test('the dashboard itself refuses to be framed by another site, while the embed beside it shows', async ({ page, baseURL }) => {
    const dashboard = page.waitForResponse((r) => r.url() === `${baseURL}/`);
    await openStoryFraming(page, baseURL!, { 'Trade chart': EMBED, 'Whole dashboard': '/' });
    const refused = await dashboard;
    expect(refused.headers()['x-frame-options']).toBe('DENY');
    expect(refused.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    // The embed in the same story has loaded, so the dashboard's frame has had as long and stays empty.
    await expect(page.getByTitle('Trade chart').contentFrame().getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => page.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    await expect(page.getByTitle('Whole dashboard').contentFrame().getByRole('heading', { name: /Kazakhstan–Afghanistan/ })).toHaveCount(0);
  });

  test('each point links to its own statement, opening it in the top window', async ({ page, baseURL, request }) => {
    await openStoryFraming(page, baseURL!, { 'Trade chart': EMBED });
    const frame = page.getByTitle('Trade chart').contentFrame();
    const points = frame.getByRole('group', { name: /^Kazakhstan–Afghanistan/ }).getByRole('link');
    await expect(points).toHaveCount(7);
    for (const point of await points.all()) {
      const [name, href] = [await point.getAttribute('aria-label'), await point.getAttribute('href')];
      expect(await point.getAttribute('target')).toBe('_top');
      // The figure the mark is drawn at, and where it was published, are on the statement it opens.
      const statement = await (await request.get(href!)).text();
      const [figure] = name!.match(/\$[\d.]+[MB]/)!;
      const outlet = name!.match(/ in ([^;,.]+)/)![1];
      expect(statement, `${href} for “${name}”`).toContain(figure);
      expect(statement, `${href} for “${name}”`).toContain(outlet);
    }
    await frame.getByRole('link', { name: 'Projected 2023: more than $3B, stated 15 Apr 2023 by Serik Zhumangarin in KabulNow' }).click();
    await expect(page).toHaveURL(`${baseURL}/statements/3`);
    await expect(page.getByText('more than $3B').first()).toBeVisible();
  });

  test('a pinned embed says which day it shows and links to the latest figures', async ({ page }) => {
    // The run's database was seeded today: today is the day with a record to pin.
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${todayIso()}T00:00:00Z`));
    await page.goto(`${EMBED}&asof=${todayIso()}`);
    await expect(page.getByText(`Pinned: the record as it stood on ${day}.`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'See the latest figures' })).toHaveAttribute('href', '/?pair=KAZ-AFG&flow=total');
    await expect(page.getByText(`· Tradewatch, as of ${day}`)).toBeVisible();
  });
});
