import type { Locator, Page } from '@playwright/test';
import { SEED_STATEMENTS } from '../../app/lib/data/seed-statements';
import { expect, test } from './fixtures';

// Every mark of every seeded pair's chart, at desktop size with a mouse and at
// phone size with touch: what the tooltip lists is what each statement's own
// page says. Read-only: the seeded pairs' statements.

interface Entry {
  hedgedUsd: string;
  valueText: string;
  who: string;
  date: string;
}

/** A tooltip or pinned list's entries: "<hedged $> — “<as stated>”", then "<speaker>, <outlet> · <date>". */
async function entriesOf(list: Locator): Promise<Entry[]> {
  const items = await list.getByRole('listitem').allInnerTexts();
  return items.map((text) => {
    const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
    const valueLine = lines.find((l) => / — “.*”$/.test(l));
    const whoLine = lines.find((l) => / · \d{1,2} \w{3} \d{4}/.test(l));
    expect(valueLine, `a value line in “${text}”`).toBeTruthy();
    expect(whoLine, `a who-and-when line in “${text}”`).toBeTruthy();
    const [, hedgedUsd, valueText] = valueLine!.match(/^(.+) — “(.+)”$/)!;
    const [, who, date] = whoLine!.match(/^(.+?) · (\d{1,2} \w{3} \d{4})/)!;
    return { hedgedUsd, valueText, who, date };
  });
}

/** The statement's own page agrees with the entry: its value, who said it or where, and when. */
async function expectStatementPage(page: Page, entry: Entry) {
  await expect(page).toHaveURL(/\/statements\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.hedgedUsd);
  const main = page.getByRole('main');
  await expect(main).toContainText(`“${entry.valueText}”`);
  if (entry.who !== 'Unattributed') await expect(main).toContainText(entry.who.split(', ')[0]);
  await expect(main).toContainText(entry.date);
}

const chartRegion = (page: Page) => page.getByRole('region', { name: /^Chart:/ });
/** The marks of statements: links for one, buttons for several; official squares are buttons named "Official: …". */
const statementMarks = (page: Page) => chartRegion(page).getByRole('link').or(chartRegion(page).getByRole('button', { name: /statements: / }));

/** Both economies of a pair, in either order: "AFG|KAZ". */
const pairKey = (a: string, b: string) => [a, b].sort().join('|');
const SEEDED_PAIRS = new Set(SEED_STATEMENTS.map((s) => pairKey(s.economyA, s.economyB)));

/** Each seeded pair's view as /pairs links it; pairs that other tests add are left to their own tests. */
async function seededViews(page: Page): Promise<string[]> {
  await page.goto('/pairs');
  const hrefs = await page.getByRole('main').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs)].filter((href) => {
    const pair = /^\/\?pair=([A-Z]{3})-([A-Z]{3})&/.exec(href);
    return pair !== null && SEEDED_PAIRS.has(pairKey(pair[1], pair[2]));
  });
}

async function checkEveryMark(page: Page, view: string, touch: boolean) {
  await page.goto(view);
  // The chart is loaded after the page: on a busy machine it can take a few seconds.
  await expect(statementMarks(page).first()).toBeVisible({ timeout: 15_000 });
  const count = await statementMarks(page).count();
  for (let i = 0; i < count; i++) {
    const mark = statementMarks(page).nth(i);
    const several = (await mark.getAttribute('aria-haspopup')) === 'dialog';
    if (touch) await mark.focus();
    else await mark.hover();
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip, `${view} mark ${i}`).toBeVisible();
    const entries = await entriesOf(tooltip);
    expect(entries.length > 1, `${view} mark ${i}: one entry per statement`).toBe(several);
    if (!several) {
      await (touch ? mark.tap() : mark.click());
      await expectStatementPage(page, entries[0]);
      await page.goBack();
      continue;
    }
    for (let j = 0; j < entries.length; j++) {
      const mark = statementMarks(page).nth(i);
      await (touch ? mark.tap() : mark.click());
      const list = page.getByRole('dialog', { name: new RegExp(`${entries.length} statements$`) });
      await expect(list).toBeVisible();
      expect(await entriesOf(list), 'the pinned list is the tooltip’s').toEqual(entries);
      const link = list.getByRole('link').nth(j);
      await (touch ? link.tap() : link.click());
      await expectStatementPage(page, entries[j]);
      await page.goBack();
    }
  }
}

for (const size of [{ name: 'desktop', width: 1280, height: 800, touch: false }, { name: 'phone', width: 390, height: 844, touch: true }]) {
  test.describe(`every chart mark on a ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch });

    test('lists every statement of each mark in its tooltip, and opens each one to a page that agrees', async ({ page }) => {
      test.setTimeout(420_000);
      const views = await seededViews(page);
      expect(views.length).toBe(SEEDED_PAIRS.size);
      for (const view of views) await checkEveryMark(page, view, size.touch);
    });
  });
}

test.describe('the Kazakhstan–Afghanistan 2022 mark', () => {
  test('lists Kazinform’s $987.9M first, as the line’s figure, and KabulNow’s “about $1B” after it', async ({ page }) => {
    await page.goto('/?pair=KAZ-AFG&flow=total');
    await expect(statementMarks(page).first()).toBeVisible({ timeout: 15_000 });
    const mark = chartRegion(page).getByRole('button', { name: /^Reported figures for 2022, 2 statements/ });
    await mark.hover();
    const tooltip = page.getByRole('tooltip');
    const items = tooltip.getByRole('listitem');
    await expect(items).toHaveCount(2);
    await expect(items.first()).toContainText('Used for the line and the verdicts');
    await expect(items.first()).toContainText('$987.9M — “987.9 million US dollars”');
    await expect(items.first()).toContainText('Kazinform · 2 Aug 2023');
    await expect(items.nth(1)).toContainText('about $1B — “approximately one billion dollars”');
    await expect(items.nth(1)).toContainText('Serik Zhumangarin, KabulNow · 15 Apr 2023');
    await expect(items.nth(1)).not.toContainText('Used for the line');
  });

  test('pins its list open from the keyboard, and Escape closes it and returns to the mark', async ({ page }) => {
    await page.goto('/?pair=KAZ-AFG&flow=total');
    await expect(statementMarks(page).first()).toBeVisible({ timeout: 15_000 });
    const mark = chartRegion(page).getByRole('button', { name: /^Reported figures for 2022, 2 statements/ });
    await mark.focus();
    await page.keyboard.press('Enter');
    const list = page.getByRole('dialog', { name: 'Reported · 2022: 2 statements' });
    await expect(list).toBeVisible();
    await expect(list.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(list).toHaveCount(0);
    await expect(mark).toBeFocused();
    await page.keyboard.press(' ');
    await expect(list).toBeVisible();
    await list.getByRole('button', { name: 'Close' }).click();
    await expect(list).toHaveCount(0);
    await expect(mark).toBeFocused();
  });
});
