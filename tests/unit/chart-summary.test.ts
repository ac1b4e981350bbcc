import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChartSeries, type ChartSeries } from '../../app/lib/dashboard/chart-points';
import { chartSummary } from '../../app/lib/dashboard/chart-summary';
import { distinctConflicts, findConflicts } from '../../app/lib/domain/conflicts';
import { isPriced } from '../../app/lib/domain/statement';
import { statements } from '../../db/schema';
import { createTempDatabase } from '../support/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeAll(async () => {
  temp = await createTempDatabase();
});
afterAll(() => temp.dispose());

function seededSeries(flow: string): ChartSeries {
  const rows = temp.db.select().from(statements).all().filter(isPriced).filter((s) => s.pair === 'AFG-KAZ' && s.flow === flow);
  return buildChartSeries(rows, distinctConflicts(findConflicts(rows)));
}

const sentences = (text: string) => text.split(/(?<=\.)\s+(?=[A-Z0-9])/);

describe('chartSummary', () => {
  it('says the trend of the reported line, how the target fared and where sources disagree', () => {
    const series = seededSeries('total');
    const target = series.groups.find((g) => g.kind === 'projected')!;
    series.settlements = [{ targetId: target.members[0].id, outcomeId: 0, x: target.x, targetY: 3e9, outcomeY: 567.5e6, share: '19%', verdict: 'missed' }];
    const summary = chartSummary(series);
    expect(summary).toContain('The reported line runs from $474.3M in 2021 to $545.2M in 2024, up 15%, over 4 periods.');
    expect(summary).toContain('Of 1 target, 1 missed (the outcome came to 19% of the target).');
    if (series.conflicts.length) expect(summary).toMatch(/Sources disagree about \d+ periods?; the widest range runs from \$[\d.]+M to \$[\d.]+[MB]\./);
    expect(sentences(summary).length).toBeGreaterThanOrEqual(2);
    expect(sentences(summary).length).toBeLessThanOrEqual(4);
  });

  it('says a target is not settled yet rather than inventing a verdict', () => {
    const series = seededSeries('total');
    expect(chartSummary(series)).toContain('1 target has not been settled yet.');
  });

  it('speaks of one reported figure, and of none, plainly', () => {
    const exports = seededSeries('exports');
    expect(chartSummary(exports)).toMatch(/^One full period has a reported figure: \$547M for 2023\./);
    expect(chartSummary({ ...exports, reportedLine: [], groups: [], conflicts: [] })).toBe('No figure has been reported for a full period yet.');
  });

  it('says a balance’s change in dollars, never a percentage of a deficit', () => {
    const series = seededSeries('total');
    const signed: ChartSeries = { ...series, signed: true, settlements: [] };
    expect(chartSummary(signed)).toMatch(/, a change of \+\$70\.9M, over 4 periods\./);
  });
});
