import { randomInt } from 'node:crypto';
import { csvRowsFor, expect, test } from './fixtures';

// A pair no other test touches, given 30 years of reported figures and a
// target for each: more than one page of statements (50) and of targets (25).
const PAIR = 'MNG-LAO';
const YEARS = Array.from({ length: 30 }, (_, i) => 1996 + i);

test.describe('a pair with more statements than a page holds', () => {
  test.beforeAll(async ({ request }) => {
    if ((await csvRowsFor(request, PAIR)).length > 0) return;
    const tag = `${Date.now()}${randomInt(1e6)}`;
    for (const year of YEARS) {
      for (const kind of ['reported', 'projected'] as const) {
        const response = await request.post('/api/statements', {
          data: {
            economyA: 'Mongolia', economyB: 'LAO', flow: 'total', kind, period: String(year),
            valueText: `${kind === 'reported' ? 100 + year - 1996 : 300 + year - 1996} million dollars`,
            statementDate: kind === 'reported' ? `${year + 1}-02-01` : `${year - 1}-06-01`,
            sourceUrl: `https://example.org/long-view/${tag}`,
          },
        });
        expect(response.status(), await response.text()).toBe(201);
      }
    }
  });

  test('pages through the statements, newest first, keeping the view in the URL', async ({ page }) => {
    await page.goto(`/?pair=${PAIR}&flow=total`);
    const pages = page.getByRole('navigation', { name: 'Statement pages' });
    await expect(pages).toContainText('Page 1 of 2 (60 statements)');
    const table = page.getByRole('table', { name: 'Statements, newest first' });
    await expect(table.getByRole('row')).toHaveCount(51);
    const lastOnFirstPage = await table.getByRole('row').last().getByRole('cell').first().textContent();

    await pages.getByRole('link', { name: 'Older statements →' }).click();
    await expect(page).toHaveURL(/pair=MNG-LAO.*flow=total.*page=2/);
    await expect(pages).toContainText('Page 2 of 2 (60 statements)');
    await expect(table.getByRole('row')).toHaveCount(11);
    const firstOnSecondPage = await table.getByRole('row').nth(1).getByRole('cell').first().textContent();
    expect(firstOnSecondPage! <= lastOnFirstPage!).toBe(true);
  });

  test('counts every verdict and pages through the targets, newest period first', async ({ page }) => {
    await page.goto(`/?pair=${PAIR}&flow=total&page=2`);
    // Every target asked for 3× the reported figure: all missed.
    await expect(page.getByText('30 targets: 30 missed.', { exact: true })).toBeVisible();
    const targets = page.getByRole('table', { name: 'Targets against reported outcomes' });
    await expect(targets.getByRole('row')).toHaveCount(26);
    await expect(targets.getByRole('row').nth(1)).toContainText('2025');

    const pages = page.getByRole('navigation', { name: 'Target pages' });
    await pages.getByRole('link', { name: 'Older targets →' }).click();
    // The statements page is kept while the targets move on.
    await expect(page).toHaveURL(/page=2&targets=2#targets$/);
    await expect(pages).toContainText('Page 2 of 2 (30 targets)');
    await expect(targets.getByRole('row')).toHaveCount(6);
    await expect(targets.getByRole('row').last()).toContainText('1996');
  });
});
