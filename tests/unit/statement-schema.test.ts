import { describe, expect, it } from 'vitest';
import { checkStatement } from '../../app/lib/domain/statement-rules';
import { validateStatementForm } from '../../app/lib/statements/schema';
import { emptyFormValues, type FormValues } from '../../app/lib/statements/form-fields';

function form(overrides: Partial<FormValues> = {}): FormValues {
  return {
    ...emptyFormValues(),
    economyA: 'Kazakhstan',
    economyB: 'AFG',
    flow: 'total',
    kind: 'reported',
    period: '2023',
    valueText: '567.5 million',
    statementDate: '2024-10-22',
    ...overrides,
  };
}

function errorsFor(overrides: Partial<FormValues>) {
  const result = validateStatementForm(form(overrides));
  if (result.ok) throw new Error('expected the form to be refused');
  return result.errors;
}

describe('validateStatementForm', () => {
  it('turns a typical entry into a statement in US dollars', () => {
    const result = validateStatementForm(form());
    expect(result).toMatchObject({
      ok: true,
      input: {
        economyA: 'KAZ',
        economyB: 'AFG',
        periodStart: '2023-01-01',
        periodEnd: '2023-12-31',
        valueStated: 567.5e6,
        currency: 'USD',
        usdRate: null,
        valueUsd: 567.5e6,
        hedge: 'exact',
        statementDate: '2024-10-22',
      },
    });
  });

  it('reads the hedge from the wording when none is chosen, and prefers a chosen one', () => {
    const worded = validateStatementForm(form({ valueText: 'approximately one billion dollars' }));
    expect(worded.ok && worded.input.hedge).toBe('approximately');
    const chosen = validateStatementForm(form({ valueText: 'approximately one billion dollars', hedge: 'at least' }));
    expect(chosen.ok && chosen.input.hedge).toBe('at least');
  });

  it('converts another currency at the given rate and keeps the rate', () => {
    const result = validateStatementForm(form({ valueText: '1,134.53 billion rupees', currency: 'NPR', usdRate: '0.0075' }));
    expect(result.ok && result.input).toMatchObject({ currency: 'NPR', usdRate: 0.0075, valueStated: 1134.53e9 });
    expect(result.ok && result.input.valueUsd).toBeCloseTo(1134.53e9 * 0.0075);
  });

  // A figure in another currency with no typed rate is kept as stated, without
  // a dollar value: the write path prices it from the exchange-rate table, or
  // saves it unpriced. Only a dollar value that no rate explains is refused.
  it('accepts another currency without a rate, with no dollar value, for the write path to price', () => {
    const result = validateStatementForm(form({ valueText: '1.69 trillion yuan' }));
    expect(result.ok && result.input).toMatchObject({ currency: 'CNY', valueStated: 1.69e12, usdRate: null, valueUsd: null, rateOrigin: null, rateSource: null });
  });

  it('asks for the rate when a value in another currency comes with a dollar value but no rate', () => {
    const result = validateStatementForm(form({ valueText: '1.69 trillion yuan' }));
    const check = checkStatement({ ...result.candidate, valueUsd: 235e9 });
    expect(check.ok).toBe(false);
    expect(!check.ok && check.errors.usdRate?.[0]).toMatch(/rate used to convert CNY/);
  });

  it('marks a typed rate as the editor’s', () => {
    const result = validateStatementForm(form({ valueText: '1.69 trillion yuan', usdRate: '0.139' }));
    expect(result.ok && result.input).toMatchObject({ usdRate: 0.139, rateOrigin: 'editor' });
  });

  it('says an empty economy must be entered', () => {
    expect(errorsFor({ economyA: '  ' }).economyA?.[0]).toMatch(/Enter economy A/);
  });

  it('names an unknown economy and says how to pick one', () => {
    expect(errorsFor({ economyB: 'Narnia' }).economyB?.[0]).toMatch(/“Narnia” is not an economy we know/);
  });

  it('refuses the same economy on both sides', () => {
    expect(errorsFor({ economyB: 'Kazakhstan (KAZ)' }).economyB?.[0]).toMatch(/must differ from economy A/);
  });

  it('refuses a value that is not a number', () => {
    expect(errorsFor({ valueText: 'lots' }).valueText?.[0]).toMatch(/not a number/);
  });

  it('refuses a negative value', () => {
    expect(errorsFor({ valueText: '-5 million' }).valueText?.[0]).toMatch(/positive|more than zero/);
  });

  it('refuses zero for a total', () => {
    expect(errorsFor({ valueText: '0' }).valueText?.[0]).toMatch(/more than zero/);
  });

  it('refuses a value beyond $100 trillion and suggests checking the unit', () => {
    expect(errorsFor({ valueText: '150 trillion dollars' }).valueText?.[0]).toMatch(/more than \$100 trillion.*unit/);
  });

  it('refuses an unreadable period', () => {
    expect(errorsFor({ period: 'sometime soon' }).period?.[0]).toBeTruthy();
  });

  it('refuses a period in the year 1200', () => {
    expect(errorsFor({ period: '1200' }).period?.[0]).toMatch(/1900/);
  });

  it('refuses explicit dates whose end is before the start', () => {
    expect(errorsFor({ periodStart: '2023-05-31', periodEnd: '2023-01-01' }).periodEnd?.[0]).toMatch(/ends before it starts/);
  });

  it('requires the statement date', () => {
    expect(errorsFor({ statementDate: '' }).statementDate?.[0]).toMatch(/Enter the date the statement was made/);
  });

  it('refuses a statement date in the future', () => {
    expect(errorsFor({ statementDate: '2999-01-01' }).statementDate?.[0]).toMatch(/in the future/);
  });

  it('refuses an impossible date', () => {
    expect(errorsFor({ statementDate: '2023-02-30' }).statementDate?.[0]).toMatch(/real date/);
  });

  it.each(['javascript:alert(1)', 'ftp://example.com/file', 'not a url'])('refuses the source URL %s', (url) => {
    expect(errorsFor({ sourceUrl: url }).sourceUrl?.[0]).toMatch(/http:\/\/ or https:\/\//);
  });

  it('refuses a field longer than its limit', () => {
    expect(errorsFor({ speaker: 'x'.repeat(201) }).speaker?.[0]).toMatch(/longer than 200 characters/);
  });

  it('reports every wrong field at once', () => {
    const errors = errorsFor({ economyA: '', valueText: 'lots', period: 'whenever', statementDate: '' });
    expect(Object.keys(errors).sort()).toEqual(['economyA', 'period', 'statementDate', 'valueText']);
  });

  it('keeps HTML in text fields exactly as typed', () => {
    const quote = '<script>alert("x")</script> «Сауда» تجارت';
    const result = validateStatementForm(form({ quote }));
    expect(result.ok && result.input.quote).toBe(quote);
  });
});
