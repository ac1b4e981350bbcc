import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const SEED_ARTICLE = readFileSync(join(process.cwd(), 'tests/fixtures/seed-article.txt'), 'utf8');

/** An article of our own about a pair the seed lacks, with a figure no other test uses. */
function article() {
  const millions = randomInt(700, 999);
  return {
    millions,
    url: `https://example.org/uzbek-tajik-trade-${Date.now()}-${randomInt(1e6)}`,
    text:
      `TASHKENT — Uzbekistan's trade minister Laziz Kudratov said on Monday that trade turnover between Uzbekistan and Tajikistan reached $${millions} million last year, up 24% from the year before. ` +
      'He added that the two countries aim to raise bilateral trade to $2 billion by 2030.',
  };
}

test.describe('finding statements in an article', () => {
  test('lists what it found for review, and saves only the ticked statements', async ({ page }) => {
    const { millions, url, text } = article();
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Find in an article' }).click();
    await page.getByLabel('Article text').fill(text);
    await page.getByLabel('Article URL').fill(url);
    await page.getByLabel('Statement date').fill('2023-05-08');
    await page.getByRole('button', { name: 'Find statements' }).click();

    const reported = page.getByRole('group', { name: `Statement 1: reported 2022, $${millions} million` });
    const derived = page.getByRole('group', { name: /^Statement 2: reported 2021/ });
    const target = page.getByRole('group', { name: 'Statement 3: projected by 2030, $2 billion' });
    await expect(reported).toBeVisible();
    await expect(derived).toContainText('Derived: up 24% from the year before');
    await expect(reported.locator('mark')).toHaveText(`$${millions} million`);
    await expect(reported.getByLabel('Speaker')).toHaveValue('Laziz Kudratov');

    await derived.getByLabel('Save this statement').uncheck();
    await target.getByLabel('Speaker').fill('Laziz Kudratov, Minister of Investment and Trade');
    await page.getByRole('button', { name: 'Save ticked statements' }).click();

    await expect(page).toHaveURL(/pair=UZB-TJK/);
    await expect(page.getByRole('status').filter({ hasText: 'Saved 2 statements from the article' })).toBeVisible();
    const chart = page.getByRole('figure');
    await expect(chart.getByRole('link', { name: new RegExp(`^Reported 2022: \\$${millions}M, stated 8 May 2023 by Laziz Kudratov in example\\.org$`) })).toBeVisible();
    await expect(chart.getByRole('link', { name: /^Projected by 2030: \$2B, stated 8 May 2023 by Laziz Kudratov, Minister of Investment and Trade in example\.org$/ })).toBeVisible();
    await expect(chart.getByRole('link', { name: /^Reported 2021:/ })).toHaveCount(0);
    const table = page.getByRole('table', { name: 'Statements, newest first' });
    await expect(table.getByRole('link', { name: 'example.org' }).first()).toHaveAttribute('href', url);
  });

  test('marks the seed article’s statements as already recorded instead of saving them twice', async ({ page }) => {
    await page.goto('/statements/extract');
    await page.getByLabel('Article text').fill(SEED_ARTICLE);
    await page.getByLabel('Statement date').fill('2023-04-15');
    await page.getByRole('button', { name: 'Find statements' }).click();
    await expect(page.getByRole('group', { name: 'Statement 1: reported 2022, approximately one billion dollars' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Statement 3: projected 2023, surpass $3 billion' })).toBeVisible();
    await expect(page.getByText(/Already in the database as/)).toHaveCount(0);
    // Without the article's URL these are new sources; with it, each is the seeded statement.
    await page.getByLabel('Article URL').fill('https://kabulnow.com/2023/04/kazakhstan-is-ready-to-accept-our-diplomats-says-the-taliban/');
    await page.getByRole('button', { name: 'Find statements' }).click();
    await expect(page.getByText(/Already in the database as statement #\d+/)).toHaveCount(3);
    for (const checkbox of await page.getByLabel('Save this statement').all()) await expect(checkbox).not.toBeChecked();
  });

  test('says clearly when the text has no trade figures', async ({ page }) => {
    await page.goto('/statements/extract');
    await page.getByLabel('Article text').fill('The delegation discussed railways and visas. No figures were given.');
    await page.getByLabel('Statement date').fill('2023-04-15');
    await page.getByRole('button', { name: 'Find statements' }).click();
    await expect(page.getByRole('status')).toContainText('No trade figures found');
  });

  test('shows pasted HTML as text and never runs it', async ({ page, dialogs }) => {
    await page.goto('/statements/extract');
    const html = `<p>Trade between <b>Kazakhstan</b> and Afghanistan was $987.9 million in 2022.</p><script>alert('x')</script><img src=x onerror="alert(1)">`;
    await page.getByLabel('Article text').fill(html);
    await page.getByLabel('Statement date').fill('2023-08-02');
    await page.getByRole('button', { name: 'Find statements' }).click();
    await expect(page.getByRole('group', { name: /^Statement 1: reported 2022/ })).toContainText('Trade between Kazakhstan and Afghanistan was $987.9 million in 2022.');
    expect(dialogs).toEqual([]);
  });
});

test.describe('POST /api/extract', () => {
  test('returns the seed article’s three statements', async ({ request }) => {
    const response = await request.post('/api/extract', { data: { text: SEED_ARTICLE, statementDate: '2023-04-15', url: 'https://kabulnow.com/x' } });
    expect(response.status()).toBe(200);
    const { statements } = await response.json();
    expect(statements).toMatchObject([
      { economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported', value: 1e9, currency: 'USD', qualifier: 'approximately', periodStart: '2022-01-01', periodEnd: '2022-12-31', derivedFrom: null },
      { kind: 'reported', value: 5e8, qualifier: 'approximately', periodStart: '2021-01-01', derivedFrom: 0 },
      { kind: 'projected', value: 3e9, qualifier: 'more than', periodStart: '2023-01-01', periodEnd: '2023-12-31' },
    ]);
    expect(statements[0].speaker).toContain('Zhumangarin');
  });

  test('answers 400 with a message for a malformed body, an empty text or a bad date', async ({ request }) => {
    const cases = [
      { data: 'not json', headers: { 'content-type': 'application/json' } },
      { data: { text: '', statementDate: '2023-04-15' } },
      { data: { text: 'Trade was $1 billion.', statementDate: '15/04/2023' } },
      { data: { text: 'x'.repeat(200_001), statementDate: '2023-04-15' } },
    ];
    for (const { data, headers } of cases) {
      const response = await request.post('/api/extract', { data, headers });
      expect(response.status()).toBe(400);
      expect((await response.json()).error).toMatch(/\w+/);
    }
  });
});
