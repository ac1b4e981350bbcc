import { describe, expect, it } from 'vitest';
import type { PricedStatement as Statement } from '../../app/lib/domain/statement';
import { consistencyOfDerived, derivedConsistency } from '../../app/lib/domain/conflicts';
import { DERIVED_TOLERANCE } from '../../app/lib/domain/thresholds';
import { statementRow } from '../support/dashboard-rows';

const in2020 = (valueUsd: number, fields: Partial<Statement> = {}) => statementRow({ valueUsd, ...fields });
const derived = (valueUsd: number, fields: Partial<Statement> = {}) => in2020(valueUsd, { derivedFromId: 77, ...fields });

describe('consistency of derived figures', () => {
  it('is consistent when every stated figure for the period is within the derived tolerance', () => {
    const stated = [in2020(1e9), in2020(1.08e9)];
    const figure = derived(1e9);
    expect(derivedConsistency(figure, stated)).toEqual({ verdict: 'consistent', against: stated });
    expect(derivedConsistency(derived(1e9 / (1 - DERIVED_TOLERANCE) + 1e3), [in2020(1e9)]).verdict).toBe('inconsistent');
  });

  it('is inconsistent when any stated figure is further off', () => {
    expect(derivedConsistency(derived(1e9), [in2020(1.05e9), in2020(1.5e9)]).verdict).toBe('inconsistent');
  });

  it('is unchecked with nothing stated to compare: other periods, flows, targets and other derived figures do not count', () => {
    const others = [
      in2020(1e9, { periodStart: '2019-01-01', periodEnd: '2019-12-31' }),
      in2020(1e9, { flow: 'exports', origin: 'KAZ' }),
      in2020(1e9, { kind: 'projected' }),
      derived(1e9),
    ];
    expect(derivedConsistency(derived(1e9), others)).toEqual({ verdict: 'unchecked', against: [] });
  });

  it('compares a derived balance on its size', () => {
    const balance = { flow: 'balance' as const, origin: 'KAZ' };
    expect(derivedConsistency(derived(-1e9, balance), [in2020(-1.05e9, balance)]).verdict).toBe('consistent');
    expect(derivedConsistency(derived(-1e9, balance), [in2020(1e9, balance)]).verdict).toBe('inconsistent');
  });

  it('judges every derived figure of a view in one pass, with the same answers', () => {
    const rows = [in2020(1e9), derived(1.05e9), derived(1.5e9), derived(1e9, { periodStart: '2019-01-01', periodEnd: '2019-12-31' })];
    const all = consistencyOfDerived(rows);
    expect([...all.values()]).toEqual(['consistent', 'inconsistent', 'unchecked']);
    for (const row of rows.slice(1)) expect(all.get(row.id)).toBe(derivedConsistency(row, rows).verdict);
  });
});
