import { describe, expect, it } from 'vitest';
import type { PricedStatement as Statement } from '../../app/lib/domain/statement';
import { chartSample, MAX_CHART_STATEMENTS } from '../../app/lib/dashboard/chart-sample';
import { pageSlice } from '../../app/lib/dashboard/paging';
import { abridgeHistories } from '../../app/lib/domain/target-history';
import { judgeTargets } from '../../app/lib/domain/verdicts';
import { TokenCache } from '../../app/lib/data/token-cache';
import { verdictTally } from '../../app/lib/domain/verdict-tally';
import { statementRow } from '../support/dashboard-rows';

const statement = statementRow;

describe('TokenCache', () => {
  it('computes once per token and again when the token changes', () => {
    const cache = new TokenCache<number>(10);
    let computed = 0;
    const get = (token: string) => cache.get('view', token, () => ++computed);
    expect([get('r1'), get('r1'), get('r2'), get('r2')]).toEqual([1, 1, 2, 2]);
  });

  it('forgets the least recently used entry beyond its limit', () => {
    const cache = new TokenCache<string>(2);
    const computed: string[] = [];
    const get = (key: string) => cache.get(key, 't', () => (computed.push(key), key));
    get('a');
    get('b');
    get('a'); // a is now the most recently used
    get('c'); // so b goes
    get('a');
    get('b');
    expect(computed).toEqual(['a', 'b', 'c', 'b']);
  });
});

describe('pageSlice', () => {
  it('brings any requested page within range', () => {
    expect(pageSlice('2', 120, 50)).toEqual({ page: 2, pages: 3, offset: 50, size: 50 });
    expect(pageSlice('99', 120, 50).page).toBe(3);
    expect(pageSlice('-4', 120, 50).page).toBe(1);
    expect(pageSlice('two', 120, 50).page).toBe(1);
    expect(pageSlice(undefined, 0, 50)).toEqual({ page: 1, pages: 1, offset: 0, size: 50 });
    expect(pageSlice(['3', '1'], 500, 50).page).toBe(3);
  });
});

describe('chartSample', () => {
  it('draws every statement of a small view', () => {
    const rows = [statement({}), statement({ valueUsd: 2e9 })];
    expect(chartSample(rows)).toEqual({ shown: rows, thinned: false });
  });

  it('thins a big view to one figure per period and the longest part-year figure per year', () => {
    const rows: Statement[] = [];
    for (let year = 1996; year <= 2025; year++) {
      for (let copy = 0; copy < 10; copy++) {
        rows.push(statement({ periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, periodLabel: String(year), statementDate: `${year + 1}-${String(copy + 1).padStart(2, '0')}-01` }));
        rows.push(statement({ periodStart: `${year}-01-01`, periodEnd: `${year}-03-31`, periodLabel: `Q1 ${year}` }));
        rows.push(statement({ periodStart: `${year}-01-01`, periodEnd: `${year}-09-30`, periodLabel: `Jan–Sep ${year}` }));
      }
    }
    expect(rows.length).toBeGreaterThan(MAX_CHART_STATEMENTS);
    const { shown, thinned } = chartSample(rows);
    expect(thinned).toBe(true);
    expect(shown).toHaveLength(60);
    expect(shown.filter((s) => s.periodLabel.startsWith('Q1'))).toHaveLength(0);
    // The most recent statement of each year is the one drawn.
    expect(shown.find((s) => s.periodLabel === '2020')!.statementDate).toBe('2021-10-01');
  });
});

describe('abridgeHistories', () => {
  const goal = (value: number, dates: string[]) => dates.map((statementDate) => statement({ kind: 'projected', valueUsd: value, statementDate }));

  it('keeps the most recently restated goals, each cut to its first and latest restatements', () => {
    const old = goal(1e9, ['2010-01-01', '2011-01-01']);
    const long = goal(3e9, ['2015-01-01', '2016-01-01', '2017-01-01', '2018-01-01', '2019-01-01', '2020-01-01']);
    const recent = goal(5e9, ['2021-01-01', '2024-01-01']);
    const { shown, moreGoals } = abridgeHistories([old, long, recent], 2, 2);
    expect(moreGoals).toBe(1);
    expect(shown.map((h) => h.first[0].valueUsd)).toEqual([5e9, 3e9]);
    expect(shown[0]).toEqual({ first: recent, omitted: 0, latest: [] });
    expect(shown[1]).toEqual({ first: long.slice(0, 2), omitted: 2, latest: long.slice(4) });
  });
});

describe('verdictTally', () => {
  it('counts the verdicts in a fixed order', () => {
    const figures = [
      statement({ kind: 'projected', valueUsd: 1e9, periodStart: '2020-01-01', periodEnd: '2020-12-31' }),
      statement({ kind: 'reported', valueUsd: 2e9, periodStart: '2020-01-01', periodEnd: '2020-12-31' }),
      statement({ kind: 'projected', valueUsd: 9e9, periodStart: '2021-01-01', periodEnd: '2021-12-31', periodLabel: '2021' }),
      statement({ kind: 'reported', valueUsd: 2e9, periodStart: '2021-01-01', periodEnd: '2021-12-31', periodLabel: '2021' }),
      statement({ kind: 'projected', valueUsd: 9e9, periodStart: '2040-01-01', periodEnd: '2040-12-31', periodLabel: '2040' }),
    ];
    expect(verdictTally(judgeTargets(figures, '2026-11-28'))).toBe('3 targets: 1 met, 1 missed, 1 not yet due.');
    expect(verdictTally(judgeTargets(figures.slice(0, 2), '2026-11-28'))).toBe('1 target: 1 met.');
  });
});
