import { expect, fillStatementForm, test, uniqueFigure } from './fixtures';

// Checking, not saving: nothing here writes to the database.
test.describe('the entry form reads a fiscal year as the stating economy’s', () => {
  for (const [economyA, economyB, period, reads] of [
    ['Pakistan', 'Afghanistan', 'FY2022-23', 'FY2022-23, Pakistan: Jul 2022–Jun 2023 (2022-07-01 to 2023-06-30)'],
    ['Nepal', 'India', 'the last fiscal year 2022-23', 'FY2022-23, Nepal: 17 Jul 2022–16 Jul 2023 (2022-07-17 to 2023-07-16)'],
    ['India', 'Nepal', 'FY2022-23', 'FY2022-23, India: Apr 2022–Mar 2023 (2022-04-01 to 2023-03-31)'],
    ['China', 'Pakistan', 'July-January (2022-23)', 'Jul 2022–Jan 2023 (2022-07-01 to 2023-01-31, part of a year)'],
  ]) {
    test(`says “${period}” for ${economyA}–${economyB} is ${reads}`, async ({ page }) => {
      await page.goto('/statements/new');
      await fillStatementForm(page, uniqueFigure({ economyA, economyB, period }));
      await page.getByRole('button', { name: 'Check before saving' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Will be saved as:' })).toContainText(`, ${reads}: `);
    });
  }

  // Nepal names its years only with two (2023/24); China keeps the calendar year, so neither side settles "FY23".
  test('asks for both years when a one-year name is ambiguous for the economy', async ({ page }) => {
    await page.goto('/statements/new');
    await fillStatementForm(page, uniqueFigure({ economyA: 'Nepal', economyB: 'China', period: 'FY23' }));
    await page.getByRole('button', { name: 'Check before saving' }).click();
    await expect(page.getByLabel('Period', { exact: true })).toHaveAccessibleDescription(/For Nepal “FY23” could be either of two fiscal years\./);
  });
});
