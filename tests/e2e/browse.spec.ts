import { readFile } from 'node:fs/promises';
import { expect, parseCsv, test } from './fixtures';

// Issue 16, item 1: the statements browser, as a reader uses it. Read-only:
// the seeded Kazakhstan–Afghanistan statements, and words no test adds.

const results = (page: import('@playwright/test').Page) => page.getByRole('table', { name: /Statements found/ });
const facets = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Facets' });

test.describe('the statements browser', () => {
  test('finds the KabulNow statement by a word of its quote, with the word marked', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search statements' }).fill('twofold');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/q=twofold/);
    await expect(page.getByRole('status')).toContainText('matching “twofold”');
    const rows = results(page).getByRole('row');
    await expect(rows.filter({ hasText: 'KabulNow' }).first()).toBeVisible();
    await expect(results(page).locator('mark').first()).toHaveText(/twofold/i);
    // Every row found is KabulNow's, and its date links to the statement's own page.
    await expect(facets(page).getByRole('region', { name: 'Outlet' }).getByRole('link')).toHaveText(['KabulNow']);
    await results(page).getByRole('link', { name: '15 Apr 2023' }).first().click();
    await expect(page).toHaveURL(/\/statements\/\d+$/);
  });

  test('narrows by a facet and back, and keeps every choice in the address', async ({ page }) => {
    await page.goto('/statements?q=Interfax');
    const status = page.getByRole('status');
    await expect(status).toContainText('matching “Interfax”');
    const found = Number((await status.textContent())!.match(/^([\d,]+) statement/)![1]);
    expect(found).toBeGreaterThanOrEqual(2);
    await expect(results(page).getByRole('row').filter({ hasText: 'Interfax' })).toHaveCount(found);

    await facets(page).getByRole('region', { name: 'Flow' }).getByRole('link', { name: 'exports' }).click();
    await expect(page).toHaveURL(/flow=exports/);
    await expect(page).toHaveURL(/q=Interfax/);
    await expect(status).toContainText('1 statement matching “Interfax” with the filters chosen');
    await page.getByRole('link', { name: 'Remove the flow filter' }).click();
    await expect(status).toContainText(`${found} statements matching “Interfax”`);
  });

  test('downloads exactly the rows it shows, as CSV, and the same rows as JSON', async ({ page, request }) => {
    await page.goto('/statements?speaker=serik-zhumangarin&sort=period&dir=asc');
    const shown = await results(page).getByRole('row').count();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV', exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^tradewatch-statements-serik-zhumangarin-.*\.csv$/);
    const { records } = parseCsv(await readFile(await download.path(), 'utf8'));
    // The header row of the table is one of its rows.
    expect(records.length).toBe(shown - 1);
    expect(records.every((r) => r.speaker === 'Serik Zhumangarin')).toBe(true);
    expect(records.map((r) => r.period_start)).toEqual([...records.map((r) => r.period_start)].sort());

    const json = (await (await request.get(await page.getByRole('link', { name: 'JSON', exact: true }).getAttribute('href') as string)).json()) as { statements: { id: number }[] };
    expect(json.statements.map((s) => String(s.id))).toEqual(records.map((r) => r.id));
  });

  test('says what it left out of an address it cannot read, and shows the rest', async ({ page }) => {
    await page.goto('/statements?flow=sideways&q=twofold');
    await expect(page.getByRole('alert').filter({ hasText: 'is not understood' })).toContainText('“flow=sideways” is not understood');
    await expect(page.getByRole('status')).toContainText('matching “twofold”');
  });

  test('leads from a missed target to its page, which carries the verdict as a ClaimReview', async ({ page }) => {
    await page.goto('/statements?speaker=serik-zhumangarin');
    await facets(page).getByRole('region', { name: 'Verdict of targets' }).getByRole('link', { name: 'missed' }).click();
    await expect(page.getByRole('status')).toContainText('1 statement with the filters chosen');
    await results(page).getByRole('link', { name: '15 Apr 2023' }).click();
    await expect(page).toHaveURL(/\/statements\/\d+$/);
    const review = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, any>;
    expect(review['@type']).toBe('ClaimReview');
    expect(review.reviewRating.alternateName).toBe('missed');
    expect(review.itemReviewed.author).toMatchObject({ '@type': 'Person', name: 'Serik Zhumangarin', jobTitle: expect.any(String) });
    expect(review.itemReviewed.datePublished).toBe('2023-04-15');
    expect(review.itemReviewed.appearance.url).toMatch(/^https:\/\/kabulnow\.com\//);
    expect(review.url).toBe(page.url());
  });
});
