import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Figure, fillStatementForm, test, uniqueFigure } from './fixtures';

// The entry form in use: every problem in one round, focus on a summary whose
// links reach each field, nothing typed lost, with and without JavaScript.
// Figures here are for Georgia–Azerbaijan and Moldova–Romania, which no other
// test and not the seed use.

/** Every axe violation of WCAG 2 A and AA, whatever its impact: the form must have none in any state. */
async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.map((v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** A form with six problems at once, as a new user typed it: the same economy twice, "$" against EUR, a rate of "abc", an FTP address, a parent that does not exist, and a reported figure for a year that had not begun. */
function brokenFigure(economyA: string): Figure {
  return uniqueFigure({ economyA, economyB: economyA, period: '2026', valueText: '$1.2bn', statementDate: '2025-03-01', sourceUrl: 'ftp://example.org/x' });
}

async function fillExtras(page: Page) {
  await page.getByLabel('Currency (ISO 4217)').fill('EUR');
  await page.getByLabel('Rate to US dollars').fill('abc');
  await page.getByLabel('Derived from statement number').fill('999999');
}

const SUMMARY_LINKS = [
  { name: /^Economy B: Economy B must differ from economy A/, label: 'Economy B' },
  { name: /^Currency \(ISO 4217\): The value says “\$” \(USD\) but the currency chosen is EUR/, label: 'Currency (ISO 4217)' },
  { name: /^Rate to US dollars: “abc” is not a rate/, label: 'Rate to US dollars' },
  { name: /^Source URL: The source URL must be a web address/, label: 'Source URL' },
  { name: /^Derived from statement number: There is no statement #999999/, label: 'Derived from statement number' },
  { name: /^Warning \(Kind\): A reported figure is for a period that is over/, label: 'It is right as it is: save it anyway' },
];

function summaryOf(page: Page) {
  return page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /nothing was saved yet/ }) });
}

