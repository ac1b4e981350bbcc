import { type Page } from '@playwright/test';
import { expect, READER, statementsTable, test } from './fixtures';

// Read-only: the seeded Kazakhstan–Afghanistan statements, which no other test adds to.
// The 2023 target ("more than $3B") was settled by $567.5M, a figure with no address and no quote on file.

const HEADLINE_TARGET = 'Officials said trade would surpass $3B in 2023.';
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

async function noSidewaysScroll(page: Page) {
  const [documentWidth, viewportWidth] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  expect(documentWidth).toBeLessThanOrEqual(viewportWidth);
}

/** The 2023 target's page, reached the way a reader would: from its row in the targets table. */
async function openTargetPage(page: Page) {
  await page.goto('/');
  await page.getByRole('table', { name: 'Targets against reported outcomes' }).getByRole('link', { name: 'more than $3B', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Target: more than $3B for 2023');
}

test.use({ storageState: READER });

for (const { name, width, height } of VIEWPORTS) {
  test.describe(`the story on a ${name} (${width}×${height})`, () => {
    test.use({ viewport: { width, height } });

    test('tells what became of the target, with the top of the chart, on the first screen', async ({ page }) => {
      await page.goto('/');
      const headline = page.getByRole('paragraph').filter({ hasText: HEADLINE_TARGET });
      await expect(headline).toBeInViewport({ ratio: 1 });
      await expect(headline).toContainText('It came in at $567.5M');
      await expect(headline).toContainText('19% of the target.');
      await expect(headline.getByText('unsourced', { exact: true })).toBeVisible();
      await expect(page.getByRole('figure').getByText('$3B', { exact: true }).first()).toBeInViewport();
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const path of ['/', '/pairs', '/statements/3']) {
    test(`never scrolls sideways on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await noSidewaysScroll(page);
    });
  }

  test('shows each table row as a card whose values are named by their column', async ({ page }) => {
    await page.goto('/');
    const targets = page.getByRole('table', { name: 'Targets against reported outcomes' });
    // Still a table to a screen reader, with its headers.
    await expect(targets.getByRole('columnheader', { name: 'Share of target' })).toBeAttached();
    const share = targets.getByRole('row').nth(1).getByRole('cell').nth(4);
    await expect(share).toHaveText('19%');
    expect(await share.evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Share of target"');
    // The card's label sits to the left of its value, inside the screen.
    const box = await share.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // The header row is out of sight: each card names its own values.
    const headerRow = await targets.getByRole('rowgroup').filter({ has: page.getByRole('columnheader') }).boundingBox();
    expect(headerRow!.width * headerRow!.height).toBeLessThanOrEqual(1);

    const row = statementsTable(page).getByRole('row').filter({ hasText: '567.5 million dollars' });
    expect(await row.getByRole('cell').first().evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Stated"');
    await noSidewaysScroll(page);
  });
});

test.describe('the unsourced mark', () => {
  test('marks the $567.5M figure in the statements table and the targets table, and the verdict resting on it', async ({ page }) => {
    await page.goto('/');
    const statement = statementsTable(page).getByRole('row').filter({ hasText: '567.5 million dollars' });
    await expect(statement.getByText('unsourced', { exact: true })).toBeVisible();
    // A figure with its quote and address on file carries no mark.
    await expect(statementsTable(page).getByRole('row').filter({ hasText: '987.9 million US dollars' }).getByText('unsourced', { exact: true })).toHaveCount(0);

    const target = page.getByRole('table', { name: 'Targets against reported outcomes' }).getByRole('row', { name: /^more than \$3B for 2023/ });
    await expect(target.getByRole('cell').nth(3).getByText('unsourced', { exact: true })).toBeVisible();
    await expect(target.getByText('verdict rests on an unsourced figure', { exact: true })).toBeVisible();
    await expect(target.getByTitle(/No source address and no verbatim quote are on file/).first()).toBeVisible();
  });

  test('marks the figure on its own page, beside the heading and where its source would be, with a note for readers', async ({ page }) => {
    await page.goto('/');
    await statementsTable(page).getByRole('row').filter({ hasText: '567.5 million dollars' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported: $567.5M for 2023');
    await expect(page).toHaveTitle(/^Reported: \$567\.5M for 2023 · Kazakhstan–Afghanistan/);
    const lede = page.getByText(/^Total trade between Kazakhstan and Afghanistan, statement #\d+/);
    await expect(lede.getByText('unsourced', { exact: true })).toBeVisible();
    const details = page.locator('dl');
    await expect(details.getByText('No address on file')).toContainText('unsourced');
    await expect(details).toContainText('Reported by Interfax on 22 October 2024, citing Kazakhstan’s Deputy Minister of Agriculture. No web address or verbatim quote is on file yet');
    await expect(details).not.toContainText('shared/data/README.md');
    await expect(page.getByRole('listitem').filter({ hasText: 'Settles' })).toHaveText('Settles the 2023 target of more than $3B: missed, 19%');
  });
});

test.describe('a target’s own page', () => {
  test('says the 2023 target was missed at 19%, links the outcome it was judged against, and gives its restatements', async ({ page }) => {
    await openTargetPage(page);
    await expect(page).toHaveTitle(/^Target: more than \$3B for 2023 · Kazakhstan–Afghanistan/);
    const verdict = page.getByRole('region', { name: 'What happened' });
    await expect(verdict).toContainText('missed, 19% of the target');
    await expect(verdict.getByText('verdict rests on an unsourced figure', { exact: true })).toBeVisible();
    await expect(verdict).toContainText('by Kazakh Deputy Minister of Agriculture (Interfax)');
    await expect(page.getByRole('region', { name: 'Restatements of this goal' })).toContainText('Announced once');

    await verdict.getByRole('link', { name: '$567.5M for 2023' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reported: $567.5M for 2023');
  });

  test('is reached from the headline', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'How the target was judged' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Target: more than $3B for 2023');
  });
});
