import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { statements } from '../../db/schema';
import { checkDerivedFrom } from '../../app/lib/data/derived-from-check';
import { updateStatement } from '../../app/lib/data/statement-edit-writes';
import { changedFields } from '../../app/lib/statements/history-diff';
import { fetchLatestReferenceRates } from '../../app/lib/data/reference-rates';
import { rateExample, rateHint } from '../../app/lib/domain/rate-example';
import { STATEMENT_MESSAGES as M } from '../../app/lib/domain/statement-messages';
import { confirmationOf, statementWarnings } from '../../app/lib/domain/statement-warnings';
import { emptyFormValues, type FormValues } from '../../app/lib/statements/form-fields';
import { validateStatementForm } from '../../app/lib/statements/schema';
import { currencyAnswerValue } from '../../app/lib/statements/form-value';
import { useTempAppDatabase } from '../support/app-database';
import { createTempDatabase } from '../support/temp-database';
import { saveOne, validInput } from '../support/valid-input';

function form(overrides: Partial<FormValues> = {}): FormValues {
  return {
    ...emptyFormValues(),
    economyA: 'Georgia',
    economyB: 'Azerbaijan',
    flow: 'total',
    kind: 'reported',
    period: '2023',
    valueText: '$1.2bn',
    statementDate: '2024-03-01',
    ...overrides,
  };
}

function refused(values: FormValues) {
  const result = validateStatementForm(values);
  if (result.ok) throw new Error('expected the form to be refused');
  return result;
}

describe('the entry form finds every problem in one pass', () => {
  it('reports an unknown currency and a bad rate even when the value and four other fields are wrong too', () => {
    const { errors } = refused(form({ economyB: 'Georgia', period: 'whenever', valueText: 'lots', currency: 'XYZ', usdRate: 'abc', statementDate: '2024-02-30', sourceUrl: 'ftp://x' }));
    expect(Object.keys(errors).sort()).toEqual(['currency', 'economyB', 'period', 'sourceUrl', 'statementDate', 'usdRate', 'valueText']);
    expect(errors.currency).toEqual([M.currencyUnknown('XYZ')]);
    expect(errors.usdRate).toEqual([M.rateNotANumber('abc')]);
  });

  it('says a rate that is not a number is wrong even for a figure in US dollars, instead of ignoring it', () => {
    expect(refused(form({ usdRate: 'abc' })).errors).toEqual({ usdRate: [M.rateNotANumber('abc')] });
  });

  it('asks which currency was meant when “$” is typed and EUR chosen, and saves the answer', () => {
    const asked = refused(form({ currency: 'EUR' }));
    expect(asked.errors).toEqual({ currency: [M.currencyConflict('$', 'USD', 'EUR')], usdRate: [M.rateDependsOnCurrency('USD', 'EUR')] });
    expect(asked.currencyQuestion).toEqual({ written: '$', inValue: 'USD', chosen: 'EUR', answer: null });
    const dollars = validateStatementForm(form({ currency: 'EUR', currencyChoice: 'USD' }));
    expect(dollars.ok && dollars.input).toMatchObject({ currency: 'USD', valueUsd: 1.2e9 });
    const euros = validateStatementForm(form({ currency: 'EUR', currencyChoice: 'EUR', usdRate: '1.08' }));
    expect(euros.ok && euros.input).toMatchObject({ currency: 'EUR', usdRate: 1.08 });
    // The answer is kept for the next round, so the question stays answered.
    expect(euros.currencyQuestion?.answer).toBe('EUR');
  });

  it('says what the rate needs for either answer in the same round as the question', () => {
    expect(refused(form({ currency: 'EUR' })).errors.usdRate).toEqual([M.rateDependsOnCurrency('USD', 'EUR')]);
    expect(M.rateDependsOnCurrency('USD', 'EUR')).toBe(
      'The rate depends on that answer: if it is in EUR, enter how many US dollars one EUR was worth; if it is in US dollars, leave the rate empty.',
    );
  });

  it('does not let an answer kept from an earlier question settle a new one', () => {
    const answered = currencyAnswerValue({ inValue: 'USD', chosen: 'EUR' }, 'USD');
    expect(validateStatementForm(form({ currency: 'EUR', currencyChoice: answered })).ok).toBe(true);
    const changed = refused(form({ currency: 'GBP', currencyChoice: answered }));
    expect(changed.currencyQuestion).toEqual({ written: '$', inValue: 'USD', chosen: 'GBP', answer: null });
  });

  it('refuses a rate with a comma or in hexadecimal rather than reading it 100 times too large', () => {
    for (const typed of ['0,92', '0x10', '1e400', '1.2.3']) {
      expect(refused(form({ valueText: '€1.2bn', usdRate: typed })).errors.usdRate, typed).toEqual([M.rateNotANumber(typed)]);
    }
    expect(validateStatementForm(form({ valueText: '€1.2bn', usdRate: '.92' })).ok).toBe(true);
  });

  it('lets the Currency box settle a word several currencies share, without asking', () => {
    expect(refused(form({ valueText: 'A$3bn', currency: 'USD' })).errors.currency).toEqual([M.currencyConflict('A$', 'AUD', 'USD')]);
    const dollars = validateStatementForm(form({ valueText: '3bn dollars', currency: 'AUD', usdRate: '0.66' }));
    expect(dollars.ok && dollars.input.currency).toBe('AUD');
  });
});

