import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, fillStatementForm, READER, test, uniqueFigure } from './fixtures';

const ratesFixture = (name: string) => join(process.cwd(), 'tests/fixtures/rates', name);
const WDI_CITATION = 'World Bank WDI PA.NUS.FCRF (CC BY 4.0), last updated 2025-07-01';

test.describe('the exchange rates page, for readers', () => {
  test.use({ storageState: READER });

  test('lists the tenge with the World Bank credit, and shows its years when the URL names it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exchange rates' }).click();
    await expect(page).toHaveURL(/\/exchange-rates$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exchange rates');
    await expect(page.getByText('Exchange rates: World Bank, World Development Indicators')).toHaveText(
      'Exchange rates: World Bank, World Development Indicators, Official exchange rate (LCU per US$, period average) (PA.NUS.FCRF); original source IMF International Financial Statistics. CC BY 4.0.',
    );
    await expect(page.getByRole('link', { name: /Official exchange rate \(LCU per US\$, period average\)/ })).toHaveAttribute('href', 'https://data.worldbank.org/indicator/PA.NUS.FCRF');

    const table = page.getByRole('table', { name: 'Exchange rates by currency: units of the currency per US dollar' });
    const tenge = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'KZT', exact: true }) });
    await expect(tenge.getByRole('cell')).toHaveText(['KZT', 'Kazakhstani Tenge', '1994–2024', '469 (2024)', 'World Bank WDI PA.NUS.FCRF (CC BY 4.0)', 'CC BY 4.0']);

    await tenge.getByRole('link', { name: 'KZT', exact: true }).click();
    await expect(page).toHaveURL(/\/exchange-rates\?currency=KZT$/);
    await expect(page.getByRole('heading', { level: 2, name: 'KZT, Kazakhstani Tenge' })).toBeVisible();
    const years = page.getByRole('table', { name: 'KZT per US dollar, newest first' });
    await expect(years.getByRole('row').nth(1).getByRole('cell').first()).toHaveText('2024 average');
    await expect(years.getByRole('row').filter({ hasText: '2023 average' }).getByRole('cell').nth(1)).toHaveText('456.165');
    // A reader gets no upload form, only the way to sign in.
    await expect(page.getByLabel('Rates file')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Import rates' }).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/signin?next=/exchange-rates');
  });

  test('says when the URL names something that is not a currency code', async ({ page }) => {
    await page.goto('/exchange-rates?currency=tenge');
    await expect(page.getByRole('alert').filter({ hasText: 'tenge' })).toHaveText('“tenge” is not a currency code: type the three letters of its ISO 4217 code, such as KZT for the tenge.');
  });
});

test.describe('the exchange rates page, for everyone', () => {
  test.describe.configure({ timeout: 60_000 });

  test('has no accessibility violations, for an editor and for one currency', async ({ page }) => {
    for (const path of ['/exchange-rates', '/exchange-rates?currency=KZT', '/exchange-rates?currency=XYZ']) {
      await page.goto(path);
      await expect(page.getByLabel('Rates file')).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('reads as cards on a phone, with no sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/exchange-rates');
    const tenge = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'KZT', exact: true }) });
    // Each cell is a line of the card, led by its column's name (cards.css draws it from data-label).
    const latest = tenge.getByRole('cell', { name: '469 (2024)' });
    await expect(latest).toBeVisible();
    expect(await latest.evaluate((cell) => [getComputedStyle(cell).display, getComputedStyle(cell, '::before').content])).toEqual(['flow-root', '"Latest annual average"']);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});