async function expectEveryProblemAtOnce(page: Page, figure: Figure) {
  const summary = summaryOf(page);
  await expect(summary.getByRole('heading')).toHaveText('5 fields need attention and a warning needs confirming; nothing was saved yet.');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveCount(SUMMARY_LINKS.length);
  for (const { name, label } of SUMMARY_LINKS) {
    await summary.getByRole('link', { name }).click();
    const control = page.getByLabel(label, { exact: true });
    await expect(control, `the link to ${label} moves focus there`).toBeFocused();
    await expect(control).toBeInViewport();
  }
  for (const name of ['Economy B', 'Currency (ISO 4217)', 'Rate to US dollars', 'Source URL', 'Derived from statement number']) {
    await expect(page.getByLabel(name, { exact: true }), `${name} is tied to its message`).toHaveAttribute('aria-invalid', 'true');
  }
  await expect(page.getByLabel('Economy B', { exact: true })).toHaveAccessibleDescription(/must differ from economy A/);
  // Nothing typed is lost, including the fields that were wrong.
  for (const [label, value] of Object.entries({
    'Economy A': figure.economyA, 'Economy B': figure.economyB, Period: figure.period, 'Value as stated': figure.valueText, 'Statement date': figure.statementDate,
    Speaker: figure.speaker, Outlet: figure.outlet, 'Source URL': figure.sourceUrl, 'Verbatim quote': figure.quote,
    'Currency (ISO 4217)': 'EUR', 'Rate to US dollars': 'abc', 'Derived from statement number': '999999',
  })) {
    await expect(page.getByLabel(label, { exact: true }), `${label} keeps what was typed`).toHaveValue(value);
  }
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`the entry form with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test.describe.configure({ timeout: 90_000 });
    const economyA = javaScriptEnabled ? 'Georgia' : 'Moldova';

    for (const button of ['Check before saving', 'Save figure']) {
      test(`lists every problem at once on “${button}”, focuses the summary, and its links reach each field`, async ({ page }) => {
        const figure = brokenFigure(economyA);
        await page.goto('/statements/new');
        await fillStatementForm(page, figure);
        await fillExtras(page);
        await page.getByRole('button', { name: button }).click();
        await expectEveryProblemAtOnce(page, figure);
        // axe runs as a script in the page, so it scans the states reached with JavaScript on.
        if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      });
    }

    test('asks which currency was meant, and saves the one chosen', async ({ page }) => {
      const figure = uniqueFigure({ economyA, economyB: 'Armenia', valueText: '$1.2bn', period: '2023' });
      await page.goto('/statements/new');
      await fillStatementForm(page, figure);
      await page.getByLabel('Currency (ISO 4217)').fill('EUR');
      await page.getByRole('button', { name: 'Save figure' }).click();
      const question = page.getByRole('group', { name: 'Currency the figure was stated in' });
      await expect(question).toBeVisible();
      await expect(summaryOf(page)).toBeFocused();
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await question.getByLabel(/US Dollar \(USD\), as “\$” in the value says/).check();
      await page.getByRole('button', { name: 'Save figure' }).click();
      await expect(page).toHaveURL(/added=\d+/);
      await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toContainText('Saved: reported $1.2B for 2023.');
    });

    test('keeps the currency answer and the confirmed warning through a round with another error', async ({ page }) => {
      const figure = uniqueFigure({ economyA, economyB: 'Ukraine', valueText: '$2.5bn', period: '2026', statementDate: '2025-03-01' });
      await page.goto('/statements/new');
      await fillStatementForm(page, figure);
      await page.getByLabel('Currency (ISO 4217)').fill('EUR');
      await page.getByRole('button', { name: 'Check before saving' }).click();
      await page.getByLabel(/US Dollar \(USD\), as “\$” in the value says/).check();
      await page.getByLabel('It is right as it is: save it anyway').check();
      await page.getByLabel('Source URL').fill('not a web address');
      await page.getByRole('button', { name: 'Save figure' }).click();
      await expect(summaryOf(page).getByRole('heading')).toHaveText('1 field needs attention; nothing was saved yet.');
      await expect(page.getByLabel(/US Dollar \(USD\), as “\$” in the value says/)).toBeChecked();
      await expect(page.getByLabel('It is right as it is: save it anyway')).toBeChecked();
      await page.getByLabel('Source URL').fill(figure.sourceUrl);
      await page.getByRole('button', { name: 'Save figure' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toContainText('Saved: reported $2.5B for 2026.');
    });

    test('a reported figure for a period that had not ended is a warning to confirm, then saves', async ({ page }) => {
      const figure = uniqueFigure({ economyA, economyB: 'Turkey', period: '2026', statementDate: '2025-03-01' });
      await page.goto('/statements/new');
      await fillStatementForm(page, figure);
      await page.getByRole('button', { name: 'Check before saving' }).click();
      // On Check it is said, not held against the figure.
      const reading = page.getByRole('status').filter({ hasText: 'Will be saved as:' });
      await expect(reading).toBeVisible();
      // The button pressed is gone with the old form: focus is on what the check said, not lost to the page.
      await expect(page.locator('#form-message')).toBeFocused();
      await expect(page.getByText('Warning: A reported figure is for a period that is over')).toBeVisible();
      await page.getByRole('button', { name: 'Save figure' }).click();
      await expect(summaryOf(page).getByRole('heading')).toHaveText('A warning needs confirming; nothing was saved yet.');
      if (javaScriptEnabled) expect(await axeViolations(page)).toEqual([]);
      await page.getByLabel('It is right as it is: save it anyway').check();
      await page.getByRole('button', { name: 'Save figure' }).click();
      await expect(page).toHaveURL(/added=\d+/);
    });
  });
}

test.describe('the entry form reads values and periods as sources write them', () => {
  test.describe.configure({ timeout: 120_000 });

  const FORMS = [
    { valueText: '₹1 lakh crore', currency: '', rate: '0.012', period: '2023', preview: /1,000,000,000,000 INR.*1 lakh crore = 1,000,000,000,000/, saved: 'reported $12B for 2023' },
    { valueText: '$3 billion+', currency: '', rate: '', period: '2023', preview: /more than \$3B/, saved: 'reported more than $3B for 2023' },
    { valueText: '1 000 000', currency: '', rate: '', period: '2023', preview: /\$1M \(1,000,000 USD\)/, saved: 'reported $1M for 2023' },
    { valueText: '1.2 млрд долларов', currency: '', rate: '', period: '2023', preview: /\$1\.2B \(1,200,000,000 USD\)/, saved: 'reported $1.2B for 2023' },
    { valueText: '€4,5 Mrd.', currency: '', rate: '1.08', period: '2023', preview: /4,500,000,000 EUR.*comma read as the decimal mark/, saved: 'reported $4.9B for 2023' },
    { valueText: '$500 million', currency: '', rate: '', period: '2024 to mid-May', preview: /2024-01-01 to 2024-05-15, part of a year/, saved: 'reported $500M for Jan–mid-May 2024' },
  ];

  for (const form of FORMS) {
    test(`“${form.valueText}” for “${form.period}” is shown as read while typing and saved so`, async ({ page }) => {
      const figure = uniqueFigure({ economyA: 'Georgia', economyB: 'Azerbaijan', valueText: form.valueText, period: form.period, statementDate: '2024-06-01' });
      await page.goto('/statements/new');
      await fillStatementForm(page, figure);
      if (form.rate) await page.getByLabel('Rate to US dollars').fill(form.rate);
      const previews = page.locator('.understood');
      await expect(previews.filter({ hasText: form.preview })).toBeVisible();
      await page.getByRole('button', { name: 'Save figure' }).click();
      await expect(page).toHaveURL(/added=\d+/);
      await expect(page.getByRole('status').filter({ hasText: 'Saved:' })).toContainText(`Saved: ${form.saved}.`);
    });
  }

  test('checks a changed field on leaving it, with the same rules the server uses', async ({ page }) => {
    await page.goto('/statements/new');
    const value = page.getByLabel('Value as stated');
    await value.fill('lots');
    await page.getByLabel('Hedge').focus();
    await expect(value).toHaveAccessibleDescription(/“lots” is not a number we can read/);
    await value.fill('$3bn');
    await page.getByLabel('Hedge').focus();
    await expect(value).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('shows and takes dates as yyyy-mm-dd, not in the browser’s own date format', async ({ page }) => {
    await page.goto('/statements/new');
    const date = page.getByLabel('Statement date');
    await expect(date).toHaveAttribute('type', 'text');
    await expect(date).toHaveAccessibleDescription(/yyyy-mm-dd/);
    await date.fill('2024-03-01');
    await expect(date).toHaveValue('2024-03-01');
  });

  test('the rate hint gives a real recent rate for the currency chosen', async ({ page }) => {
    await page.goto('/statements/new');
    const rate = page.getByLabel('Rate to US dollars');
    await page.getByLabel('Currency (ISO 4217)').fill('EUR');
    await expect(rate).toHaveAccessibleDescription(/one EUR was worth, e\.g\. 1\.08\d \(World Bank, 2024 average\)/);
    await page.getByLabel('Currency (ISO 4217)').fill('NPR');
    await expect(rate).toHaveAccessibleDescription(/one NPR was worth, e\.g\. 0\.007\d+ \(World Bank, 2024 average\)/);
  });
});
