import { readFile } from 'node:fs/promises';
import { bodyRows, chart, expect, parseCsv, statementsTable, test, todayIso } from './fixtures';

// Read-only: these tests look at the seeded Kazakhstan–Afghanistan statements,
// which no other test adds to.

// 2022 has two statements (Kazinform's and KabulNow's): one mark, a button that lists both.
const REPORTED_2022 = /^Reported figures for 2022, 2 statements: \$987\.9M, stated 2 Aug 2023 by Kazakh Prime Minister's office in Kazinform; about \$1B, stated 15 Apr 2023 by Serik Zhumangarin in KabulNow\. The line uses the first\.$/;
const PROJECTED_2023 = 'Projected 2023: more than $3B, stated 15 Apr 2023 by Serik Zhumangarin in KabulNow';
const PARTIAL_2023 = "Reported, part of a year Jan–May 2023: $316.6M, stated 2 Aug 2023 by Kazakh Prime Minister's office in Kazinform";
const REPORTED_2023 = /^Reported 2023: \$567\.5M, stated 22 Oct 2024 by Kazakh Deputy Minister of Agriculture in Interfax/;
const EXPORTS_2023 = /^Reported 2023: \$547M, stated 22 Oct 2024 by Kazakh Deputy Minister of Agriculture in Interfax/;

