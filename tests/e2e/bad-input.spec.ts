import {
  expect,
  expectFormToHold,
  field,
  type Figure,
  fillStatementForm,
  type FormFieldName,
  test,
  todayIso,
  uniqueFigure,
} from './fixtures';

// Each case starts from a valid, unique figure and spoils one field. Nothing
// here should be saved; the figures are unique anyway in case a check breaks.

interface BadInput {
  behaviour: string;
  field: FormFieldName;
  typed: string;
  message: RegExp;
}

const nextYear = Number(todayIso().slice(0, 4)) + 1;

const CASES: BadInput[] = [
  { behaviour: 'asks for economy A when it is left empty', field: 'economyA', typed: '', message: /Enter economy A: a country name or ISO code/ },
  { behaviour: 'says an unknown economy is not one it knows', field: 'economyB', typed: 'Narnia', message: /“Narnia” is not an economy we know/ },
  { behaviour: 'refuses the same economy on both sides', field: 'economyB', typed: 'UZB', message: /Economy B must differ from economy A \(both are Uzbekistan\)/ },
  { behaviour: 'says a value that is not a number cannot be read', field: 'valueText', typed: 'lots', message: /“lots” is not a number we can read/ },
  { behaviour: 'refuses a negative value', field: 'valueText', typed: '-5 million', message: /Values must be positive/ },
  { behaviour: 'refuses a value of zero', field: 'valueText', typed: '0', message: /A trade volume must be more than zero/ },
  { behaviour: 'refuses a value over $100 trillion', field: 'valueText', typed: '150 trillion dollars', message: /more than \$100 trillion/ },
  { behaviour: 'says an unreadable period cannot be read', field: 'period', typed: 'whenever it was', message: /“whenever it was” is not a period we can read/ },
  { behaviour: 'refuses a period in the year 1200', field: 'period', typed: '1200', message: /Years must be between 1900 and 2100/ },
  { behaviour: 'refuses a statement date in the future', field: 'statementDate', typed: `${nextYear}-06-01`, message: /The statement date is in the future/ },
  { behaviour: 'refuses a javascript: source URL', field: 'sourceUrl', typed: 'javascript:alert(1)', message: /The source URL must be a web address starting with http:\/\/ or https:\/\// },
];

test.describe('bad input on the entry form', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/statements/new');
  });

  for (const bad of CASES) {
    test(`${bad.behaviour}, next to the field, keeping everything typed`, async ({ page }) => {
      const figure: Figure = { ...uniqueFigure(), [bad.field]: bad.typed };
      await fillStatementForm(page, figure);
      await page.getByRole('button', { name: 'Save figure' }).click();

      const summary = page.getByRole('alert').filter({ hasText: 'nothing was saved' });
      await expect(summary.getByRole('heading')).toHaveText('1 field needs attention; nothing was saved yet.');
      await expect(summary.getByRole('link')).toHaveText([bad.message]);
      await expect(field(page, bad.field)).toHaveAccessibleDescription(bad.message);
      await expect(field(page, bad.field)).toHaveAttribute('aria-invalid', 'true');
      await expect(page).toHaveURL(/\/statements\/new/);
      await expectFormToHold(page, figure);
    });
  }

  test('says a period that ends before it starts, next to the end date, keeping everything typed', async ({ page }) => {
    const figure = uniqueFigure({ period: 'H1 2023' });
    await fillStatementForm(page, figure);
    await page.getByText('Exact period dates (optional)').click();
    await page.getByLabel('Period start').fill('2023-06-30');
    await page.getByLabel('Period end').fill('2023-01-01');
    await page.getByRole('button', { name: 'Save figure' }).click();

    await expect(page.getByLabel('Period end')).toHaveAccessibleDescription(/The period ends before it starts; swap the dates/);
    await expect(page.getByLabel('Period end')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel('Period start')).toHaveValue('2023-06-30');
    await expect(page.getByLabel('Period end')).toHaveValue('2023-01-01');
    await expectFormToHold(page, figure);
  });

  test('refuses a speaker over 200 characters with the server’s message, keeping everything typed', async ({ page }) => {
    const figure = uniqueFigure();
    figure.speaker = `${figure.speaker} `.padEnd(201, 'x');
    expect(figure.speaker).toHaveLength(201);
    // The box stops typing at 200; remove that limit to reach the server's own check.
    await field(page, 'speaker').evaluate((input) => input.removeAttribute('maxlength'));
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Save figure' }).click();

    await expect(field(page, 'speaker')).toHaveAccessibleDescription(/Speaker is longer than 200 characters/);
    await expect(field(page, 'speaker')).toHaveAttribute('aria-invalid', 'true');
    await expectFormToHold(page, figure);
  });

  test('reports every bad field at once, each next to its own field', async ({ page }) => {
    const figure = uniqueFigure({ economyA: '', valueText: 'lots', sourceUrl: 'javascript:alert(1)' });
    await fillStatementForm(page, figure);
    await page.getByRole('button', { name: 'Save figure' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'nothing was saved' });
    await expect(summary.getByRole('heading')).toHaveText('3 fields need attention; nothing was saved yet.');
    await expect(summary.getByRole('link')).toHaveText([/^Economy A: Enter economy A/, /^Value as stated: “lots”/, /^Source URL: /]);
    await expect(field(page, 'economyA')).toHaveAccessibleDescription(/Enter economy A/);
    await expect(field(page, 'valueText')).toHaveAccessibleDescription(/“lots” is not a number we can read/);
    await expect(field(page, 'sourceUrl')).toHaveAccessibleDescription(/must be a web address/);
    // A good field carries no error.
    await expect(field(page, 'economyB')).not.toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, 'economyB')).not.toHaveAccessibleDescription(/not an economy|must differ|Enter economy/);
    await expectFormToHold(page, figure);
  });
});
