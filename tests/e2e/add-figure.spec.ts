import type { Locator, Page } from '@playwright/test';
import {
  bodyRows,
  chart,
  expect,
  expectFormToHold,
  field,
  type Figure,
  fillStatementForm,
  parseCsv,
  statementsTable,
  test,
  uniqueFigure,
} from './fixtures';

// Every figure here is saved for Uzbekistan–Kazakhstan, a pair the seed does
// not have, with a random amount and tag, so no two tests or runs collide.

/** Saves the form and waits for the dashboard's confirmation; returns the new statement's number. */
async function saveAndConfirm(page: Page): Promise<number> {
  await page.getByRole('button', { name: 'Save figure' }).click();
  await expect(page).toHaveURL(/\/\?.*added=\d+/);
  const open = page.getByRole('status').filter({ hasText: 'Saved:' }).getByRole('link', { name: /^Open statement #\d+$/ });
  await expect(open).toBeVisible();
  return Number((await open.textContent())!.replace(/\D/g, ''));
}

/** The CSV behind the dashboard's download link, as a person's spreadsheet would read it. */
async function downloadViewCsv(page: Page) {
  const href = await page.getByRole('link', { name: 'Download this view (CSV)' }).getAttribute('href');
  expect(href).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  return parseCsv(await response.text());
}

function chartName(figure: Figure & { millions: string }): string {
  return `$${figure.millions}M, stated 1 Mar 2024 by ${figure.speaker} in ${figure.outlet}`;
}

/**
 * The statement's place on the chart: its own mark (a link), or, when other
 * tests' figures share its period, an entry of its group's pinned list.
 */
async function chartLinkTo(page: Page, figure: Figure & { millions: string }): Promise<Locator> {
  const own = chart(page).getByRole('link', { name: chartName(figure) });
  const group = chart(page).getByRole('button', { name: chartName(figure) });
  await expect(own.or(group)).toBeVisible();
  if (await own.count()) return own;
  await group.click();
  return page.getByRole('dialog').getByRole('link', { name: `$${figure.millions}M` });
}

test.describe('adding a figure', () => {
  // Most of these go through the form twice; on a busy machine that can take
  // longer than the default 30 s.
  test.describe.configure({ timeout: 60_000 });

  test('opens the form for the pair on show with both economies filled in', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Add a figure for Kazakhstan–Afghanistan' }).click();
    await expect(page).toHaveURL(/\/statements\/new\?/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a figure');
    await expect(field(page, 'economyA')).toHaveValue('Kazakhstan (KAZ)');
    await expect(field(page, 'economyB')).toHaveValue('Afghanistan (AFG)');
    await expect(field(page, 'period')).toHaveValue('');
    await expect(field(page, 'valueText')).toHaveValue('');
  });

  test('shows the new figure on the chart, in the statements table and in the CSV after saving', async ({ page }) => {
    const figure = uniqueFigure();
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    const id = await saveAndConfirm(page);

    await expect(page).toHaveURL(/[?&]pair=UZB-KAZ(&|$)/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Uzbekistan–Kazakhstan');
    await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toHaveText(
      `Saved: reported $${figure.millions}M for 2023. Open statement #${id}`,
    );

    const point = await chartLinkTo(page, figure);
    await expect(point).toBeVisible();
    await expect(point).toHaveAttribute('href', `/statements/${id}`);

    const row = bodyRows(statementsTable(page)).filter({ hasText: figure.speaker });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('2024-03-01');
    await expect(row).toContainText(`$${figure.millions}M`);
    await expect(row).toContainText(figure.valueText);
    await expect(row.getByRole('link', { name: figure.outlet })).toHaveAttribute('href', figure.sourceUrl);

    const { records } = await downloadViewCsv(page);
    const saved = records.filter((r) => r.speaker === figure.speaker);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      id: String(id),
      economy_a: 'UZB',
      economy_b: 'KAZ',
      flow: 'total',
      kind: 'reported',
      period_start: '2023-01-01',
      period_end: '2023-12-31',
      period_label: '2023',
      value_text: figure.valueText,
      value_usd: String(Math.round(Number(figure.millions) * 1e6)),
      currency: 'USD',
      outlet: figure.outlet,
      source_url: figure.sourceUrl,
      quote: figure.quote,
      statement_date: '2024-03-01',
    });
    for (const record of records) expect(record.pair).toBe('KAZ-UZB');
  });

  test('says how a figure will be read when checked, and saves nothing until asked', async ({ page }) => {
    const figure = uniqueFigure();
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Check before saving' }).click();

    const understood = page.getByRole('status').filter({ hasText: 'Will be saved as:' });
    await expect(understood).toHaveText(
      `Will be saved as: Reported total trade between Uzbekistan and Kazakhstan, 2023 (2023-01-01 to 2023-12-31): ` +
        `${(Number(figure.millions) * 1e6).toLocaleString('en-US')} USD = $${figure.millions}M (hedge: exact).`,
    );
    await expect(page).toHaveURL(/\/statements\/new/);
    await expectFormToHold(page, figure);

    await page.goto('/?pair=UZB-KAZ');
    await expect(page.getByText(figure.speaker)).toHaveCount(0);

    // Saving it now is not refused as a duplicate: the check stored nothing.
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await saveAndConfirm(page);
    await expect(bodyRows(statementsTable(page)).filter({ hasText: figure.speaker })).toHaveCount(1);
  });

  test('refuses the same figure entered twice and links to the one already recorded', async ({ page }) => {
    const figure = uniqueFigure();
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    const id = await saveAndConfirm(page);

    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Save figure' }).click();

    const refusal = page.getByRole('status').filter({ hasText: 'This figure is already recorded' });
    await expect(refusal).toBeVisible();
    const existing = refusal.getByRole('link', { name: `Open the existing statement #${id}` });
    await expect(existing).toHaveAttribute('href', `/statements/${id}`);
    await expect(page).toHaveURL(/\/statements\/new/);
    await expectFormToHold(page, figure);

    await existing.click();
    await expect(page).toHaveURL(new RegExp(`/statements/${id}$`));
    await expect(page.getByRole('blockquote')).toHaveText(figure.quote);

    await page.goto('/?pair=UZB-KAZ');
    await expect(bodyRows(statementsTable(page)).filter({ hasText: figure.speaker })).toHaveCount(1);
  });

  test('shows a quote with quotes, commas, a new line, Dari, Russian and HTML as text, and exports it unchanged', async ({
    page,
    dialogs,
  }) => {
    const figure = { ...uniqueFigure(), quote: '' };
    figure.quote = trickyQuote(figure.tag);
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    const id = await saveAndConfirm(page);

    await page.getByRole('status').getByRole('link', { name: `Open statement #${id}` }).click();
    await expect(page).toHaveURL(new RegExp(`/statements/${id}$`));
    const shown = page.getByRole('blockquote');
    await expect(shown).toHaveText(figure.quote);
    // Line endings are compared loosely here; the exact check is the next test.
    expect(unixLines(await shown.textContent())).toBe(figure.quote);
    await expect(shown.getByText('bold', { exact: true })).toHaveCount(0);
    expect(dialogs).toEqual([]);

    await page.getByRole('link', { name: '← Back to the dashboard' }).click();
    const { records } = await downloadViewCsv(page);
    const saved = records.find((r) => r.id === String(id));
    expect(unixLines(saved?.quote)).toBe(figure.quote);
    expect(dialogs).toEqual([]);
  });

  test('keeps a quote’s line breaks exactly as typed', async ({ page }) => {
    const figure = { ...uniqueFigure(), quote: '' };
    figure.quote = trickyQuote(figure.tag);
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    const id = await saveAndConfirm(page);

    const { records } = await downloadViewCsv(page);
    expect(records.find((r) => r.id === String(id))?.quote).toBe(figure.quote);
    await page.goto(`/statements/${id}`);
    expect(await page.getByRole('blockquote').textContent()).toBe(figure.quote);
  });

  test('accepts a quote that fills the box to its limit with line breaks in it', async ({ page }) => {
    const figure = { ...uniqueFigure(), quote: '' };
    figure.quote = `${'w'.repeat(99)}\n`.repeat(100).slice(0, 9_999) + 'z';
    expect(figure.quote).toHaveLength(10_000);
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await expect(field(page, 'quote')).toHaveValue(figure.quote);
    await saveAndConfirm(page);
    await expect(bodyRows(statementsTable(page)).filter({ hasText: figure.speaker })).toHaveCount(1);
  });
});

/** A quote that tries every way text can go wrong: quoting, commas, lines, scripts and markup. */
function trickyQuote(tag: string): string {
  return (
    `He said: "Trade, by our count, grew", and added 'more to come'.\n` +
    `تجارت دوجانبه — товарооборот ${tag} <script>alert(1)</script> <b>bold</b> & done`
  );
}

function unixLines(text: string | null | undefined): string | null | undefined {
  return text?.replace(/\r\n/g, '\n');
}
