import { describe, expect, it } from 'vitest';
import { STATEMENT_MESSAGES as M } from '../../app/lib/domain/statement-messages';
import { checkStatement, type StatementCandidate } from '../../app/lib/domain/statement-rules';

// The core's rules on typed values, for the cases no form can type: a JSON
// body, a CSV line or the seed can carry any value in any field.

const candidate = (overrides: Partial<StatementCandidate> = {}): StatementCandidate => ({
  economyA: 'KAZ', economyB: 'AFG', flow: 'total', kind: 'reported',
  periodStart: '2023-01-01', periodEnd: '2023-12-31', periodLabel: '2023',
  valueText: '$1bn', valueStated: 1e9, currency: 'USD', usdRate: null, valueUsd: 1e9, hedge: 'exact',
  speaker: null, speakerRole: null, organisation: null, outlet: null, sourceUrl: null, quote: null,
  statementDate: '2024-01-10', publishedDate: null, notes: null, derivedFromId: null, derivation: null,
  ...overrides,
});

const errorsOf = (overrides: Partial<StatementCandidate>) => {
  const check = checkStatement(candidate(overrides));
  if (check.ok) throw new Error('expected a refusal');
  return check.errors;
};

describe('checkStatement', () => {
  it('accepts a valid statement and resolves economy names to codes', () => {
    expect(checkStatement(candidate({ economyA: 'Kazakhstan', economyB: 'afg' }))).toMatchObject({ ok: true, statement: { economyA: 'KAZ', economyB: 'AFG' } });
  });

  it('treats a rate of 1 for dollars as no rate, and refuses any other', () => {
    expect(checkStatement(candidate({ usdRate: 1 }))).toMatchObject({ ok: true, statement: { usdRate: null } });
    expect(errorsOf({ usdRate: 2, valueUsd: 2e9 }).usdRate).toEqual([M.rateForDollars]);
  });

  it('asks for a rate for another currency', () => {
    expect(errorsOf({ currency: 'NPR' }).usdRate).toEqual([M.rateMissing('NPR')]);
  });

  it('refuses, with the field message, a dollar value on the boundary where max(|usd|, |expected|) and the CHECK\'s abs(value_usd) disagree', () => {
    // SQLite's CHECK refuses this row (abs(usd - stated × rate) > 1e-9 × abs(usd)); measured against the larger of the two it passed.
    const boundary = { currency: 'EUR', valueStated: 1408543588, usdRate: 1.42373888356862, valueUsd: 2005398273.43146 };
    expect(errorsOf(boundary).valueUsd).toEqual([M.usdInconsistent(boundary.valueUsd, boundary.valueStated * boundary.usdRate)]);
  });

  it('allows value_usd to differ from value_stated × rate by rounding (1e-9 of it, the CHECK of migration 0006), not more', () => {
    const rate = 0.0076629370000001234;
    expect(checkStatement(candidate({ currency: 'NPR', valueStated: 1134.53e9, usdRate: rate, valueUsd: 8693831914.61014 })).ok).toBe(true);
    expect(errorsOf({ currency: 'NPR', valueStated: 1134.53e9, usdRate: rate, valueUsd: 8693000000 }).valueUsd?.[0]).toMatch(/is not the stated value times the rate/);
  });

  it('lets a balance be negative or zero, and no other flow', () => {
    expect(checkStatement(candidate({ flow: 'balance', valueStated: -85e9, valueUsd: -85e9 })).ok).toBe(true);
    expect(checkStatement(candidate({ flow: 'balance', valueStated: 0, valueUsd: 0 })).ok).toBe(true);
    expect(errorsOf({ flow: 'exports', valueStated: -85e9, valueUsd: -85e9 }).valueStated).toEqual([M.negativeVolume]);
    expect(errorsOf({ valueStated: 0, valueUsd: 0 }).valueStated).toEqual([M.zeroVolume]);
  });

  it('refuses a deficit beyond $100 trillion as it refuses a volume', () => {
    expect(errorsOf({ flow: 'balance', valueStated: -2e14, valueUsd: -2e14 }).valueUsd?.[0]).toMatch(/more than \$100 trillion/);
  });

  it('refuses words outside the vocabulary, and says which words there are', () => {
    const errors = errorsOf({ flow: 'trade', kind: 'guessed', hedge: 'maybe' });
    expect(errors).toEqual({ flow: [M.flow], kind: [M.kind], hedge: [M.hedge] });
  });

  it('refuses a derived-from that is not a statement number', () => {
    expect(errorsOf({ derivedFromId: 1.5 }).derivedFromId).toEqual([M.derivedFromNotANumber]);
  });

  it('names a label for a period given by its dates alone', () => {
    expect(checkStatement(candidate({ periodLabel: '' }))).toMatchObject({ ok: true, statement: { periodLabel: '2023-01-01 to 2023-12-31' } });
  });

  it('reports every problem at once, cross-field ones included', () => {
    const errors = errorsOf({ economyB: 'KAZ', periodEnd: '2022-12-31', publishedDate: '2024-01-01', sourceUrl: 'https://' });
    expect(Object.keys(errors).sort()).toEqual(['economyB', 'periodEnd', 'publishedDate', 'sourceUrl']);
  });
});
