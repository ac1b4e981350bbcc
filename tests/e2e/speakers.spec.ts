import { randomInt } from 'node:crypto';
import { expect, READER, test } from './fixtures';

// Issue 16, item 2: a speaker's record as a reader finds it, and an editor's
// merge of two spellings. The editor's figures are for Mongolia–Kyrgyzstan,
// which the seed and no other test has, under names tagged for this run.

const recordSentence = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Track record' });

test.describe('a speaker’s record, for a reader', () => {
  test.use({ storageState: READER });

  test('opens Speakers from the header, finds Serik Zhumangarin, reads his record and follows a statement', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Speakers' }).click();
    await expect(page).toHaveURL(/\/speakers$/);
    await page.getByRole('searchbox', { name: 'Find a speaker' }).fill('zhumangarin');
    await page.getByRole('button', { name: 'Find' }).click();
    await expect(page.getByRole('status')).toContainText('matching “zhumangarin”');
    const row = page.getByRole('row').filter({ hasText: 'Serik Zhumangarin' });
    await expect(row).toContainText('1 target: 1 missed (19% of target)');
    await row.getByRole('link', { name: 'Serik Zhumangarin' }).click();

    await expect(page).toHaveURL(/\/speakers\/serik-zhumangarin$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Serik Zhumangarin');
    await expect(recordSentence(page).getByText('1 target: 1 missed (19% of target)', { exact: true })).toBeVisible();
    await expect(page.getByText('Deputy Prime Minister of Kazakhstan', { exact: false }).first()).toBeVisible();

    // The chart draws the target and the figure reported for 2023: two bars.
    const figure = page.getByRole('figure', { name: 'Targets against outcomes' });
    const drawing = figure.getByRole('img', { name: /^Chart of 1 target against what was reported/ });
    await expect(drawing.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')).toHaveCount(2, { timeout: 15_000 });
    await figure.getByText('The chart’s figures as a table').click();
    await expect(figure.getByRole('row').filter({ hasText: '2023' })).toContainText('missed (19% of target)');

    // Every statement is grouped under its pair, with the pair's dashboard a click away.
    const pair = page.getByRole('region', { name: /Afghanistan–Kazakhstan|Kazakhstan–Afghanistan/ });
    await expect(pair.getByRole('link', { name: /dashboard$/ })).toHaveAttribute('href', /^\/\?pair=KAZ-AFG&flow=/);
    await expect(page.getByRole('link', { name: 'Search and filter these statements' })).toHaveAttribute('href', '/statements?speaker=serik-zhumangarin');
    await expect(page.getByRole('link', { name: 'CSV', exact: true })).toHaveAttribute('href', '/api/statements?speaker=serik-zhumangarin&format=csv');

    await pair.getByRole('link', { name: /^Statement #\d+, 15 Apr 2023$/ }).first().click();
    await expect(page).toHaveURL(/\/statements\/\d+$/);
    await expect(page.getByText('Serik Zhumangarin').first()).toBeVisible();
  });

  test('opens Outlets from the header, finds KabulNow and reads what it reported, by pair', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outlets' }).click();
    await expect(page).toHaveURL(/\/outlets$/);
    await page.getByRole('searchbox', { name: 'Find an outlet' }).fill('kabulnow');
    await page.getByRole('button', { name: 'Find' }).click();
    const row = page.getByRole('row').filter({ hasText: 'KabulNow' });
    await expect(row).toContainText('1 target: 1 missed (19% of target)');
    await row.getByRole('link', { name: 'KabulNow' }).click();

    await expect(page).toHaveURL(/\/outlets\/kabulnow$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KabulNow');
    await expect(recordSentence(page).getByText('1 target: 1 missed (19% of target)', { exact: true })).toBeVisible();
    const pair = page.getByRole('region', { name: /Afghanistan–Kazakhstan|Kazakhstan–Afghanistan/ });
    await expect(pair.getByRole('link', { name: /^Statement #\d+, 15 Apr 2023$/ }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Search and filter these statements' })).toHaveAttribute('href', '/statements?outlet=kabulnow');
  });

  test('reads well on a phone and on a laptop', async ({ page }) => {
    for (const [width, height, name] of [
      [390, 844, 'speaker-phone'],
      [1280, 800, 'speaker-laptop'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/speakers/serik-zhumangarin');
      await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible({ timeout: 15_000 });
      // Nothing wider than the screen: the page never scrolls sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width}px wide`).toBeLessThanOrEqual(0);
      if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
    }
  });

  test('has no merge form for a reader, and a 404 for a name never stated', async ({ page }) => {
    await page.goto('/speakers/serik-zhumangarin');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Serik Zhumangarin');
    await expect(page.getByLabel('Merge with…')).toHaveCount(0);
    const response = await page.goto('/speakers/nobody-of-that-name');
    expect(response?.status()).toBe(404);
  });
});

test.describe('spellings, for an editor', () => {
  test('merges two spellings of one speaker, lists them together, and separates them again', async ({ page, request }) => {
    const tag = `${Date.now().toString(36)}${randomInt(36 ** 4).toString(36)}`;
    const full = `Batbayar Tserendorj ${tag}`;
    const short = `B. Tserendorj ${tag}`;
    const post = async (speaker: string, kind: string, valueText: string, statementDate: string) => {
      const response = await request.post('/api/statements', {
        data: { economyA: 'Mongolia', economyB: 'Kyrgyzstan', flow: 'total', kind, period: '2020', valueText, statementDate, speaker, sourceUrl: `https://example.org/speakers/${tag}/${kind}` },
      });
      expect(response.status(), await response.text()).toBe(201);
    };
    await post(full, 'projected', '500 million dollars', '2019-06-01');
    await post(short, 'reported', '400 million dollars', '2021-03-01');

    await page.goto(`/speakers?q=${encodeURIComponent(tag)}`);
    await expect(page.getByRole('status')).toContainText('2 of');
    await page.getByRole('link', { name: full }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(full);
    await expect(recordSentence(page)).toContainText('1 target: 1 missed (80% of target)');

    await page.getByLabel('Merge with…').selectOption({ label: short });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Merged:' })).toContainText(`“${short}” is now listed under ${full}`);
    await expect(page.getByText(`Also spelt “${short}”.`)).toBeVisible();
    await expect(page.getByRole('heading', { name: '2 statements, by pair' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Spellings grouped here' }).getByRole('listitem')).toHaveText([/^Batbayar Tserendorj/, /^B\. Tserendorj/]);

    // The other spelling's address now leads here; the list shows one speaker with both spellings.
    await page.goto(`/speakers/${`b-tserendorj-${tag}`}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(full);
    await page.goto(`/speakers?q=${encodeURIComponent(tag)}`);
    await expect(page.getByRole('row').filter({ hasText: full })).toContainText(short);

    await page.getByRole('link', { name: full }).click();
    await page.getByRole('button', { name: 'Separate the merged spellings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Separated:' })).toContainText('1 spelling has a record of its own again');
    await page.reload();
    await expect(page.getByText(`Also spelt`)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: '1 statement, by pair' })).toBeVisible();
  });
});
