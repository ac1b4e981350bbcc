import { randomInt } from 'node:crypto';
import { chart, csvRowsFor, expect, parseCsv, statementsTable, test } from './fixtures';

// A pair no other test touches: Fiji's deficit with Tonga, stated by each side.
const PAIR = 'FJI-TON';

test.describe('the trade balance view', () => {
  test.beforeAll(async ({ request }) => {
    const existing = await request.get(`/statements.csv?pair=${PAIR}&flow=balance`);
    if (parseCsv(await existing.text()).records.length > 0) return;
    const tag = `${Date.now()}${randomInt(1e6)}`;
    const figures = [
      { economyA: 'Fiji', economyB: 'Tonga', kind: 'reported', period: '2022', valueText: 'a deficit of 80 million dollars', statementDate: '2023-03-01' },
      { economyA: 'Tonga', economyB: 'Fiji', kind: 'reported', period: '2022', valueText: 'a surplus of 80 million dollars', statementDate: '2023-04-01' },
      { economyA: 'Fiji', economyB: 'Tonga', kind: 'projected', period: '2023', valueText: 'a deficit of 100 million dollars', statementDate: '2022-06-01' },
      { economyA: 'Fiji', economyB: 'Tonga', kind: 'reported', period: '2023', valueText: 'a deficit of 90 million dollars', statementDate: '2024-03-01' },
    ];
    for (const [i, figure] of figures.entries()) {
      const response = await request.post('/api/statements', { data: { ...figure, flow: 'balance', sourceUrl: `https://example.org/balance/${tag}/${i}` } });
      expect(response.status(), await response.text()).toBe(201);
    }
  });

  test('offers the balance as a flow and shows both sides’ figures from the first economy’s side', async ({ page }) => {
    await page.goto(`/?pair=${PAIR}&flow=total`);
    await page.getByLabel('Flow').selectOption({ label: 'Fiji’s trade balance with Tonga (surplus +, deficit −)' });
    await expect(page).toHaveURL(/flow=balance/);
    const table = statementsTable(page);
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('cell', { name: 'a deficit of $80M', exact: true })).toHaveCount(2);
    await expect(table.getByText('stated by Tonga: its surplus is Fiji’s deficit')).toBeVisible();
    // The two sides agree once seen from one side: no conflict.
    await expect(page.getByRole('figure')).not.toContainText('Sources disagree about');
    await expect(page.getByRole('figure')).toContainText('Above the zero line a surplus, below it a deficit');
    expect((await csvRowsFor(page.request, PAIR)).length).toBe(0);
  });

  test('draws a deficit below zero and says so in the tooltip', async ({ page }) => {
    await page.goto(`/?pair=${PAIR}&flow=balance`);
    const point = chart(page).getByRole('link', { name: /^Reported 2023: a deficit of \$90M, stated 1 Mar 2024/ });
    await point.hover();
    await expect(page.getByRole('tooltip')).toContainText('a deficit of $90M');
  });

  test('offers no log scale for a balance, which runs below zero, and ignores one asked for in the URL', async ({ page }) => {
    await page.goto(`/?pair=${PAIR}&flow=balance&scale=log`);
    await expect(chart(page).getByRole('link', { name: /^Reported 2023: a deficit of \$90M/ })).toBeVisible();
    await expect(chart(page).getByRole('link', { name: /^(Log|Linear) scale$/ })).toHaveCount(0);
    await expect(page.getByRole('region', { name: /^Chart:/ })).toContainText('-$');
  });

  test('judges a deficit target downwards: a smaller deficit meets it', async ({ page }) => {
    await page.goto(`/?pair=${PAIR}&flow=balance`);
    const targets = page.getByRole('table', { name: 'Targets against reported outcomes' });
    await expect(targets.getByRole('row', { name: 'a deficit of $100M for 2023, reported a deficit of $90M: met', exact: true })).toBeVisible();
    await expect(page.getByText('1 target: 1 met.', { exact: true })).toBeVisible();
  });
});
