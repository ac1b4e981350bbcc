import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../db/client';
import { type Statement, statements } from '../../db/schema';
import { POST } from '../../app/api/statements/route';
import { seedItem } from '../../app/lib/data/seed';
import { saveStatements } from '../../app/lib/data/statement-writes';
import { STATEMENT_MESSAGES as M } from '../../app/lib/domain/statement-messages';
import { parseStatedValue } from '../../app/lib/domain/value-parse';
import { checkCards, saveCards } from '../../app/lib/extract/save-cards';
import { importText } from '../../app/lib/import/run-import';
import { validateStatementForm } from '../../app/lib/statements/schema';
import { useTempAppDatabase } from '../support/app-database';
import { addAccount, sessionCookieFor } from '../support/signed-in';
import { cardOfRow, csvOfRow, formValuesOfRow, seedOfRow, type StatementRow } from '../support/statement-rows';

// Issue 10: the same rows through every way in, the same stored statement or
// the same message on the matching field (form, JSON API, extraction card) or
// column (CSV import).

const session = vi.hoisted(() => ({ token: '' }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => (session.token ? { value: session.token } : undefined), set: () => {}, delete: () => {} }),
  headers: async () => new Headers(),
}));

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeEach(async () => {
  temp = await useTempAppDatabase();
  // A real server-side session: a token for an id the sessions table does not hold is refused.
  session.token = await sessionCookieFor(temp.db, (await addAccount(temp.db, 'editor')).id);
});
afterEach(() => temp.dispose());

const DOLLARS: StatementRow = {
  economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported',
  periodText: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31', periodLabel: '2023',
  valueText: '567.5 million dollars', valueStated: 567.5e6, currency: 'USD', usdRate: null, valueUsd: 567.5e6, hedge: 'exact',
  sourceUrl: 'https://example.org/kaz-afg', statementDate: '2024-10-22', publishedDate: '2024-10-23',
};
const RATE = 0.0076629370000001234;
const RUPEES: StatementRow = {
  ...DOLLARS, economyA: 'NPL', economyB: 'IND', flow: 'imports', valueText: 'NPR 1,134.53 billion',
  valueStated: 1134.53e9, currency: 'NPR', usdRate: RATE, valueUsd: 1134.53e9 * RATE,
};
// No rate typed: every way in takes the exchange-rate table's 2023 average for tenge (World Bank, 456.165).
const TENGE: StatementRow = {
  ...DOLLARS, economyA: 'KAZ', economyB: 'UZB', valueText: '2 trillion tenge', valueStated: 2e12, currency: 'KZT', usdRate: null, valueUsd: null,
};
// No rate typed and none in the table (the World Bank has no afghani rate after 2020): kept without a dollar value.
const AFGHANIS: StatementRow = {
  ...DOLLARS, economyA: 'AFG', economyB: 'UZB', valueText: '60 billion afghanis', valueStated: 60e9, currency: 'AFN', usdRate: null, valueUsd: null,
};
const DEFICIT: StatementRow = { ...DOLLARS, flow: 'balance', valueText: 'a deficit of $85 billion', valueStated: -85e9, valueUsd: -85e9 };

type Path = 'form' | 'api' | 'extraction' | 'csv' | 'seed';
const TYPED_PATHS: Path[] = ['form', 'api', 'extraction'];
const ALL_PATHS: Path[] = [...TYPED_PATHS, 'csv', 'seed'];

/** Whether the form's words for the row read as its signed amount (the phrases module reads "a deficit of"). */
const formReads = (row: StatementRow) => {
  const parsed = parseStatedValue(row.valueText);
  return parsed.ok && parsed.value.amount === row.valueStated;
};

type Outcome = { saved: true } | { saved: false; errors: Record<string, string[]> };

/** Sends a row through one way in; errors come back keyed by the form field, or by CSV column. */
async function send(path: Path, row: StatementRow, db: Db): Promise<Outcome> {
  if (path === 'form') {
    const validation = validateStatementForm(formValuesOfRow(row));
    if (!validation.ok) return { saved: false, errors: validation.errors };
    const result = await saveStatements(db, [{ statement: validation.input }], 'editor');
    return result.ok ? { saved: true } : { saved: false, errors: result.refused[0].errors };
  }
  if (path === 'api') {
    const request = new Request('http://localhost/api/statements', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(formValuesOfRow(row)) });
    const response = await POST(request);
    if (response.status === 201) return { saved: true };
    expect(response.status).toBe(400);
    return { saved: false, errors: ((await response.json()) as { errors: Record<string, string[]> }).errors };
  }
  if (path === 'extraction') {
    const cards = [cardOfRow(row)];
    const checked = checkCards(cards);
    if (!checked.ok) return { saved: false, errors: checked.cards[0].errors };
    const saved = await saveCards(db, cards, checked, 'editor');
    return saved.ok ? { saved: true } : { saved: false, errors: saved.cards[0].errors };
  }
  if (path === 'csv') {
    const report = await importText(db, csvOfRow(row));
    if (report.errors.length === 0) return { saved: true };
    const errors: Record<string, string[]> = {};
    for (const error of report.errors) {
      expect(error.line).toBe(2);
      (errors[error.column] ??= []).push(error.message);
    }
    return { saved: false, errors };
  }
  const result = await saveStatements(db, [seedItem(seedOfRow(row))], 'seed');
  return result.ok ? { saved: true } : { saved: false, errors: result.refused[0].errors };
}