test.describe('dashboard', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('shows the Kazakhstan–Afghanistan pair by default', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakhstan–Afghanistan');
    await expect(page.getByLabel('Pair')).toHaveValue('Kazakhstan–Afghanistan');
    await expect(page.getByLabel('Flow')).toHaveValue('total');
  });

  test('draws reported and projected figures as chart points named by what was stated', async ({ page }) => {
    const points = chart(page);
    await expect(points).toContainText('Total trade (turnover), Kazakhstan–Afghanistan');
    await expect(points.getByRole('button', { name: REPORTED_2022 })).toBeVisible();
    await expect(points.getByRole('link', { name: PROJECTED_2023, exact: true })).toBeVisible();
  });

  test('names a figure for part of a year as such on the chart', async ({ page }) => {
    await expect(chart(page).getByRole('link', { name: PARTIAL_2023, exact: true })).toBeVisible();
    // An annual figure is never called partial.
    await expect(chart(page).getByRole('link', { name: /^Reported, part of a year 2022:/ })).toHaveCount(0);
  });

  test('judges the 2023 target against the reported outcome', async ({ page }) => {
    const targets = page.getByRole('table', { name: 'Targets against reported outcomes' });
    const row = targets.getByRole('row', { name: 'more than $3B for 2023, reported $567.5M: 19% of target, missed', exact: true });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell').last()).toContainText('missed');
  });

  test('opens the statement behind a chart point when it is clicked', async ({ page }) => {
    await chart(page).getByRole('link', { name: PARTIAL_2023, exact: true }).click();
    await expect(page).toHaveURL(/\/statements\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported: $316.6M for Jan–May 2023');
    await expect(page.getByRole('blockquote')).toHaveText(
      'The trade between the two states in 5 months of 2023 has made 316.6 million US dollars, 310 million US dollars of which are exports from Kazakhstan.',
    );
  });

  test('opens the statement behind a chart point from the keyboard', async ({ page }) => {
    const target = chart(page).getByRole('link', { name: PROJECTED_2023, exact: true });
    await target.focus();
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/statements\/\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Target: more than $3B for 2023');
    await expect(page.getByRole('blockquote')).toHaveText('He also said that this amount will surpass $3 billion this year.');
  });

  test('shows who said it and where in a tooltip when a point is hovered', async ({ page }) => {
    const tooltipLine = page.getByRole('tooltip').getByText('Kazakh Deputy Minister of Agriculture, Interfax · 22 Oct 2024');
    await expect(tooltipLine).toHaveCount(0);
    await chart(page).getByRole('link', { name: REPORTED_2023 }).hover();
    await expect(tooltipLine).toBeVisible();
    await expect(page.getByText('Reported · 2023', { exact: true })).toBeVisible();
  });

  test('shows the hovered target’s own speaker in the tooltip, not the reported figure beside it', async ({ page }) => {
    const ownLine = page.getByText('Serik Zhumangarin, KabulNow · 15 Apr 2023', { exact: true });
    // The marker itself: the link's box also holds the hedge sign (">").
    const box = await chart(page).getByRole('link', { name: PROJECTED_2023, exact: true }).locator('circle').first().boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2, { steps: 4 });
    await expect(ownLine).toBeVisible();
    await expect(page.getByText('Projected · 2023', { exact: true })).toBeVisible();
  });

  test('shows a tooltip for a part-of-a-year point', async ({ page }) => {
    await chart(page).getByRole('link', { name: PARTIAL_2023, exact: true }).hover();
    await expect(page.getByText("Kazakh Prime Minister's office, Kazinform · 2 Aug 2023", { exact: true })).toBeVisible();
    await expect(page.getByText('Reported · Jan–May 2023 (part of a year)', { exact: true })).toBeVisible();
  });

  test('switches to exports when the flow is changed, and says so in the URL', async ({ page }) => {
    await expect(chart(page).getByRole('link', { name: EXPORTS_2023 })).toHaveCount(0);
    await page.getByLabel('Flow').selectOption({ label: 'Kazakhstan’s exports to Afghanistan' });
    await expect(page).toHaveURL(/[?&]flow=exports(&|$)/);
    await expect(chart(page).getByRole('link', { name: EXPORTS_2023 })).toBeVisible();
    await expect(bodyRows(statementsTable(page)).filter({ hasText: '547 million dollars' })).toHaveCount(1);
    // The total-trade figures are gone from this view.
    await expect(chart(page).getByRole('button', { name: REPORTED_2022 })).toHaveCount(0);
  });

  test('shows another pair typed into the Pair box', async ({ page }) => {
    await page.getByLabel('Pair').fill('China–Russia');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/[?&]pair=(CHN-RUS|China(%E2%80%93|–)Russia)(&|$)/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('China–Russia');
    await expect(bodyRows(statementsTable(page)).filter({ hasText: '1.69 trillion yuan' })).toHaveCount(1);
    await expect(chart(page).getByRole('button', { name: REPORTED_2022 })).toHaveCount(0);
  });

  test('reproduces the same view from its link in a new browser', async ({ page, browser }) => {
    await page.getByLabel('Flow').selectOption('exports');
    await expect(page).toHaveURL(/flow=exports/);
    const link = page.url();

    const fresh = await browser.newContext();
    try {
      const other = await fresh.newPage();
      await other.goto(link);
      await expect(other.getByRole('heading', { level: 1 })).toContainText('Kazakhstan–Afghanistan');
      await expect(other.getByLabel('Flow')).toHaveValue('exports');
      await expect(chart(other).getByRole('link', { name: EXPORTS_2023 })).toBeVisible();
    } finally {
      await fresh.close();
    }
  });

  test('downloads the view as a CSV named after the pair and today, with only that pair’s rows', async ({ page }) => {
    const shownRows = await bodyRows(statementsTable(page)).count();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download this view (CSV)' }).click();
    const download = await downloading;

    expect(download.suggestedFilename()).toContain('KAZ-AFG');
    expect(download.suggestedFilename()).toContain(todayIso());
    expect(download.suggestedFilename()).toMatch(/\.csv$/);

    const { header, records } = parseCsv(await readFile(await download.path(), 'utf8'));
    expect(header).toEqual(expect.arrayContaining(['id', 'pair', 'flow', 'kind', 'period_label', 'value_text', 'value_usd', 'quote']));
    expect(records.length).toBe(shownRows);
    for (const record of records) {
      expect(record.pair).toBe('AFG-KAZ');
      expect(record.flow).toBe('total');
    }
    expect(records.map((r) => r.value_text)).toContain('987.9 million US dollars');
    expect(records.map((r) => r.value_text)).not.toContain('547 million dollars');
  });

  test('lists the statements newest first', async ({ page }) => {
    const rows = bodyRows(statementsTable(page));
    const stated: string[] = [];
    for (const row of await rows.all()) stated.push((await row.getByRole('cell').first().innerText()).trim());
    expect(stated.length).toBeGreaterThan(2);
    for (const date of stated) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(stated).toEqual([...stated].sort().reverse());
    expect(stated[0]).toBe('2025-10-29');
    expect(stated.at(-1)).toBe('2023-04-15');
  });

  test('says it cannot read a garbage pair and shows the default instead', async ({ page }) => {
    await page.goto('/?pair=Narnia-Atlantis');
    const message = page.getByRole('alert').filter({ hasText: 'We could not read the pair' });
    await expect(message).toContainText('We could not read the pair “Narnia-Atlantis”');
    await expect(message).toContainText('Type two economies separated by a dash');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kazakhstan–Afghanistan');
  });
});
