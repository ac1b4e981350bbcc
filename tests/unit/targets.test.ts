import { describe, expect, it } from 'vitest';
import type { Hedge } from '../../app/lib/domain/vocabulary';
import { targetHistories } from '../../app/lib/domain/target-history';
import { isTargetMet, judgeTargets } from '../../app/lib/domain/verdicts';
import { figure } from '../support/figures';

describe('judgeTargets', () => {
  it('reads the seeded Kazakh target as missed, at 19% of target', () => {
    const target = figure('projected', 3e9, { hedge: 'more than' });
    const outcome = figure('reported', 567.5e6, { statementDate: '2024-10-22' });
    const [result] = judgeTargets([target, outcome], '2026-11-28');
    expect(result.verdict).toBe('missed');
    expect(result.summary).toBe('more than $3B for 2023, reported $567.5M: 19% of target, missed');
  });

  it('never settles an annual target with a partial-year figure', () => {
    const target = figure('projected', 1e9);
    const partial = figure('reported', 2e9, { periodEnd: '2023-05-31', periodLabel: 'Jan–May 2023' });
    expect(judgeTargets([target, partial], '2026-01-01')[0].verdict).toBe('no reported figure yet');
  });

  it('says not yet due while the period is still running', () => {
    const target = figure('projected', 1e9, { periodStart: '2030-01-01', periodEnd: '2030-12-31', periodLabel: 'by 2030' });
    expect(judgeTargets([target], '2026-11-28')[0]).toMatchObject({ verdict: 'not yet due', summary: '$1B by 2030: not yet due' });
  });

  it('estimates the pace of a running target from a part-year figure, pro rata', () => {
    const target = figure('projected', 2e9, { periodStart: '2026-01-01', periodEnd: '2026-12-31', periodLabel: '2026' });
    const eightMonths = figure('reported', 1.2e9, { periodStart: '2026-01-01', periodEnd: '2026-08-31', periodLabel: 'Jan–Aug 2026' });
    const [result] = judgeTargets([target, eightMonths], '2026-11-28');
    expect(result.pace).toMatchObject({ estimateUsd: 1.8e9, status: 'behind' });
    expect(result.summary).toBe('$2B for 2026: not yet due; behind on a pro-rata estimate of $1.8B (90%) from Jan–Aug 2026');
  });

  it('says when sources disagree on the outcome and shows their range', () => {
    const target = figure('projected', 1e9);
    const low = figure('reported', 0.95e9, { statementDate: '2024-01-01' });
    const high = figure('reported', 1.05e9, { statementDate: '2024-02-01' });
    const [result] = judgeTargets([target, low, high], '2026-01-01');
    expect(result.verdict).toBe('disputed');
    expect(result.summary).toBe('$1B for 2023, reported $950M–$1.1B: 95%–105% of target, disputed (2 sources differ)');
  });

  it('keeps a verdict all sources agree on while showing their spread', () => {
    const target = figure('projected', 3e9, { hedge: 'more than' });
    const a = figure('reported', 547e6);
    const b = figure('reported', 600e6);
    expect(judgeTargets([target, a, b], '2026-01-01')[0]).toMatchObject({ verdict: 'missed', spread: { min: 547e6, max: 600e6 } });
  });

  it('prefers a stated figure to a derived one, and the latest statement', () => {
    const target = figure('projected', 1e9);
    const derived = figure('reported', 2e9, { derivedFromId: 99, statementDate: '2025-01-01' });
    const early = figure('reported', 0.8e9, { statementDate: '2024-01-01' });
    const late = figure('reported', 0.9e9, { statementDate: '2024-06-01' });
    expect(judgeTargets([target, derived, early, late], '2026-01-01')[0].outcome?.id).toBe(late.id);
  });
});

describe('isTargetMet', () => {
  const cases: [Hedge, number, boolean][] = [
    ['more than', 3e9, false],
    ['more than', 3.01e9, true],
    ['exact', 3e9, true],
    ['at least', 2.99e9, false],
    ['up to', 3.2e9, true],
    ['approximately', 2.75e9, true],
    ['approximately', 2.65e9, false],
  ];
  it.each(cases)('a target of %s $3B against $%d reported: met is %s', (hedge, reported, met) => {
    expect(isTargetMet({ flow: 'total', valueUsd: 3e9, hedge }, reported)).toBe(met);
  });
});

describe('targetHistories', () => {
  it('shows one goal restated for later periods as one history, oldest first', () => {
    const first = figure('projected', 3e9, { statementDate: '2023-04-15' });
    const later = figure('projected', 3e9, { statementDate: '2024-10-22', periodStart: '2026-01-01', periodEnd: '2026-12-31', periodLabel: '2026' });
    const other = figure('projected', 10e9, { statementDate: '2024-01-01' });
    const histories = targetHistories([later, other, first]);
    expect(histories.map((h) => h.map((t) => t.periodLabel))).toEqual([['2023', '2026']]);
  });
});
