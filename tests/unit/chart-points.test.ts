import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChartSeries } from '../../app/lib/dashboard/chart-points';
import { distinctConflicts, findConflicts } from '../../app/lib/domain/conflicts';
import { isPriced } from '../../app/lib/domain/statement';
import { statements } from '../../db/schema';
import { createTempDatabase } from '../support/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(() => temp.dispose());

const chartOf = (rows: ReturnType<typeof kazakhAfghanTotal>) => buildChartSeries(rows, distinctConflicts(findConflicts(rows)));

function kazakhAfghanTotal() {
  return temp.db.select().from(statements).all().filter(isPriced).filter((s) => s.pair === 'AFG-KAZ' && s.flow === 'total');
}

describe('buildChartSeries', () => {
  it('keeps partial-year figures off the reported line and marks them', () => {
    const series = chartOf(kazakhAfghanTotal());
    const partial = series.groups.filter((g) => g.partial);
    expect(partial.map((g) => g.members[0].periodLabel).sort()).toEqual(['Jan–Aug 2025', 'Jan–May 2023']);
    expect(series.reportedLine.some((p) => p.partial)).toBe(false);
    expect(partial.every((g) => g.description.startsWith('Reported, part of a year'))).toBe(true);
  });

  it('draws the line through one figure per year, preferring a stated figure to a derived one', () => {
    const line = chartOf(kazakhAfghanTotal()).reportedLine;
    expect(line.map((p) => [p.periodLabel, p.usd])).toEqual([
      ['2021', '$474.3M'],
      ['2022', '$987.9M'],
      ['2023', '$567.5M'],
      ['2024', '$545.2M'],
    ]);
  });

  it('draws one mark for the statements of one period, the line’s figure first, and says why', () => {
    const series = chartOf(kazakhAfghanTotal());
    const of = (label: string) => series.groups.find((g) => g.kind === 'reported' && g.members[0].periodLabel === label)!;
    const year2022 = of('2022');
    expect(year2022.members.map((m) => [m.outlet, m.hedgedUsd, m.valueText])).toEqual([
      ['Kazinform', '$987.9M', '987.9 million US dollars'],
      ['KabulNow', 'about $1B', 'approximately one billion dollars'],
    ]);
    expect(year2022.y).toBe(987.9e6);
    expect(year2022.range).toEqual({ min: 987.9e6, max: 1e9 });
    expect(year2022.reason).toBe('The latest of 2 stated figures.');
    expect(year2022.description).toMatch(/^Reported figures for 2022, 2 statements: \$987\.9M.*; about \$1B.*\. The line uses the first\.$/);
    // The derived 2021 figure follows the stated one, and the reason says so.
    expect(of('2021').members.map((m) => m.derived)).toEqual([false, true]);
    expect(of('2021').reason).toBe('The figure stated outright, ahead of those derived from other statements.');
    // No statement is left out of a group: every one of the view is on the chart.
    expect(series.groups.reduce((n, g) => n + g.members.length, 0)).toBe(kazakhAfghanTotal().length);
  });

  it('places a full year over its months, its mark in the middle, and keeps the hedge', () => {
    const target = chartOf(kazakhAfghanTotal()).groups.find((g) => g.kind === 'projected')!;
    expect(target).toMatchObject({ x: 2023.5, x0: 2023, x1: 2024 });
    expect(target.members[0]).toMatchObject({ symbol: '>', hedgedUsd: 'more than $3B' });
    expect(target.description).toBe('Projected 2023: more than $3B, stated 15 Apr 2023 by Serik Zhumangarin in KabulNow');
    const fiveMonths = chartOf(kazakhAfghanTotal()).groups.find((g) => g.members[0].periodLabel === 'Jan–May 2023')!;
    expect(fiveMonths.x0).toBe(2023);
    expect(fiveMonths.x1).toBeCloseTo(2023 + 151 / 365, 6);
  });
});
