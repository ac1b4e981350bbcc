import type { DashboardView } from '@/app/lib/data/dashboard';
import { linearAxis, logAxis, type ValueAxis, yearAxis, type YearAxis } from '@/app/lib/dashboard/axis-ticks';

/** Where the plot sits on the card, in px. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The chart's axes and the functions that place a value on them. */
export interface ChartScales {
  box: PlotBox;
  years: YearAxis;
  values: ValueAxis;
  log: boolean;
  x: (year: number) => number;
  y: (usd: number) => number;
}

/** Every value the chart draws: the marks, the ranges within groups, the conflicts and the official figures. */
function drawnValues(d: DashboardView): number[] {
  const { chart, official } = d;
  return [
    ...chart.groups.flatMap((g) => (g.range ? [g.range.min, g.range.max, g.y] : [g.y])),
    ...chart.conflicts.flatMap((c) => [c.min, c.max]),
    ...official.flatMap((o) => o.points.map((p) => p.y)),
  ];
}

/** The years drawn: the statements' and the official figures' (an official series may run longer). */
function drawnYears(d: DashboardView): [number, number] {
  const officialYears = d.official.flatMap((o) => o.points.map((p) => Math.floor(p.x)));
  const from = Math.floor(Math.min(d.chart.xDomain[0], ...officialYears));
  const to = Math.ceil(Math.max(d.chart.xDomain[1], ...officialYears.map((y) => y + 1)));
  return [from, Math.max(from + 1, to)];
}

/**
 * The same axes as the interactive chart (app/lib/dashboard/axis-ticks.ts): a
 * log scale when the view asks for it and every value is positive, else
 * linear from zero (a balance is always linear: it runs below zero).
 */
export function chartScales(d: DashboardView, box: PlotBox): ChartScales {
  const values = drawnValues(d);
  const [low, high] = values.length ? [Math.min(...values), Math.max(...values)] : [0, 1];
  const log = d.view.scale === 'log' && !d.chart.signed && low > 0;
  const axis = log ? logAxis(low, high) : linearAxis(low, high);
  const [firstYear, endYear] = drawnYears(d);
  const years = yearAxis(firstYear, endYear);
  const [d0, d1] = log ? axis.domain.map(Math.log10) : axis.domain;
  const toAxis = (v: number) => (log ? Math.log10(Math.max(v, axis.domain[0])) : v);
  return {
    box,
    years,
    values: axis,
    log,
    x: (year) => box.left + ((year - firstYear) / (endYear - firstYear)) * box.width,
    y: (usd) => box.top + box.height - ((toAxis(usd) - d0) / (d1 - d0)) * box.height,
  };
}
