import { describe, expect, it } from 'vitest';
import { countByMeasure, mainMeasure, type OverviewFigure, overviewOfPair, overviewOn, recordOfPair } from '../../app/lib/dashboard/pair-overview';
import { filterAndSortPairs, pairListingFromParams } from '../../app/lib/dashboard/pair-sorting';

let nextId = 1;
function figure(fields: Partial<OverviewFigure>): OverviewFigure {
  return {
    id: nextId++, pair: 'AFG-KAZ', economyA: 'KAZ', economyB: 'AFG', flow: 'total', origin: null, kind: 'reported',
    periodStart: '2020-01-01', periodEnd: '2020-12-31', periodLabel: '2020', valueUsd: 1e9, hedge: 'exact',
    statementDate: '2021-02-01', derivedFromId: null, unsourced: false, ...fields,
  };
}
const year = (y: number) => ({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, periodLabel: String(y) });
const target = (y: number, valueUsd: number, stated = `${y - 2}-05-01`) => figure({ kind: 'projected', ...year(y), valueUsd, statementDate: stated });
const reported = (y: number, valueUsd: number) => figure({ ...year(y), valueUsd, statementDate: `${y + 1}-03-01` });

describe('overviewOfPair', () => {
  it('keeps whether the figure a miss rests on is unsourced, so /pairs can mark it', () => {
    const o = overviewOfPair([target(2023, 2e9), figure({ ...year(2023), valueUsd: 0.5e9, statementDate: '2024-03-01', unsourced: true })], '2024-06-01');
    expect(o.worstMiss?.outcome).toMatchObject({ valueUsd: 0.5e9, unsourced: true });
  });

  const figures = [
    reported(2021, 1e9), reported(2022, 1.5e9), reported(2023, 0.5e9),
    figure({ ...year(2023), periodEnd: '2023-06-30', periodLabel: 'H1 2023', valueUsd: 0.2e9 }),
    target(2022, 1.2e9, '2019-05-01'), target(2023, 2e9), target(2030, 5e9, '2024-01-01'),
    figure({ flow: 'exports', origin: 'KAZ', ...year(2023), valueUsd: 9e9 }),
  ];

  it('summarises the pair by total trade: trend of full years, latest figures and the target record', () => {
    const o = overviewOfPair(figures, '2026-11-28');
    expect(o).toMatchObject({ key: 'AFG-KAZ', first: 'KAZ', second: 'AFG', flow: 'total', statementCount: 8, targets: 3, met: 1, missed: 1 });
    expect(o.trend.map((t) => t.periodLabel)).toEqual(['2021', '2022', '2023']);
    expect(o.latestReported?.periodLabel).toBe('2023');
    expect(o.latestTarget?.periodLabel).toBe('2030');
    expect(o.worstMiss).toMatchObject({ ratio: 0.25, outcome: { valueUsd: 0.5e9 } });
    expect(o.summary).toBe('3 targets announced since 2019; 1 met; 2023 came in at 25% of target.');
  });

  it('counts a target only once it is due, so one record serves every day', () => {
    const record = recordOfPair(figures, mainMeasure(countByMeasure(figures)), figures.length);
    expect(overviewOn(record, '2023-06-01')).toMatchObject({ met: 1, missed: 0, worstMiss: null });
    // The day after 2023 ends, its target is judged.
    expect(overviewOn(record, '2023-12-31')).toMatchObject({ met: 1, missed: 0 });
    expect(overviewOn(record, '2024-01-01')).toMatchObject({ met: 1, missed: 1 });
    // A target with no reported figure for its period is neither met nor missed.
    expect(overviewOn(record, '2031-01-01')).toMatchObject({ met: 1, missed: 1 });
    expect(overviewOn(record, '2031-01-01').worstMiss?.ratio).toBe(0.25);
  });

  it('falls back to the most documented direction, then to the balance', () => {
    const directed = [figure({ flow: 'exports', origin: 'AFG' }), figure({ flow: 'imports', origin: 'KAZ' }), figure({ flow: 'exports', origin: 'KAZ' })];
    expect(mainMeasure(countByMeasure(directed))).toEqual({ flow: 'exports', origin: 'KAZ' });
    const balances = [figure({ flow: 'balance', origin: 'KAZ', valueUsd: -3e8 }), figure({ flow: 'balance', origin: 'AFG', economyA: 'AFG', economyB: 'KAZ', valueUsd: 2e8, ...year(2021) })];
    const o = overviewOfPair(balances, '2026-01-01');
    expect(o).toMatchObject({ flow: 'balance', first: 'AFG', second: 'KAZ' });
    // Kazakhstan's deficit of $300M in 2020 is Afghanistan's surplus.
    expect(o.trend.map((t) => t.valueUsd)).toEqual([3e8, 2e8]);
  });

  it('says so when no target is recorded', () => {
    expect(overviewOfPair([reported(2021, 1e9)], '2026-01-01').summary).toBe('No targets recorded; latest reported figure is for 2021.');
  });
});

describe('filterAndSortPairs', () => {
  const overviews = [
    overviewOfPair([reported(2021, 3e9), target(2021, 4e9)], '2026-01-01'),
    overviewOfPair([figure({ pair: 'RUS-UZB', economyA: 'UZB', economyB: 'RUS', ...year(2021), valueUsd: 9e9 })], '2026-01-01'),
  ];

  it('filters by a name or a code and sorts either way, pairs without a miss last by worst miss', () => {
    expect(filterAndSortPairs(overviews, 'russia', 'pair', 'asc').map((o) => o.key)).toEqual(['RUS-UZB']);
    expect(filterAndSortPairs(overviews, 'kaz', 'pair', 'asc').map((o) => o.key)).toEqual(['AFG-KAZ']);
    expect(filterAndSortPairs(overviews, '', 'latest', 'desc').map((o) => o.key)).toEqual(['RUS-UZB', 'AFG-KAZ']);
    expect(filterAndSortPairs(overviews, '', 'worst', 'asc').map((o) => o.key)).toEqual(['AFG-KAZ', 'RUS-UZB']);
  });

  it('reads its listing from the URL, with each sort’s natural direction by default', () => {
    expect(pairListingFromParams({})).toEqual({ query: '', sort: 'statements', direction: 'desc' });
    expect(pairListingFromParams({ sort: 'worst' })).toEqual({ query: '', sort: 'worst', direction: 'asc' });
    expect(pairListingFromParams({ sort: 'nonsense', dir: 'asc', q: ['afg', 'x'] })).toEqual({ query: 'afg', sort: 'statements', direction: 'asc' });
  });
});
