import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChartSeries } from '../../app/lib/dashboard/chart-points';
import { distinctConflicts, findConflicts } from '../../app/lib/domain/conflicts';
import { statements } from '../../db/schema';
import { createTempDatabase } from '../support/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(() => temp.dispose());

const chartOf = (rows: ReturnType<typeof kazakhAfghanTotal>) => buildChartSeries(rows, distinctConflicts(findConflicts(rows)));

function kazakhAfghanTotal() {
  return temp.db.select().from(statements).all().filter((s) => s.pair === 'AFG-KAZ' && s.flow === 'total');
}

describe('buildChartSeries', () => {
  it('keeps partial-year figures off the reported line and marks them', () => {
    const series = chartOf(kazakhAfghanTotal());
    expect(series.partial.map((p) => p.periodLabel).sort()).toEqual(['Jan–Aug 2025', 'Jan–May 2023']);
    expect(series.reportedLine.some((p) => p.partial)).toBe(false);
    expect(series.partial.every((p) => p.description.startsWith('Reported, part of a year'))).toBe(true);
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

  it('places a full year at its middle and shows the hedge sign', () => {
    const target = chartOf(kazakhAfghanTotal()).projected[0];
    expect(target).toMatchObject({ x: 2023.5, symbol: '>', kind: 'projected' });
    expect(target.description).toBe('Projected 2023: more than $3B, stated 15 Apr 2023 by Serik Zhumangarin');
  });
});
