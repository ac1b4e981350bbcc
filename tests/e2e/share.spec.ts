import { type Page } from '@playwright/test';
import { bodyRows, expect, fillStatementForm, parseCsv, statementsTable, test, uniqueFigure } from './fixtures';

// The dashboard's share panel, link preview tags and pinned views, at both sizes a reader uses.
const VIEW = '/?pair=KAZ-AFG&flow=total';

function sharePanel(page: Page) {
  return page.getByRole('region', { name: 'Share, cite or embed this view' });
}

/** Now to the second, as a pinned link writes it: what the record was before anything that follows. */
function pinnedNow(): string {
  return `${new Date().toISOString().slice(0, 19)}Z`;
}

for (const size of [{ name: 'desktop', width: 1280, height: 800 }, { name: 'phone', width: 390, height: 844 }]) {
  test.describe(`sharing a view on a ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, permissions: ['clipboard-read', 'clipboard-write'] });

    test('copies the link to the view to the clipboard and says so', async ({ page }) => {
      await page.goto(VIEW);
      const panel = sharePanel(page);
      await expect(panel.getByLabel('Link to this view')).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/\?pair=KAZ-AFG&flow=total$/);
      await panel.getByRole('button', { name: 'Copy link' }).click();
      await expect(panel.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(VIEW, page.url()).href);
    });

    test('cites the view with a link pinned to the second and the date it was read', async ({ page }) => {
      const before = Date.now();
      await page.goto(VIEW);
      const citation = await sharePanel(page).locator('p', { hasText: 'Tradewatch. “' }).textContent();
      const match = citation!.match(/^Tradewatch\. “Kazakhstan–Afghanistan: total trade, what was said and what happened\.” (http\S+asof=(\S+)Z)\. Accessed (.+)\.$/);
      expect(match, citation!).not.toBeNull();
      const pinnedAt = new Date(`${match![2]}Z`).getTime();
      expect(pinnedAt).toBeLessThanOrEqual(Date.now());
      expect(pinnedAt).toBeGreaterThan(before - 120_000);
      expect(match![3]).toBe(new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date()));
      await sharePanel(page).getByRole('button', { name: 'Copy citation' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
    });

    test('switches the embed code between the live and the pinned chart', async ({ page }) => {
      await page.goto(VIEW);
      const panel = sharePanel(page);
      const live = panel.getByRole('textbox', { name: 'Embed code (live)' });
      await expect(live).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?pair=KAZ-AFG&amp;flow=total" width="100%" height="520" title="Kazakhstan–Afghanistan trade: Tradewatch chart" loading="lazy" style="border:0"><\/iframe>$/);
      await expect(panel.getByRole('textbox', { name: /^Embed code \(pinned/ })).toBeHidden();
      await panel.getByRole('radio', { name: /^Pinned to/ }).check();
      await expect(live).toBeHidden();
      const pinned = panel.getByRole('textbox', { name: /^Embed code \(pinned/ });
      await expect(pinned).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/embed\?pair=KAZ-AFG&amp;flow=total&amp;asof=\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z"/);
      await panel.getByRole('button', { name: 'Copy embed code' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await pinned.inputValue());
    });

    test('offers the chart as PNG and SVG and the statements and targets as CSV, for this view', async ({ page }) => {
      await page.goto(`${VIEW}&from=2020`);
      const panel = sharePanel(page);
      const query = 'pair=KAZ-AFG&flow=total&from=2020';
      await expect(panel.getByRole('link', { name: 'Chart image (PNG)' })).toHaveAttribute('href', `/chart.png?${query}`);
      await expect(panel.getByRole('link', { name: 'Chart image (SVG)' })).toHaveAttribute('href', `/chart.svg?${query}`);
      await expect(panel.getByRole('link', { name: 'Statements (CSV)' })).toHaveAttribute('href', `/statements.csv?${query}`);
      const targets = await page.request.get((await panel.getByRole('link', { name: /^Targets with verdicts/ }).getAttribute('href'))!);
      expect(targets.headers()['content-type']).toBe('text/csv; charset=utf-8');
      const { records } = parseCsv(await targets.text());
      expect(records.find((r) => r.target_id === '3')).toMatchObject({ verdict: 'missed', outcome_value_usd: '567500000' });
    });
  });
}

test.describe('the link preview', () => {
  test('names the pair and shows the chart of the view', async ({ page }) => {
    await page.goto('/?pair=KAZ-AFG&flow=exports&from=2020');
    await expect(page).toHaveTitle('Kazakhstan’s exports to Afghanistan · Tradewatch');
    const meta = (key: string) => page.locator(`meta[property="${key}"], meta[name="${key}"]`).first();
    await expect(meta('og:title')).toHaveAttribute('content', 'Kazakhstan’s exports to Afghanistan');
    await expect(meta('og:image')).toHaveAttribute('content', /^http:\/\/127\.0\.0\.1:\d+\/chart\.png\?pair=KAZ-AFG&flow=exports&from=2020$/);
    await expect(meta('og:image:width')).toHaveAttribute('content', '1200');
    await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
    await page.goto(VIEW);
    await expect(meta('og:description')).toHaveAttribute('content', /^Officials said trade would surpass \$3B in 2023\. It came in at \$567\.5M/);
  });
});

test.describe('a pinned view', () => {
  test('leaves out a statement added after its moment, in the table and the CSV, while the live view has it', async ({ page }) => {
    // A save, four pages and four downloads.
    test.setTimeout(90_000);
    const asof = pinnedNow();
    // The moment must be over before the statement is saved: pinned instants are read to the second.
    await page.waitForTimeout(1100);
    const figure = uniqueFigure();
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Save figure' }).click();
    await expect(page).toHaveURL(/\/\?.*added=\d+/);
    await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible();

    const speakerRow = (p: Page) => bodyRows(statementsTable(p)).filter({ hasText: figure.speaker });
    await page.goto('/?pair=UZB-KAZ&flow=total');
    await expect(speakerRow(page)).toHaveCount(1);
    await page.goto(`/?pair=UZB-KAZ&flow=total&asof=${asof}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Uzbekistan–Kazakhstan');
    await expect(speakerRow(page)).toHaveCount(0);

    const csv = async (query: string) => parseCsv(await (await page.request.get(`/statements.csv?${query}`)).text()).records.filter((r) => r.speaker === figure.speaker);
    expect(await csv('pair=UZB-KAZ&flow=total')).toHaveLength(1);
    expect(await csv(`pair=UZB-KAZ&flow=total&asof=${asof}`)).toHaveLength(0);
  });
});
