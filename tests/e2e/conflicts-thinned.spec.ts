import { randomInt } from 'node:crypto';
import { csvRowsFor, expect, test } from './fixtures';

// A pair no other test touches, with more statements than the chart draws
// (400): 35 quarters whose two sources disagree by 20%, and 35 years of ten
// agreeing figures each. The chart thins them to one figure per period, and
// still draws every conflict.
const PAIR = 'BTN-MDV';
const QUARTERS = Array.from({ length: 35 }, (_, i) => ({ label: `Q${(i % 4) + 1} ${1990 + Math.floor(i / 4)}`, year: 1990 + Math.floor(i / 4) }));
const YEARS = Array.from({ length: 35 }, (_, i) => 1990 + i);

test.describe('a pair with more statements than the chart draws', () => {
  test.beforeAll(async ({ request }) => {
    test.setTimeout(240_000);
    if ((await csvRowsFor(request, PAIR)).length > 0) return;
    const tag = `${Date.now()}${randomInt(1e6)}`;
    const post = async (period: string, millions: number, statementDate: string, source: string) => {
      const response = await request.post('/api/statements', {
        data: { economyA: 'Bhutan', economyB: 'Maldives', flow: 'total', kind: 'reported', period, valueText: `${millions} million dollars`, statementDate, sourceUrl: `https://example.org/thinned/${tag}/${source}` },
      });
      expect(response.status(), await response.text()).toBe(201);
    };
    for (const [i, q] of QUARTERS.entries()) {
      await post(q.label, 100, `${q.year + 1}-03-01`, `q${i}-low`);
      await post(q.label, 120, `${q.year + 1}-04-01`, `q${i}-high`);
    }
    for (const year of YEARS) {
      for (let copy = 0; copy < 10; copy++) await post(String(year), 500 + copy, `${year + 1}-0${copy % 9 + 1}-15`, `y${year}-${copy}`);
    }
  });

  test('draws all 35 conflict bars on the thinned chart, as the table flags them', async ({ page }) => {
    await page.goto(`/?pair=${PAIR}&flow=total`);
    const figure = page.getByRole('figure');
    await expect(figure).toContainText('420 statements, drawn as the most trusted figure per period');
    await expect(figure).toContainText('Sources disagree about 35 periods');
    // Each named by its period: by the quarter's label where the thinned chart draws it, else by its dates.
    const bars = figure.getByRole('img', { name: /^Sources disagree about (Q\d \d{4}|\d{1,2} \w{3,4} \d{4} to \d{1,2} \w{3,4} \d{4}): figures from \$100M to \$120M$/ });
    await expect(bars).toHaveCount(35, { timeout: 15_000 });
    await expect(figure.getByRole('img', { name: 'Sources disagree about 1 Jan 1990 to 31 Mar 1990: figures from $100M to $120M' })).toHaveCount(1);
  });
});
