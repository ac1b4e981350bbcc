import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { expect, fillStatementForm, test, uniqueFigure } from './fixtures';

const SEEDED_PAIRS = [
  'Kazakhstan–Afghanistan',
  'Russia–Afghanistan',
  'Afghanistan–Uzbekistan',
  'Pakistan–Afghanistan',
  'India–Russia',
  'China–Russia',
  'United States–China',
  'Nepal–India',
];

test.describe('every pair at a glance', () => {
  test('lists every seeded pair with a plain-language summary', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Every pair at a glance' }).click();
    await expect(page).toHaveURL(/\/pairs/);
    const table = page.getByRole('table', { name: 'Pairs with their latest figures and target record' });
    for (const pair of SEEDED_PAIRS) await expect(table.getByRole('link', { name: pair, exact: true })).toBeVisible();
    const kazakh = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Kazakhstan–Afghanistan', exact: true }) });
    await expect(kazakh).toContainText('1 target announced since 2023; 0 met; 2023 came in at 19% of target.');
    await expect(kazakh).toContainText('more than $3B for 2023: missed (reported $567.5M, 19%)');
    await expect(kazakh.getByRole('img', { name: /^Reported 2021 to 2024: \$474\.3M to \$545\.2M$/ })).toBeVisible();
  });

  test('filters by economy and sorts by a column', async ({ page }) => {
    await page.goto('/pairs');
    await page.getByLabel('Filter by economy').fill('Russia');
    await page.getByRole('button', { name: 'Filter' }).click();
    const table = page.getByRole('table', { name: 'Pairs with their latest figures and target record' });
    await expect(table.getByRole('link', { name: 'India–Russia', exact: true })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Kazakhstan–Afghanistan', exact: true })).toHaveCount(0);
    await table.getByRole('link', { name: /^Pair/ }).click();
    await expect(page).toHaveURL(/q=Russia.*sort=pair/);
    const names = await table.getByRole('row').locator('td:first-child a').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  test('opens a pair’s dashboard from its row', async ({ page }) => {
    await page.goto('/pairs');
    await page.getByRole('link', { name: 'India–Russia', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('India–Russia');
  });
});

test.describe('conflicting figures', () => {
  test('flags two reported figures for one period that differ by more than 5%', async ({ page }) => {
    const base = randomInt(300, 400);
    const first = uniqueFigure({ economyA: 'Turkmenistan', economyB: 'Afghanistan', period: '2022', valueText: `${base} million dollars` });
    const second = uniqueFigure({ economyA: 'Afghanistan', economyB: 'Turkmenistan', period: '2022', valueText: `${base * 2} million dollars` });
    for (const figure of [first, second]) {
      await page.goto('/statements/new');
      await fillStatementForm(page, figure);
      await page.getByRole('button', { name: 'Save figure' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toBeVisible();
    }
    await page.goto('/?pair=TKM-AFG&flow=total');
    const table = page.getByRole('table', { name: 'Statements, newest first' });
    await expect(table.getByText(`conflict: sources say $${base}M–$${base * 2}M`)).toHaveCount(2);

    await table.getByRole('row').filter({ hasText: first.outlet }).getByRole('link').first().click();
    await expect(page.getByText(`Sources disagree: figures for this period range from $${base}M to $${base * 2}M`)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Other reported figures for 2022' }).getByRole('row').filter({ hasText: second.speaker })).toContainText(`$${base * 2}M`);
  });

  test('marks the derived 2021 figure as consistent with the stated one', async ({ page }) => {
    await page.goto('/');
    const row = page.getByRole('table', { name: 'Statements, newest first' }).getByRole('row').filter({ hasText: 'a twofold rise from the year before' });
    await expect(row).toContainText('consistent with stated figures');
  });
});

test.describe('official statistics', () => {
  test('imports a UN Comtrade file and draws it as a third series, with both mirrors', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('CSV file').setInputFiles(join(process.cwd(), 'tests/fixtures/comtrade-kaz-afg.csv'));
    await page.getByRole('button', { name: 'Import' }).click();
    // Another spec may have imported some of the same figures first: every one is either added or already there.
    const imported = page.getByRole('status').filter({ hasText: 'Imported comtrade-kaz-afg.csv' });
    await expect(imported).toContainText(/\d official figures .*added, \d already present/);
    const [, added, present] = (await imported.textContent())!.match(/(\d) official figures .*added, (\d) already present/)!;
    expect(Number(added) + Number(present)).toBe(6);
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('2 rows left out');

    await page.goto('/?pair=KAZ-AFG&flow=exports');
    const key = page.getByRole('list', { name: 'Chart key' });
    await expect(key).toContainText('Official: Kazakhstan’s reported exports to Afghanistan (UN Comtrade): 2021 $455.1M, 2022 $940.3M, 2023 $547M');
    await expect(key).toContainText('Official: Afghanistan’s reported imports from Kazakhstan (mirror) (UN Comtrade): 2021 $498.7M, 2022 $1B');
  });

  test('imports nothing from a file with a bad row, and names the row', async ({ page }) => {
    await page.goto('/import');
    await page.getByLabel('CSV file').setInputFiles(join(process.cwd(), 'tests/fixtures/comtrade-bad-row.csv'));
    await page.getByRole('button', { name: 'Import' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await expect(alert).toContainText('Nothing was imported from comtrade-bad-row.csv: 1 problem');
    const problems = alert.getByRole('table', { name: 'Problems in comtrade-bad-row.csv' });
    await expect(problems.getByRole('row', { name: /^3 primaryValue “lots” is not a value in US dollars/ })).toBeVisible();
    await page.goto('/?pair=UZB-TJK&flow=exports');
    await expect(page.getByRole('list', { name: 'Chart key' })).not.toContainText('Official:');
  });
});
