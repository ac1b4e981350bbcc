import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fillStatementForm, parseCsv, seriousAccessibilityViolations, test, uniqueFigure } from './fixtures';

// Official outcomes: each target beside what each side's statistics recorded.
// The samples are our own (tests/fixtures/official/). Kazakhstan–Afghanistan's
// 2023 figures agree with tests/fixtures/comtrade/, which another test may
// import first; Turkmenistan–Tajikistan is a pair no other test uses.

const sample = (name: string) => join(process.cwd(), 'tests/fixtures/official', name);

async function importFile(page: Page, name: string) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import' }).click();
  await page.getByLabel('CSV file').setInputFiles(sample(name));
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Imported ${name}` })).toBeVisible();
}

const targetsTable = (page: Page) => page.getByRole('table', { name: 'Targets against reported outcomes' });

test.describe('targets against official statistics', () => {
  test.describe.configure({ timeout: 60_000 });

  test('the seeded 2023 target shows both sides’ official totals once a file with both mirrors is imported', async ({ page }) => {
    await importFile(page, 'kaz-afg-2023-mirror.csv');

    await page.goto('/?pair=KAZ-AFG&flow=total');
    const table = targetsTable(page);
    await expect(table.getByRole('columnheader', { name: 'Official' })).toBeVisible();
    const row = table.getByRole('row', { name: /^more than \$3B for 2023/ });
    const official = row.getByRole('cell').nth(6);
    await expect(official.getByRole('listitem')).toHaveText(['Kazakhstan reports $567.5M (19%, missed)', 'Afghanistan reports $635.5M (21%, missed)']);
    // Beside the reported outcome, which is unchanged.
    await expect(row.getByRole('cell').nth(3)).toContainText('$567.5M');

    await row.getByRole('link', { name: 'more than $3B', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Target: more than $3B for 2023');
    const section = page.getByRole('region', { name: 'Official statistics' });
    const sides = section.getByRole('listitem');
    await expect(sides).toHaveCount(2);
    await expect(sides.nth(0)).toContainText('Kazakhstan’s reported exports to and imports from Afghanistan, added up: $567.5M for 2023 (2 annual figures added up), 19% of the target: missed.');
    await expect(sides.nth(1)).toContainText('Afghanistan’s reported exports to and imports from Kazakhstan, added up: $635.5M for 2023 (2 annual figures added up), 21% of the target: missed.');
    await expect(sides.nth(0)).toContainText(/Source: UN Comtrade, (released \d{1,2} \w+ 2024|release date not on file)\./);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await section.getByRole('link', { name: 'Why the two sides differ' }).click();
    await expect(page).toHaveURL(/\/official-statistics#mirror-statistics$/);
    await expect(page.getByRole('heading', { name: 'Why the two sides differ' })).toBeInViewport();
    await expect(page.getByText(/Importers value goods CIF .* and exporters FOB/)).toBeVisible();
    await expect(page.getByRole('table', { name: 'Official statistics on file, by source' }).getByRole('row', { name: /^UN Comtrade/ })).toBeVisible();
    await expect(page.getByRole('link', { name: 'https://comtradeplus.un.org/' })).toBeVisible();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('a monthly file gives a part-year claim a like-for-like comparison, and the view’s official figures download with their terms', async ({ page }) => {
    await importFile(page, 'tkm-tjk-2023-monthly.csv');

    // The claim, entered as an editor would: "trade will exceed $200 million in January–May 2023".
    await page.goto('/statements/new');
    const claim = uniqueFigure({ economyA: 'Turkmenistan', economyB: 'Tajikistan', period: 'January–May 2023', valueText: 'more than 200 million dollars', statementDate: '2023-01-20' });
    await fillStatementForm(page, { ...claim, quote: `Trade will exceed 200 million dollars in January–May 2023 (${claim.tag}).` });
    await page.getByRole('radio', { name: 'Projected (a target or forecast)' }).check();
    await page.getByRole('button', { name: 'Save figure' }).click();
    await expect(page).toHaveURL(/\/\?pair=TKM-TJK&flow=total&added=\d+/);

    const row = targetsTable(page).getByRole('row', { name: /^more than \$200M for Jan–May 2023/ }).first();
    await expect(row.getByRole('cell').nth(5)).toContainText('no reported figure yet');
    // Each side's January to May, month by month: not Turkmenistan's annual figure.
    await expect(row.getByRole('cell').nth(6).getByRole('listitem')).toHaveText(['Turkmenistan reports $213M (107%, met)', 'Tajikistan reports $222M (111%, met)']);

    await row.getByRole('link', { name: 'more than $200M', exact: true }).click();
    const sides = page.getByRole('region', { name: 'Official statistics' }).getByRole('listitem');
    await expect(sides.nth(0)).toContainText('$213M for Jan–May 2023 (10 monthly figures added up), 107% of the target: met.');
    await expect(sides.nth(0)).toContainText('Source: UN Comtrade, released 20 Aug 2023.');

    await page.goto('/?pair=TKM-TJK&flow=total');
    const link = page.getByRole('region', { name: 'Share, cite or embed this view' }).getByRole('link', { name: /^Official figures/ });
    await expect(link).toHaveAttribute('href', '/official.csv?pair=TKM-TJK&flow=total');
    const response = await page.request.get((await link.getAttribute('href'))!);
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const { header, records } = parseCsv(await response.text());
    expect(header).toEqual(['reporter', 'partner', 'flow', 'period_start', 'period_end', 'period_label', 'value_usd', 'source', 'release_date', 'licence_note']);
    expect(records).toHaveLength(21);
    expect(records.find((r) => r.period_label === 'May 2023' && r.reporter === 'TJK' && r.flow === 'imports')).toMatchObject({ value_usd: '42000000', release_date: '2023-09-05' });
    expect(new Set(records.map((r) => r.licence_note))).toEqual(new Set(["UN Comtrade's terms of use restrict redistribution of its data (https://comtradeplus.un.org/); these figures are given for reference only."]));

    const targets = await page.request.get('/targets.csv?pair=TKM-TJK&flow=total');
    const target = parseCsv(await targets.text()).records.find((r) => r.period_label === 'Jan–May 2023');
    expect(target).toMatchObject({ official_a_reporter: 'TKM', official_a_usd: '213000000', official_a_verdict: 'met', official_b_reporter: 'TJK', official_b_usd: '222000000', official_b_verdict: 'met' });
  });
});
