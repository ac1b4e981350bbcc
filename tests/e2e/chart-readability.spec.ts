import { join } from 'node:path';
import { randomInt } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import { csvRowsFor, expect, test } from './fixtures';

const chartRegion = (page: Page) => page.getByRole('region', { name: /^Chart:/ });
/** The chart is loaded after the page: wait for its first mark, longer than for a plain element on a busy machine. */
const chartReady = (page: Page) => expect(chartRegion(page).getByRole('link').or(chartRegion(page).getByRole('button')).first()).toBeVisible({ timeout: 15_000 });

/** WCAG contrast of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string) => {
    const [r, g, bl] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The visible strokes inside a mark: colour and width of each shape that draws one. */
const strokesOf = (mark: Locator) =>
  mark.evaluate((el) =>
    [...el.querySelectorAll('circle, rect, polygon, path')]
      .map((shape) => getComputedStyle(shape))
      .filter((style) => style.stroke !== 'none' && parseFloat(style.strokeWidth) > 0)
      .map((style) => ({ colour: style.stroke, width: parseFloat(style.strokeWidth) })),
  );

const surfaceOf = (page: Page) => chartRegion(page).evaluate((el) => getComputedStyle(el.closest('figure')!).backgroundColor);

// The chart loads after the page, and each test reads it closely: more time than a plain page test.
test.describe.configure({ timeout: 90_000 });

test.describe('reading the chart', () => {
  test('switches to a log axis and back from a link that keeps the view', async ({ page }) => {
    await page.goto('/?pair=KAZ-AFG&flow=total&from=2021');
    const region = chartRegion(page);
    await chartReady(page);
    await expect(region.getByText('$3B', { exact: true })).toBeVisible();
    await expect(region.getByText('$0', { exact: true })).toBeVisible();
    await expect(region.getByText('$100M', { exact: true })).toHaveCount(0);

    await page.getByRole('link', { name: 'Log scale' }).click();
    await expect(page).toHaveURL(/[?&]scale=log(&|$)/);
    await expect(page).toHaveURL(/[?&]from=2021(&|$)/);
    await expect(page.getByRole('region', { name: /, log scale$/ })).toBeVisible();
    for (const tick of ['$100M', '$1B', '$10B']) await expect(region.getByText(tick, { exact: true })).toBeVisible();
    await expect(region.getByText('$0', { exact: true })).toHaveCount(0);

    await page.getByRole('link', { name: 'Linear scale' }).click();
    await expect(page).not.toHaveURL(/scale=/);
    await expect(region.getByText('$0', { exact: true })).toBeVisible();
  });

  test('labels the y axis in nice, exact steps and the years at their middles, with a period drawn inside its year', async ({ page }) => {
    await page.goto('/?pair=KAZ-AFG&flow=total');
    await chartReady(page);
    const region = chartRegion(page);
    for (const tick of ['$0', '$1B', '$2B', '$3B']) await expect(region.getByText(tick, { exact: true })).toBeVisible();
    const middle = async (text: string) => {
      const box = (await region.getByText(text, { exact: true }).boundingBox())!;
      return box.x + box.width / 2;
    };
    const [mid2022, mid2023] = [await middle('2022'), await middle('2023')];
    const fiveMonths = (await region.getByRole('link', { name: /^Reported, part of a year Jan–May 2023/ }).boundingBox())!;
    const x = fiveMonths.x + fiveMonths.width / 2;
    // 1 January 2023 lies halfway between the labels of 2022 and 2023; Jan–May sits after it, before mid-2023.
    expect(x).toBeGreaterThan((mid2022 + mid2023) / 2);
    expect(x).toBeLessThan(mid2023);
  });

  test('rings a focused mark in a visible colour, 3 px wide', async ({ page }) => {
    await page.goto('/?pair=KAZ-AFG&flow=total');
    await chartReady(page);
    const mark = chartRegion(page).getByRole('link', { name: /^Projected 2023/ });
    await expect(mark).toBeVisible();
    const surface = await surfaceOf(page);
    const ring = (strokes: { colour: string; width: number }[]) => strokes.filter((s) => s.width >= 3 && contrast(s.colour, surface) >= 3);
    expect(ring(await strokesOf(mark))).toEqual([]);
    await mark.focus();
    expect(ring(await strokesOf(mark)).length).toBe(1);
  });

  test('joins the settled 2023 target to its outcome, labelled with its share, at both sizes', async ({ page }) => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
      await page.setViewportSize(viewport);
      await page.goto('/?pair=KAZ-AFG&flow=total');
      await chartReady(page);
      await expect(chartRegion(page).getByText('19% missed', { exact: true })).toBeVisible();
      await expect(chartRegion(page)).toHaveAccessibleDescription(/^The reported line runs from \$474\.3M in 2021 to \$545\.2M in 2024, up 15%, over 4 periods\. Of 1 target, 1 missed \(the outcome came to 19% of the target\)\./);
    }
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('gives every mark a tap target at least 24 px across', async ({ page }) => {
    await page.goto('/?pair=KAZ-AFG&flow=total');
    await chartReady(page);
    const marks = chartRegion(page).getByRole('link').or(chartRegion(page).getByRole('button'));
    await expect(marks.first()).toBeVisible();
    for (const mark of await marks.all()) {
      await mark.scrollIntoViewIfNeeded();
      const box = (await mark.boundingBox())!;
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
      // The hit test, not just the box: 11 px left, right, above and below the middle still land on the mark.
      const name = await mark.getAttribute('aria-label');
      const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
      for (const [dx, dy] of [[-11, 0], [11, 0], [0, -11], [0, 11]]) {
        const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('[aria-label]')?.getAttribute('aria-label') ?? null, [cx + dx, cy + dy]);
        expect(hit === name || hit?.startsWith('Official') || name?.startsWith('Official'), `${name} at ${dx},${dy}`).toBe(true);
      }
    }
  });
});