test.describe('importing rates', () => {
  test.describe.configure({ timeout: 90_000 });

  test('a figure in afghanis waits for a rate, and a World Bank file uploaded through the form prices it', async ({ page }) => {
    const figure = uniqueFigure({ economyA: 'Afghanistan', economyB: 'Tajikistan', period: '2023', valueText: '50 billion afghanis' });
    figure.quote = `Trade reached 50 billion afghanis last year (${figure.tag}).`;
    let id = 0;

    await test.step('the figure is kept without a dollar value, saying the table has no rate', async () => {
      await page.goto('/statements/new');
      await fillStatementForm(page, figure);
      await page.getByRole('button', { name: 'Check before saving' }).click();
      const understood = page.getByRole('status').filter({ hasText: 'Will be saved as:' });
      await expect(understood).toContainText('= no dollar value (no AFN rate on file)');
      await expect(understood).toContainText('The exchange-rate table has no AFN rate for 2023, so this figure is kept in AFN without a dollar value');
      await page.getByRole('button', { name: 'Save figure' }).click();
      const saved = page.getByRole('status').filter({ hasText: 'Saved:' });
      await expect(saved).toContainText('until a AFN rate for its period is typed or imported');
      id = Number((await saved.getByRole('link', { name: /^Open statement #\d+$/ }).textContent())!.replace(/\D/g, ''));
      await page.goto(`/statements/${id}`);
      await expect(page.getByRole('definition').filter({ hasText: 'None: no AFN rate on file for this period' })).toBeVisible();
    });

    await test.step('an editor uploads the World Bank file and reads the report', async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exchange rates' }).click();
      const afghani = page.getByRole('table', { name: /Exchange rates by currency/ }).getByRole('row').filter({ has: page.getByRole('link', { name: 'AFN', exact: true }) });
      await expect(afghani.getByRole('cell').nth(3)).toHaveText('76.81 (2020)');

      await page.getByLabel('Rates file').setInputFiles(ratesFixture('wdi-afn-bdt.csv'));
      await page.getByRole('button', { name: 'Import rates' }).click();
      const report = page.getByRole('status').filter({ hasText: 'Imported wdi-afn-bdt.csv' });
      await expect(report).toContainText('Imported wdi-afn-bdt.csv, a World Bank WDI download (PA.NUS.FCRF, last updated 2025-07-01): 5 rates for 3 currencies (AFN, BDT, XOF) from 11 rows.');
      await expect(report.getByRole('definition').first()).toHaveText(/^(5|0) \(rates the table did not have\)$/);
      await expect(report).toContainText('Statements now priced');
      await expect(report.getByRole('listitem').filter({ hasText: 'uses XOF' })).toHaveText(
        '1 row: uses XOF, shared by several economies; its rate is taken from one row: Senegal (SEN), seat of the BCEAO, e.g. Benin (BEN)',
      );
      await expect(report.getByRole('listitem').filter({ hasText: 'in US dollars' })).toContainText('e.g. Ecuador (ECU), United States (USA)');
      await expect(report).toContainText(`Every rate from this file is cited as “${WDI_CITATION}”.`);

      // The page reads the table again: the afghani's latest average is now 2023's.
      await expect(afghani.getByRole('cell').nth(3)).toHaveText('79.22 (2023)');
      await afghani.getByRole('link', { name: 'AFN', exact: true }).click();
      const year2023 = page.getByRole('table', { name: 'AFN per US dollar, newest first' }).getByRole('row').filter({ hasText: '2023 average' });
      await expect(year2023.getByRole('cell')).toHaveText(['2023 average', '79.2216', WDI_CITATION, /^CC BY 4\.0/, /^\d{4}-\d{2}-\d{2}$/]);
    });

    await test.step('the statement page shows the dollar value, priced by the table rate with its source', async () => {
      await page.goto(`/statements/${id}`);
      await expect(page.getByRole('definition').filter({ hasText: '$631.1M' })).toBeVisible();
      const rateUsed = page.getByRole('definition').filter({ hasText: /the table.s average/ });
      await expect(rateUsed).toContainText('(79.22 AFN per USD): the table');
      await expect(rateUsed).toContainText(`s average, AFN 79.22 per USD, 2023 average, ${WDI_CITATION}`);
    });
  });

  test('refuses a bad plain file with every problem by line and column, importing nothing', async ({ page }) => {
    await page.goto('/exchange-rates');
    await page.getByLabel('Rates file').setInputFiles(ratesFixture('plain-bad.csv'));
    await page.getByRole('button', { name: 'Import rates' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await expect(alert).toContainText('Nothing was imported from plain-bad.csv: 6 problems. Fix them in the file and import it again.');
    const problems = alert.getByRole('table', { name: 'Problems in plain-bad.csv' });
    await expect(problems.getByRole('row').nth(1).getByRole('cell')).toHaveText(['3', 'currency', /“XYZ” is not an ISO 4217 currency code/]);
    await expect(problems.getByRole('row').filter({ hasText: 'given twice' }).getByRole('cell').first()).toHaveText('8');
    // Line 2 (AFN 2021 from “Test source”) was good, but the import is all or nothing.
    await page.goto('/exchange-rates?currency=AFN');
    await expect(page.getByRole('table', { name: 'AFN per US dollar, newest first' }).getByRole('row').filter({ hasText: 'Test source' })).toHaveCount(0);
  });
});
