import { describe, expect, it } from 'vitest';
import type { Hedge } from '../../app/lib/domain/vocabulary';
import { type Figure, isTargetMet, judgeTargets } from '../../app/lib/domain/verdicts';
import { APPROXIMATE_TOLERANCE } from '../../app/lib/domain/thresholds';
import { seenFrom } from '../../app/lib/domain/balance-side';

const bn = 1e9;
const deficitTarget = (limit: number, hedge: Hedge = 'exact') => ({ flow: 'balance' as const, valueUsd: -limit, hedge });

describe('a deficit target ("cut the deficit to $10B", stored as −10B)', () => {
  it('is met by a smaller deficit and missed by a larger one', () => {
    expect(isTargetMet(deficitTarget(10 * bn), -8 * bn)).toBe(true);
    expect(isTargetMet(deficitTarget(10 * bn), -10 * bn)).toBe(true);
    expect(isTargetMet(deficitTarget(10 * bn), -12 * bn)).toBe(false);
  });

  it('is met by a surplus: the deficit is gone', () => {
    expect(isTargetMet(deficitTarget(10 * bn), 1 * bn)).toBe(true);
  });

  const hedges: [Hedge, number, boolean][] = [
    ['less than', -10 * bn, false],
    ['less than', -9.99 * bn, true],
    ['up to', -10 * bn, true],
    ['up to', -10.01 * bn, false],
    ['approximately', -10 * bn * (1 + APPROXIMATE_TOLERANCE), true],
    ['approximately', -11.5 * bn, false],
    ['nearly', -10.5 * bn, true],
    // "A deficit of more than $10B" forecasts a deficit at least that large.
    ['more than', -10 * bn, false],
    ['more than', -12 * bn, true],
    ['at least', -10 * bn, true],
    ['at least', -8 * bn, false],
  ];
  it.each(hedges)('with "%s" a reported %d is met: %s', (hedge, reported, met) => {
    expect(isTargetMet(deficitTarget(10 * bn, hedge), reported)).toBe(met);
  });
});

describe('a surplus target ("a surplus of $5B", stored as +5B)', () => {
  it('is met by that surplus or more, and missed by less or by a deficit', () => {
    const target = { flow: 'balance' as const, valueUsd: 5 * bn, hedge: 'exact' as const };
    expect(isTargetMet(target, 6 * bn)).toBe(true);
    expect(isTargetMet(target, 4 * bn)).toBe(false);
    expect(isTargetMet(target, -1 * bn)).toBe(false);
    expect(isTargetMet({ ...target, hedge: 'more than' }, 5 * bn)).toBe(false);
  });
});

let nextId = 1;
const figure = (kind: Figure['kind'], valueUsd: number, overrides: Partial<Figure> = {}): Figure => ({
  id: nextId++, flow: 'balance', kind, periodStart: '2023-01-01', periodEnd: '2023-12-31', periodLabel: '2023',
  valueUsd, hedge: 'exact', statementDate: '2023-04-15', derivedFromId: null, ...overrides,
});

describe('judgeTargets on balances', () => {
  it('says met or missed in surplus and deficit words, without a share of a signed target', () => {
    const target = figure('projected', -10 * bn);
    const [met] = judgeTargets([target, figure('reported', -8 * bn)], '2026-01-01');
    expect(met).toMatchObject({ verdict: 'met', ratio: null });
    expect(met.summary).toBe('a deficit of $10B for 2023, reported a deficit of $8B: met');
    const [missed] = judgeTargets([target, figure('reported', -12 * bn)], '2026-01-01');
    expect(missed.summary).toBe('a deficit of $10B for 2023, reported a deficit of $12B: missed');
  });

  it('reports a surplus against a deficit as a conflict between sources', () => {
    const target = figure('projected', -10 * bn, { hedge: 'less than' });
    const [result] = judgeTargets([target, figure('reported', -11 * bn), figure('reported', 2 * bn)], '2026-01-01');
    expect(result.verdict).toBe('disputed');
    expect(result.spread).toEqual({ min: -11 * bn, max: 2 * bn });
    expect(result.summary).toContain('reported a deficit of $11B to a surplus of $2B: disputed (2 sources differ)');
  });

  it('paces a running deficit target on a pro-rata estimate', () => {
    const target = figure('projected', -12 * bn, { periodStart: '2026-01-01', periodEnd: '2026-12-31', periodLabel: '2026' });
    const half = figure('reported', -5 * bn, { periodStart: '2026-01-01', periodEnd: '2026-06-30', periodLabel: 'H1 2026' });
    const [result] = judgeTargets([target, half], '2026-11-28');
    expect(result.pace).toMatchObject({ estimateUsd: -10 * bn, status: 'on track', ratio: null });
    expect(result.summary).toBe('a deficit of $12B for 2026: not yet due; on track on a pro-rata estimate of a deficit of $10B from H1 2026');
  });
});

describe('a balance target seen from either economy of the pair', () => {
  // Pakistan states a target of cutting its deficit with Afghanistan to $5B.
  const stated = { economyA: 'PAK', origin: 'PAK' };
  type SidedFigure = Figure & { economyA: string; origin: string | null };
  const fromBothSides = (figures: Figure[]) => ({
    PAK: (figures as SidedFigure[]).map((f) => seenFrom('PAK', f)),
    AFG: (figures as SidedFigure[]).map((f) => seenFrom('AFG', f)),
  });

  it('gets the verdict of the economy that stated it, from both sides', () => {
    const views = fromBothSides([figure('projected', -5 * bn, stated), figure('reported', -3 * bn, stated)]);
    expect(views.AFG[0].valueUsd).toBe(5 * bn);
    expect(judgeTargets(views.PAK, '2026-01-01')[0].verdict).toBe('met');
    expect(judgeTargets(views.AFG, '2026-01-01')[0].verdict).toBe('met');
    const missed = fromBothSides([figure('projected', -5 * bn, stated), figure('reported', -7 * bn, stated)]);
    expect(judgeTargets(missed.PAK, '2026-01-01')[0].verdict).toBe('missed');
    expect(judgeTargets(missed.AFG, '2026-01-01')[0].verdict).toBe('missed');
  });

  it('is judged against the other side\'s reported figure in the stating economy\'s frame', () => {
    // Afghanistan reports a surplus of $3B: Pakistan's deficit of $3B, within its target.
    const views = fromBothSides([figure('projected', -5 * bn, stated), figure('reported', 3 * bn, { economyA: 'AFG', origin: 'AFG' })]);
    expect(judgeTargets(views.PAK, '2026-01-01')[0].verdict).toBe('met');
    expect(judgeTargets(views.AFG, '2026-01-01')[0].verdict).toBe('met');
  });

  it('keeps its pace from both sides', () => {
    const running = { periodStart: '2026-01-01', periodEnd: '2026-12-31', periodLabel: '2026' };
    const half = { ...stated, periodStart: '2026-01-01', periodEnd: '2026-06-30', periodLabel: 'H1 2026' };
    const views = fromBothSides([figure('projected', -5 * bn, { ...stated, ...running }), figure('reported', -2 * bn, half)]);
    expect(judgeTargets(views.PAK, '2026-11-28')[0].pace?.status).toBe('on track');
    expect(judgeTargets(views.AFG, '2026-11-28')[0].pace?.status).toBe('on track');
  });
});