describe('a reported figure for a period that had not ended', () => {
  const timing = { kind: 'reported', periodStart: '2026-01-01', periodEnd: '2026-12-31', statementDate: '2025-03-01' };

  it('is a warning, not an error, and says that the period had not begun', () => {
    const [warning] = statementWarnings(timing);
    expect(warning.field).toBe('kind');
    expect(warning.message).toContain('had not begun on 2025-03-01');
    expect(statementWarnings({ ...timing, kind: 'projected' })).toEqual([]);
    expect(statementWarnings({ ...timing, statementDate: '2027-01-05' })).toEqual([]);
  });

  it('needs confirming again once the period or the date it is about changes', () => {
    const before = confirmationOf(statementWarnings(timing));
    expect(confirmationOf(statementWarnings({ ...timing, periodEnd: '2026-06-30' }))).not.toBe(before);
    expect(statementWarnings({ ...timing, statementDate: '2026-03-01' })[0].message).toContain('had not ended on 2026-03-01');
  });
});

describe('“Derived from” is checked against the database before saving', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeEach(async () => {
    temp = await createTempDatabase();
  });
  afterEach(() => temp.dispose());

  const link = (derivedFromId: number, kind = 'reported') => ({ economyA: 'UZB', economyB: 'KAZ', kind, derivedFromId });

  it('refuses a statement that does not exist, a deleted one, another pair’s, and a projection from a projection', async () => {
    const reported = await saveOne(temp.db, validInput());
    const target = await saveOne(temp.db, validInput({ kind: 'projected', period: 'by 2030', valueText: '10 billion dollars' }));
    const otherPair = await saveOne(temp.db, validInput({ economyA: 'GEO', economyB: 'AZE' }));
    if (!reported.ok || !target.ok || !otherPair.ok) throw new Error('seeding the test failed');

    expect(await checkDerivedFrom(temp.db, link(999_999), null)).toEqual({ derivedFromId: [M.parentMissing(999_999)] });
    expect(await checkDerivedFrom(temp.db, link(otherPair.id), null)).toEqual({ derivedFromId: [M.parentOtherPair(otherPair.id, 'AZE-GEO')] });
    expect(await checkDerivedFrom(temp.db, link(target.id, 'projected'), null)).toEqual({ derivedFromId: [M.parentProjected(target.id)] });
    expect(await checkDerivedFrom(temp.db, link(reported.id, 'reported'), reported.id)).toEqual({ derivedFromId: [M.parentItself(reported.id)] });
    // A reported figure may come from a target it says was met; a projection from a reported figure.
    expect(await checkDerivedFrom(temp.db, link(target.id, 'reported'), null)).toBeNull();
    expect(await checkDerivedFrom(temp.db, link(reported.id, 'projected'), null)).toBeNull();

    // Before the economies are known, the parent is still checked, so its problem is not left for a second round.
    expect(await checkDerivedFrom(temp.db, { economyA: null, economyB: 'KAZ', kind: 'reported', derivedFromId: 999_999 }, null)).toEqual({ derivedFromId: [M.parentMissing(999_999)] });

    const child = await saveOne(temp.db, validInput({ period: '2018', valueText: '1.6 billion dollars', derivedFromId: String(reported.id) }));
    if (!child.ok) throw new Error('seeding the child failed');
    temp.db.update(statements).set({ deletedAt: '2024-01-01T00:00:00.000Z' }).where(eq(statements.id, reported.id)).run();
    expect(await checkDerivedFrom(temp.db, link(reported.id), null)).toEqual({ derivedFromId: [M.parentDeleted(reported.id)] });
    // Deleting a parent does not lock its children: an edit that keeps the link is not refused for it.
    expect(await checkDerivedFrom(temp.db, link(reported.id), child.id)).toBeNull();
  });

  it('is the same check the write path runs, so a save is refused for the same reason', async () => {
    const result = await saveOne(temp.db, validInput({ derivedFromId: '999999' }));
    expect(result).toEqual({ ok: false, reason: 'refused', errors: { derivedFromId: [M.parentMissing(999_999)] } });
  });
});

