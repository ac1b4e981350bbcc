import {
  bodyRows,
  expect,
  expectFormToHold,
  field,
  fillStatementForm,
  statementsTable,
  test,
  uniqueFigure,
} from './fixtures';

// The form and the filters are plain HTML forms underneath, so they must work
// before (or without) JavaScript. Figures here are saved for
// Tajikistan–Kyrgyzstan, a pair no other test uses.

test.use({ javaScriptEnabled: false });

const pair = { economyA: 'Tajikistan', economyB: 'Kyrgyzstan' };


test.describe('without JavaScript', () => {
  test('saves a figure and lands on the dashboard with the confirmation and the new row', async ({ page }) => {
    const figure = uniqueFigure(pair);
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Save figure' }).click();

    await expect(page).toHaveURL(/\/\?pair=TJK-KGZ&flow=total&added=\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Tajikistan–Kyrgyzstan');
    await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toContainText(`Saved: reported $${figure.millions}M for 2023.`);
    const row = bodyRows(statementsTable(page)).filter({ hasText: figure.speaker });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(figure.valueText);
    await expect(row).toContainText('2024-03-01');
  });

  test('shows a bad input’s message next to its field and keeps the other fields', async ({ page }) => {
    const figure = uniqueFigure({ ...pair, valueText: 'lots' });
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Save figure' }).click();

    await expect(page.getByText('1 field needs attention; nothing was saved yet.')).toBeVisible();
    await expect(field(page, 'valueText')).toHaveAccessibleDescription(/“lots” is not a number we can read/);
    await expect(field(page, 'valueText')).toHaveAttribute('aria-invalid', 'true');
    await expectFormToHold(page, figure);
  });

  test('says how a figure will be read when checked', async ({ page }) => {
    const figure = uniqueFigure(pair);
    await page.goto('/statements/new');
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Check before saving' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Will be saved as:' })).toContainText(
      'Reported total trade between Tajikistan and Kyrgyzstan, 2023 (2023-01-01 to 2023-12-31)',
    );
    await expectFormToHold(page, figure);
  });

  test('changes the dashboard’s flow with the Show button', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Flow').selectOption({ label: 'Kazakhstan’s exports to Afghanistan' });
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page).toHaveURL(/[?&]flow=exports(&|$)/);
    await expect(page.getByLabel('Flow')).toHaveValue('exports');
    await expect(bodyRows(statementsTable(page)).filter({ hasText: '547 million dollars' })).toHaveCount(1);
    await expect(bodyRows(statementsTable(page)).filter({ hasText: '987.9 million US dollars' })).toHaveCount(0);
  });
});
