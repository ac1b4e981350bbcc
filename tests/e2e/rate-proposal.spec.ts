import { expect, fillStatementForm, test, uniqueFigure } from './fixtures';

// The table's rate is what the seeded World Bank table holds (db/reference/fx-annual.csv):
// BDT 2022 = 91.745…, so “Tk 1.3 trillion” in May 2022 is about $14.2B.
test.describe('a figure in another currency with no rate typed', () => {
  test('is checked and saved with the exchange-rate table’s average for its period, cited', async ({ page }) => {
    const figure = uniqueFigure({ economyA: 'Bangladesh', economyB: 'India', period: 'May 2022', valueText: 'Tk 1.3 trillion' });
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await expect(page.getByText('Understood as: 1,300,000,000,000 BDT (converted at the exchange-rate table’s average for the period unless you type a rate below)')).toBeVisible();

    await page.getByRole('button', { name: 'Check before saving' }).click();
    const understood = page.getByRole('status').filter({ hasText: 'Will be saved as:' });
    await expect(understood).toContainText('= $14.2B');
    await expect(understood).toContainText('BDT 91.75 per USD, 2022 average, World Bank WDI PA.NUS.FCRF (CC BY 4.0)');

    await page.getByRole('button', { name: 'Save figure' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Saved:' });
    await expect(notice).toContainText('the table’s average, BDT 91.75 per USD, 2022 average, World Bank');
    await notice.getByRole('link', { name: /Open statement/ }).click();
    await expect(page.getByRole('definition').filter({ hasText: 'the table’s average, BDT 91.75 per USD, 2022 average' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: '$14.2B' }).first()).toBeVisible();
  });

  test('a rate the editor types wins over the table’s and is marked as theirs', async ({ page }) => {
    const figure = uniqueFigure({ economyA: 'Bangladesh', economyB: 'India', period: 'June 2022', valueText: 'Tk 1.2 trillion' });
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await page.getByLabel('Rate to US dollars').fill('0.0105');
    await page.getByRole('button', { name: 'Save figure' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Saved:' });
    await expect(notice).toContainText('$12.6B');
    await expect(notice).toContainText('typed by an editor');
  });

  test('is kept without a dollar value when the table has no rate for its period, and says how to fix it', async ({ page }) => {
    // The World Bank has no Iranian rial rate for 2024 (and no other test imports one).
    const figure = uniqueFigure({ economyA: 'Iran', economyB: 'Turkey', period: '2024', valueText: 'IRR 900 trillion', statementDate: '2025-03-01' });
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Check before saving' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Will be saved as:' })).toContainText(
      'The exchange-rate table has no IRR rate for 2024, so this figure is kept in IRR without a dollar value; type the rate the source used, or import rates for 2024 on the Exchange rates page.',
    );
    await page.getByRole('button', { name: 'Save figure' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Saved:' });
    await expect(notice).toContainText('IRR 900 trillion (no IRR rate on file)');
    await expect(notice).toContainText('in the table but not on the chart or in the verdicts');
    await notice.getByRole('link', { name: /Open statement/ }).click();
    await expect(page.getByRole('definition').filter({ hasText: 'None: no IRR rate on file for this period' })).toBeVisible();
  });
});