const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt']);
function newest(db: Db): Record<string, unknown> {
  const rows = db.select().from(statements).all();
  const row: Statement = rows.reduce((a, b) => (b.id > a.id ? b : a));
  return Object.fromEntries(Object.entries(row).filter(([key]) => !BOOKKEEPING.has(key)));
}

describe.each([
  ['total trade in dollars', DOLLARS],
  ['imports in rupees at a rate with more digits than are kept', RUPEES],
  ['a trade balance: economy A’s deficit, negative', DEFICIT],
  ['tenge with no rate typed, priced by the exchange-rate table', TENGE],
  ['afghanis with no rate anywhere, kept without a dollar value', AFGHANIS],
])('a valid row, %s', (_name, row) => {
  it('is stored as the same statement, every column, through every way in', async () => {
    const stored: Record<string, Record<string, unknown>> = {};
    for (const path of ALL_PATHS) {
      if (TYPED_PATHS.includes(path) && !formReads(row)) continue;
      temp.db.$client.exec('PRAGMA foreign_keys = OFF; DELETE FROM statement_history; DELETE FROM statements; PRAGMA foreign_keys = ON;');
      expect(await send(path, row, temp.db), path).toEqual({ saved: true });
      stored[path] = newest(temp.db);
    }
    const [first, ...others] = Object.values(stored);
    for (const other of others) expect(other).toEqual(first);
    if (row.valueUsd !== null) expect(first).toMatchObject({ economyA: row.economyA, flow: row.flow, valueStated: row.valueStated, valueUsd: Number(row.valueUsd.toPrecision(15)) });
    else if (row.currency === 'KZT') expect(first).toMatchObject({ rateOrigin: 'table', rateSource: 'KZT 456.2 per USD, 2023 average, World Bank WDI PA.NUS.FCRF (CC BY 4.0)', valueUsd: Number((2e12 * Number((1 / 456.165).toPrecision(15))).toPrecision(15)) });
    else expect(first).toMatchObject({ currency: 'AFN', usdRate: null, valueUsd: null, rateOrigin: null, rateSource: null });
  });
});

interface BadRow {
  name: string;
  row: StatementRow;
  field: string;
  formField: string;
  column: string;
  message: string;
  /** Ways in whose input can carry the mistake: the form computes value_usd, the seed too. */
  paths?: Path[];
}

const BAD_ROWS: BadRow[] = [
  { name: 'value_usd disagreeing with value_stated × rate', row: { ...DOLLARS, valueStated: 1e9, valueText: '1 billion dollars', valueUsd: 5 }, field: 'valueUsd', formField: 'valueText', column: 'value_usd', message: M.usdInconsistent(5, 1e9), paths: ['csv'] },
  { name: 'a publication date in 2099', row: { ...DOLLARS, publishedDate: '2099-01-01' }, field: 'publishedDate', formField: 'publishedDate', column: 'published_date', message: M.dateInFuture('The publication date') },
  { name: 'a publication date before the statement date', row: { ...DOLLARS, publishedDate: '2024-10-01' }, field: 'publishedDate', formField: 'publishedDate', column: 'published_date', message: M.publishedBeforeStatement },
  { name: 'a source URL with no host', row: { ...DOLLARS, sourceUrl: 'https://' }, field: 'sourceUrl', formField: 'sourceUrl', column: 'source_url', message: M.urlNotWeb },
  { name: 'an unknown currency', row: { ...DOLLARS, currency: 'XYZ', usdRate: 0.5, valueUsd: 567.5e6 * 0.5 }, field: 'currency', formField: 'currency', column: 'currency', message: M.currencyUnknown('XYZ') },
  { name: 'a period that ends before it starts', row: { ...DOLLARS, periodText: '', periodStart: '2023-06-30', periodEnd: '2023-01-01', periodLabel: '' }, field: 'periodEnd', formField: 'periodEnd', column: 'period_end', message: M.periodReversed },
  { name: 'a negative value for total trade', row: { ...DOLLARS, valueText: '-5 million dollars', valueStated: -5e6, valueUsd: -5e6 }, field: 'valueStated', formField: 'valueText', column: 'value_stated', message: M.negativeVolume },
];

describe.each(BAD_ROWS)('a row with $name', (bad) => {
  it('is refused with the same message on its field or column, and nothing is stored', async () => {
    const before = temp.db.select().from(statements).all().length;
    for (const path of bad.paths ?? ALL_PATHS) {
      if (TYPED_PATHS.includes(path) && !formReads(bad.row)) continue;
      const outcome = await send(path, bad.row, temp.db);
      const key = path === 'csv' ? bad.column : path === 'seed' ? bad.field : bad.formField;
      expect(outcome, path).toEqual({ saved: false, errors: expect.objectContaining({ [key]: expect.arrayContaining([bad.message]) }) });
    }
    expect(temp.db.select().from(statements).all()).toHaveLength(before);
  });
});