describe('the rate hint', () => {
  let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
  beforeEach(async () => {
    temp = await useTempAppDatabase();
  });
  afterEach(() => temp.dispose());

  it('gives a recent reference rate for the currency, from the exchange-rate table as seeded from the World Bank', async () => {
    const rates = await fetchLatestReferenceRates();
    expect(rates.EUR.year).toBe(2024);
    // 0.923889546117607 euros per dollar in 2024 (db/reference/fx-annual.csv).
    expect(rateExample('EUR', rates)).toBe('1.082 (World Bank, 2024 average)');
    expect(rateHint('NPR', rates)).toMatch(/one NPR was worth, e\.g\. 0\.007\d{3} \(World Bank, 2024 average\)/);
    // Leaving the rate empty is now a real choice: the write path prices the figure from the table.
    expect(rateHint('NPR', rates)).toContain('Leave it empty to use the exchange-rate table’s average for the figure’s period');
    expect(rateHint('XYZ', rates)).toContain('the exchange-rate table has no rate for XYZ');
    expect(rateHint('XYZ', rates)).toContain('leave it empty to keep the figure without a dollar value');
    expect(rateHint(null, rates)).toContain('Leave empty for US dollars');
  });

  it('shows a rate imported after the seed at once', async () => {
    temp.db.$client.prepare("insert into exchange_rates (currency, year, month, units_per_usd, source, imported_at) values ('EUR', 2025, 0, 0.9, 'test', '2026-01-01')").run();
    const rates = await fetchLatestReferenceRates();
    expect(rates.EUR).toEqual({ usdPerUnit: 1 / 0.9, year: 2025 });
  });
});

describe('an edit saved over someone else’s change', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  beforeEach(async () => {
    temp = await createTempDatabase();
  });
  afterEach(() => temp.dispose());

  it('is refused with the other change, and goes through once made against the current version', async () => {
    const saved = await saveOne(temp.db, validInput());
    if (!saved.ok) throw new Error('seeding the test failed');
    const opened = temp.db.select().from(statements).where(eq(statements.id, saved.id)).get()!.updatedAt;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await updateStatement(temp.db, saved.id, validInput({ valueText: '4 billion dollars' }), 'editor-one', opened)).toEqual({ ok: true, id: saved.id });

    const late = await updateStatement(temp.db, saved.id, validInput({ speaker: 'Someone' }), 'editor-two', opened);
    if (late.ok || late.reason !== 'stale') throw new Error(`expected a stale edit, got ${JSON.stringify(late)}`);
    expect(changedFields(late.since[0].before, late.since[late.since.length - 1].after).map((c) => c.field)).toContain('valueText');
    expect(temp.db.select().from(statements).where(eq(statements.id, saved.id)).get()!.valueText).toBe('4 billion dollars');

    const again = await updateStatement(temp.db, saved.id, validInput({ speaker: 'Someone' }), 'editor-two', late.current.updatedAt);
    expect(again).toEqual({ ok: true, id: saved.id });
  });
});
