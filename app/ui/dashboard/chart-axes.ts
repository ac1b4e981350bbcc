import { linearAxis, logAxis, type ValueAxis, yearAxis, type YearAxis } from '@/app/lib/dashboard/axis-ticks';
import type { ChartSeries } from '@/app/lib/dashboard/chart-points';
import type { OfficialSeries } from '@/app/lib/dashboard/official-series';

export interface ChartAxes {
  xDomain: [number, number];
  years: YearAxis;
  y: ValueAxis;
  log: boolean;
}

/** Both axes from everything drawn: every statement of every group, conflicts, settlements and official figures. */
export function chartAxes(series: ChartSeries, official: OfficialSeries[], log: boolean): ChartAxes {
  const officialPoints = official.flatMap((o) => o.points);
  const officialYears = officialPoints.map((p) => Math.floor(p.x));
  const firstYear = Math.min(series.xDomain[0], ...officialYears);
  const endYear = Math.max(series.xDomain[1], ...officialYears.map((y) => y + 1));
  const values = [
    ...series.groups.flatMap((g) => g.members.map((m) => m.y)),
    ...series.conflicts.flatMap((c) => [c.min, c.max]),
    ...series.settlements.flatMap((s) => [s.targetY, s.outcomeY]),
    ...officialPoints.map((p) => p.y),
  ];
  const positive = values.filter((v) => v > 0);
  const useLog = log && !series.signed && positive.length > 0;
  const y = useLog ? logAxis(Math.min(...positive), Math.max(...positive)) : linearAxis(Math.min(0, ...values), Math.max(0, ...values));
  return { xDomain: [firstYear, endYear], years: yearAxis(firstYear, endYear), y, log: useLog };
}