test.describe('official figures on the chart', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/import');
    await page.getByLabel('CSV file').setInputFiles(join(process.cwd(), 'tests/fixtures/comtrade-kaz-afg.csv'));
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported comtrade-kaz-afg.csv' })).toBeVisible();
  });

  test('shows each side’s reported total on the total view, named by what it adds up, with its source on hover and tap', async ({ page }) => {
    await page.goto('/?pair=KAZ-AFG&flow=total');
    await chartReady(page);
    const key = page.getByRole('list', { name: 'Chart key' });
    await expect(key).toContainText('Official: total trade as reported by Kazakhstan: exports + imports (UN Comtrade): 2022 $987.9M');
    await expect(key).toContainText('Official: as reported by Afghanistan: imports from Kazakhstan only (part of total trade) (UN Comtrade): 2021 $498.7M, 2022 $1B');
    const square = chartRegion(page).getByRole('button', { name: /^Official: total trade as reported by Kazakhstan: exports \+ imports, 2022: \$987\.9M/ });
    await square.hover();
    await expect(page.getByRole('tooltip')).toContainText('Source: UN Comtrade');
    await expect(page.getByRole('tooltip')).toContainText('$987.9M in 2022');
    // The square sits beside Kazinform's $987.9M, not on it: the reported mark is still under the pointer at its own middle.
    const reported = chartRegion(page).getByRole('button', { name: /^Reported figures for 2022/ });
    const box = (await reported.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByRole('tooltip')).toContainText('Kazinform');
    // And from the keyboard.
    await page.mouse.move(0, 0);
    await square.focus();
    await expect(page.getByRole('tooltip')).toContainText('Source: UN Comtrade');
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('shows an official square’s source when it is tapped', async ({ page }) => {
      await page.goto('/?pair=KAZ-AFG&flow=exports');
      await chartReady(page);
      const square = chartRegion(page).getByRole('button', { name: /^Official: Kazakhstan’s reported exports to Afghanistan, 2023: \$547M/ });
      await square.tap();
      await expect(page.getByRole('tooltip')).toContainText('Source: UN Comtrade');
      await expect(page.getByRole('tooltip')).toContainText('$547M in 2023');
    });
  });
});

test.describe('where sources disagree', () => {
  // Latvia–Estonia: a pair no other test touches.
  const PAIR = 'LVA-EST';
  test.beforeAll(async ({ request }) => {
    if ((await csvRowsFor(request, PAIR)).length > 0) return;
    const tag = `${Date.now()}${randomInt(1e6)}`;
    for (const [millions, day] of [[200, '01'], [300, '02']] as const) {
      const response = await request.post('/api/statements', {
        data: { economyA: 'Latvia', economyB: 'Estonia', flow: 'total', kind: 'reported', period: '2023', valueText: `${millions} million dollars`, statementDate: `2024-03-${day}`, sourceUrl: `https://example.org/disagree/${tag}/${millions}` },
      });
      expect(response.status(), await response.text()).toBe(201);
    }
  });

  test('draws the range at 3:1 contrast or more, and no mark covers it', async ({ page }) => {
    await page.goto(`/?pair=${PAIR}&flow=total`);
    await chartReady(page);
    await expect(chartRegion(page).getByRole('button', { name: /^Reported figures for 2023, 2 statements/ })).toBeVisible();
    const bracket = chartRegion(page).getByRole('img', { name: 'Sources disagree about 2023: figures from $200M to $300M' });
    await expect(bracket).toBeVisible();
    const [stroke] = await strokesOf(bracket);
    expect(contrast(stroke.colour, await surfaceOf(page))).toBeGreaterThanOrEqual(3);
    await bracket.scrollIntoViewIfNeeded();
    const box = (await bracket.boundingBox())!;
    // At a quarter, half and three quarters of its height, the bracket itself is what the pointer finds: nothing is drawn over it.
    const uncovered = await page.evaluate(
      ({ x, y, width, height, name }) =>
        [0.25, 0.5, 0.75].map((f) =>
          Array.from({ length: Math.ceil(width) + 1 }, (_, dx) => document.elementFromPoint(x + dx, y + f * height)).some((el) => el?.closest('[role="img"]')?.getAttribute('aria-label') === name),
        ),
      { ...box, name: 'Sources disagree about 2023: figures from $200M to $300M' },
    );
    expect(uncovered).toEqual([true, true, true]);
    await expect(page.getByRole('figure')).toContainText('Sources disagree about 1 period; the widest range runs from $200M to $300M.');
  });
});
