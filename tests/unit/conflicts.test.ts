import { describe, expect, it } from 'vitest';
import type { PricedStatement as Statement } from '../../app/lib/domain/statement';
import { MAX_CHART_STATEMENTS } from '../../app/lib/dashboard/chart-sample';
import { analyseStatements } from '../../app/lib/dashboard/view-analysis';
import { differsBeyondThreshold, distinctConflicts, findConflicts } from '../../app/lib/domain/conflicts';
import { CONFLICT_THRESHOLD } from '../../app/lib/domain/thresholds';
import { statementRow } from '../support/dashboard-rows';

/** Reported figures for one year, one per value. */
const year = (y: number, values: number[], fields: Partial<Statement> = {}) =>
  values.map((valueUsd, i) =>
    statementRow({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, periodLabel: String(y), valueUsd, statementDate: `${y + 1}-0${(i % 9) + 1}-01`, ...fields }),
  );

describe('conflicts in a thinned chart', () => {
  it('draws every conflict of a pair with 420 statements and 35 conflicting periods', () => {
    const rows: Statement[] = [];
    // 35 quarters whose two sources disagree by 20%, and 350 agreeing annual figures.
    for (let i = 0; i < 35; i++) {
      const y = 1990 + Math.floor(i / 4);
      const q = (i % 4) + 1;
      const start = `${y}-${String(q * 3 - 2).padStart(2, '0')}-01`;
      const end = `${y}-${String(q * 3).padStart(2, '0')}-${q === 1 || q === 4 ? 31 : 30}`;
      for (const valueUsd of [1e9, 1.2e9]) rows.push(statementRow({ periodStart: start, periodEnd: end, periodLabel: `Q${q} ${y}`, valueUsd }));
    }
    for (let y = 1990; y < 2025; y++) rows.push(...year(y, Array.from({ length: 10 }, () => 2e9)));
    expect(rows).toHaveLength(420);
    expect(rows.length).toBeGreaterThan(MAX_CHART_STATEMENTS);

    const analysis = analyseStatements(rows);
    expect(analysis.chartThinned).toBe(true);
    expect(distinctConflicts(analysis.conflicts)).toHaveLength(35);
    expect(analysis.chart.conflicts).toHaveLength(35);
    // Each bar spans the two figures, at the middle of its quarter.
    expect(analysis.chart.conflicts[0]).toMatchObject({ min: 1e9, max: 1.2e9 });
    expect(analysis.chart.conflicts[0].x).toBeCloseTo(1990.125, 2);
  });
});

describe('findConflicts', () => {
  it('flags figures for one period more than the threshold apart, and not those within it', () => {
    const within = year(2020, [1e9, 1e9 * (1 + CONFLICT_THRESHOLD)]);
    const beyond = year(2021, [1e9, 1e9 * (1 + CONFLICT_THRESHOLD) + 1]);
    const conflicts = findConflicts([...within, ...beyond]);
    expect([...conflicts.keys()].sort()).toEqual(beyond.map((s) => s.id).sort());
    expect(conflicts.get(beyond[0].id)).toMatchObject({ min: 1e9, periodStart: '2021-01-01', ids: beyond.map((s) => s.id) });
  });

  it('compares only the same flow, direction and period, and leaves targets and derived figures out', () => {
    const rows = [
      ...year(2020, [1e9]),
      ...year(2020, [2e9], { flow: 'exports', origin: 'KAZ' }),
      ...year(2020, [3e9], { kind: 'projected' }),
      ...year(2020, [4e9], { derivedFromId: 1 }),
      statementRow({ periodStart: '2020-01-01', periodEnd: '2020-06-30', periodLabel: 'H1 2020', valueUsd: 5e9 }),
    ];
    expect(findConflicts(rows).size).toBe(0);
  });

  it('compares balances on their size, and a surplus against a deficit always conflicts', () => {
    const balance = { flow: 'balance' as const, origin: 'KAZ' };
    expect(findConflicts(year(2020, [-1e9, -1.04e9], balance)).size).toBe(0);
    expect(findConflicts(year(2020, [-1e9, -1.2e9], balance)).size).toBe(2);
    expect(differsBeyondThreshold([-1e9, -1.2e9])).toEqual({ min: -1.2e9, max: -1e9 });
    expect(differsBeyondThreshold([-1e8, 1e8])).toEqual({ min: -1e8, max: 1e8 });
    expect(differsBeyondThreshold([5e8])).toBeNull();
  });
});
