import { expect, field, fillStatementForm, test, uniqueFigure } from './fixtures';

// Typing and checking only: nothing here is saved.
test.describe('the entry form reads a shared currency word as the stating economy’s', () => {
  test('shows “Rs 10 billion” for Nepal–India as Nepalese rupees, and as Pakistani rupees once Pakistan states it', async ({ page }) => {
    await page.goto('/statements/new');
    await page.getByLabel('Economy A').fill('Nepal');
    await page.getByLabel('Economy B').fill('India');
    await page.getByLabel('Value as stated').fill('Rs 10 billion');
    const preview = page.getByText('Understood as:');
    await expect(preview).toContainText('10,000,000,000 NPR');
    await expect(preview).toContainText('Rs read as Nepalese rupees (NPR), the currency of Nepal, which states it.');

    await page.getByLabel('Economy A').fill('Pakistan');
    await expect(preview).toContainText('Rs read as Pakistani rupees (PKR), the currency of Pakistan, which states it.');
  });

  test('says the same when the figure is checked before saving', async ({ page }) => {
    await page.goto('/statements/new');
    await fillStatementForm(page, uniqueFigure({ economyA: 'Nepal', economyB: 'India', valueText: 'Rs 10 billion' }));
    await page.getByLabel('Rate to US dollars').fill('0.0075');
    await page.getByRole('button', { name: 'Check before saving' }).click();
    const understood = page.getByRole('status').filter({ hasText: 'Will be saved as:' });
    await expect(understood).toContainText(': 10,000,000,000 NPR × 0.0075 USD/NPR');
    await expect(understood).toContainText('Rs read as Nepalese rupees (NPR), the currency of Nepal, which states it.');
  });

  test('offers the trade balance as a flow, with a hint that a deficit is negative', async ({ page }) => {
    await page.goto('/statements/new');
    const flow = page.getByLabel('Flow');
    await flow.selectOption({ label: 'Trade balance (A’s surplus +, deficit −)' });
    await expect(flow).toHaveAccessibleDescription(/deficit \(negative\)/);
    await field(page, 'valueText').fill('a deficit of $85bn');
    await expect(page.getByText('Understood as:')).toContainText('A deficit: choose the flow “Trade balance”; it is stored as a negative value.');
  });
});
