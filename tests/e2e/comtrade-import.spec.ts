import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, seriousAccessibilityViolations, test } from './fixtures';

const sample = (name: string) => join(process.cwd(), 'tests/fixtures/comtrade', name);
const chartRegion = (page: Page) => page.getByRole('region', { name: /^Chart:/ });
/** The chart is loaded after the page: wait for its first mark, longer than for a plain element on a busy machine. */
const chartReady = (page: Page) => expect(chartRegion(page).getByRole('link').or(chartRegion(page).getByRole('button')).first()).toBeVisible({ timeout: 15_000 });

async function importFile(page: Page, name: string) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('CSV file').setInputFiles(sample(name));
  await page.getByRole('button', { name: 'Import' }).click();
}

// Another test of the run may have imported some of these figures first, so the counts say what was kept, not only what was added.
test.describe('importing a real UN Comtrade download', () => {
  test('keeps the whole-trade rows of both sides, counts the rest by reason, and draws each side’s total', async ({ page }) => {
    await importFile(page, 'comtrade-plus-kaz-afg-2023.csv');
    const report = page.getByRole('status').filter({ hasText: 'Imported comtrade-plus-kaz-afg-2023.csv' });
    await expect(report).toContainText('(UN Comtrade: Comtrade+ columns): 17 rows read; 4 kept');
    await expect(report).toContainText(
      '13 rows left out: 3 not whole trade (commodity), 3 partner World, 2 not whole trade (mode of transport), 1 not whole trade (second partner), 1 re-exports (part of exports), 1 partner not a single economy, 1 not whole trade (customs procedure), 1 re-imports (part of imports).',
    );
    const reasons = report.getByRole('table', { name: 'Why rows of comtrade-plus-kaz-afg-2023.csv were left out' });
    await expect(reasons.getByRole('row')).toHaveCount(1 + 8);
    await expect(reasons.getByRole('row', { name: 'not whole trade (commodity) 3 line 3: commodity 10, not TOTAL' })).toBeVisible();
    await expect(reasons.getByRole('row', { name: 'partner not a single economy 1 line 10: partner 899 (Areas, nes) is not a single economy' })).toBeVisible();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.goto('/?pair=KAZ-AFG&flow=total');
    await chartReady(page);
    const key = page.getByRole('list', { name: 'Chart key' });
    // Kazakhstan's exports $547.02M + imports $20.48M, and Afghanistan's imports $612.34M + exports $23.15M.
    await expect(key).toContainText(/Official: total trade as reported by Kazakhstan: exports \+ imports \(UN Comtrade\): (2022 \$987\.9M, )?2023 \$567\.5M/);
    await expect(key).toContainText('Official: total trade as reported by Afghanistan: exports + imports (UN Comtrade): 2023 $635.5M');
    const square = chartRegion(page).getByRole('button', { name: /^Official: total trade as reported by Afghanistan: exports \+ imports, 2023: \$635\.5M/ });
    // From the keyboard: the two sides' 2023 squares sit close together, and Kazakhstan's, drawn later, takes the pointer.
    await square.focus();
    await expect(page.getByRole('tooltip')).toContainText('Source: UN Comtrade');
    await expect(page.getByRole('tooltip')).toContainText('$635.5M in 2023');
  });

  test('reads a monthly file month by month', async ({ page }) => {
    await importFile(page, 'comtrade-plus-kgz-uzb-2023-monthly.csv');
    const report = page.getByRole('status').filter({ hasText: 'Imported comtrade-plus-kgz-uzb-2023-monthly.csv' });
    await expect(report).toContainText('30 rows read; 20 kept');
    await expect(report).toContainText('10 rows left out: 5 not whole trade (commodity), 5 partner World.');
  });

  test('reads a tab-separated bulk file that names economies by number only', async ({ page }) => {
    await importFile(page, 'comtrade-plus-bulk-2022.txt');
    const report = page.getByRole('status').filter({ hasText: 'Imported comtrade-plus-bulk-2022.txt' });
    await expect(report).toContainText('(UN Comtrade: Comtrade+ columns, tab-separated): 7 rows read; 4 kept');
    await expect(report).toContainText('1 partner is the reporter itself');
  });

  test('refuses a file that gives one figure two values, naming both lines', async ({ page }) => {
    await importFile(page, 'comtrade-plus-two-releases.csv');
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await expect(alert).toContainText('Nothing was imported from comtrade-plus-two-releases.csv: 1 problem');
    const problems = alert.getByRole('table', { name: 'Problems in comtrade-plus-two-releases.csv' });
    await expect(problems.getByRole('row', { name: /^5 primaryValue Line 3 already gives Afghanistan’s reported imports from Kazakhstan for 2023 as \$612,340,000; this row says \$615,870,000/ })).toBeVisible();
  });
});
