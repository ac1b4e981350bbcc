import { randomInt } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { type APIRequestContext, test as base, expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';

/** One figure as a person types it into the entry form. */
export interface Figure {
  economyA: string;
  economyB: string;
  period: string;
  valueText: string;
  statementDate: string;
  speaker: string;
  outlet: string;
  sourceUrl: string;
  quote: string;
}

/** The text boxes of the entry form, by their visible labels. */
export const FORM_LABELS = {
  economyA: 'Economy A',
  economyB: 'Economy B',
  period: 'Period',
  valueText: 'Value as stated',
  statementDate: 'Statement date',
  speaker: 'Speaker',
  outlet: 'Outlet',
  sourceUrl: 'Source URL',
  quote: 'Verbatim quote',
} as const satisfies Record<keyof Figure, string>;

export type FormFieldName = keyof typeof FORM_LABELS;

/**
 * A figure nobody else in the run uses: the amount (in millions, so the chart
 * shows it exactly, e.g. $412.7M) and a tag in the speaker and source are
 * random, so neither the duplicate check nor another test can collide with it.
 * The pair defaults to Uzbekistan–Kazakhstan, which the seed does not have.
 * The dashboard opens on the pair with the most statements (Kazakhstan–
 * Afghanistan, 11 seeded), so a run must add fewer than that to any one pair.
 */
export function uniqueFigure(overrides: Partial<Figure> = {}): Figure & { tag: string; millions: string } {
  const tag = `${Date.now().toString(36)}${randomInt(36 ** 4).toString(36)}`;
  const millions = `${randomInt(100, 1000)}.${randomInt(1, 10)}`;
  return {
    tag,
    millions,
    economyA: 'Uzbekistan',
    economyB: 'Kazakhstan',
    period: '2023',
    valueText: `${millions} million US dollars`,
    statementDate: '2024-03-01',
    speaker: `Test speaker ${tag}`,
    outlet: `Test outlet ${tag}`,
    sourceUrl: `https://example.org/tradewatch-e2e/${tag}`,
    quote: `Trade reached ${millions} million US dollars last year (${tag}).`,
    ...overrides,
  };
}

/** Today as the server writes it: yyyy-mm-dd in UTC. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A label that is also the start of another one ("Period" and "Period start"). */
export function field(page: Page, name: FormFieldName): Locator {
  return page.getByLabel(FORM_LABELS[name], { exact: true });
}

export async function fillStatementForm(page: Page, figure: Figure): Promise<void> {
  for (const name of Object.keys(FORM_LABELS) as FormFieldName[]) {
    await field(page, name).fill(figure[name]);
  }
}

/** Every text box of the form still holds what was typed. */
export async function expectFormToHold(page: Page, figure: Figure): Promise<void> {
  for (const name of Object.keys(FORM_LABELS) as FormFieldName[]) {
    await expect(field(page, name), `${FORM_LABELS[name]} keeps what was typed`).toHaveValue(figure[name]);
  }
}

/** The statements table of the dashboard, found by its caption. */
export function statementsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Statements, newest first' });
}

/** The body rows of a table: the rows that hold cells rather than column headers. */
export function bodyRows(table: Locator): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('cell') });
}

/** The chart: a figure named by its caption, whose points are links. */
export function chart(page: Page): Locator {
  return page.getByRole('figure');
}

export type CsvRecord = Record<string, string>;

/** Parses a CSV download: its header row, then one object per statement. */
export function parseCsv(text: string): { header: string[]; records: CsvRecord[] } {
  const rows: string[][] = parse(text, { bom: true });
  const [header, ...body] = rows;
  const records = body.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  return { header, records };
}

/** A pair's total-trade statements as the CSV export gives them. */
export async function csvRowsFor(request: APIRequestContext, pair: string): Promise<CsvRecord[]> {
  const response = await request.get(`/statements.csv?pair=${pair}&flow=total`);
  expect(response.status()).toBe(200);
  return parseCsv(await response.text()).records;
}

/** Runs axe for WCAG 2 A and AA and returns the serious and critical violations, in a readable form. */
export async function seriousAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Collects any alert, confirm or prompt a page opens, so a test can assert there were none. */
export const test = base.extend<{ dialogs: string[] }>({
  dialogs: async ({ page }, use) => {
    const opened: string[] = [];
    page.on('dialog', async (dialog) => {
      opened.push(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    });
    await use(opened);
  },
});

export { expect };

/** A browser with no editor session: use with `test.use({ storageState: READER })`. */
export const READER = { cookies: [], origins: [] };

/** The e2e server's founding admin (no ADMIN_EMAIL is set): its password is E2E_EDITOR_PASSWORD. */
export const ADMIN_EMAIL = 'admin@tradewatch.invalid';
