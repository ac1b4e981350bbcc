import type { Statement } from '../../../db/schema';
import type { Conflict } from '../domain/conflicts';
import type { Hedge, Kind } from '../domain/vocabulary';
import { formatAmount, formatDate, formatValue, hedgeSymbol, quoteStart } from '../domain/format';
import { isPartialYear } from '../domain/period';
import { preferredPerPeriod } from '../domain/preferred-figures';

/** One statement as the chart draws it: plain data, safe to pass to a client component. */
export interface ChartPoint {
  id: number;
  /** The middle of the period, in years (2022.5 is mid-2022). */
  x: number;
  y: number;
  kind: Kind;
  partial: boolean;
  derived: boolean;
  hedge: Hedge;
  symbol: string;
  periodLabel: string;
  valueText: string;
  usd: string;
  speaker: string | null;
  outlet: string | null;
  statementDate: string;
  quoteStart: string | null;
  description: string;
}

export interface ChartSeries {
  reported: ChartPoint[];
  partial: ChartPoint[];
  projected: ChartPoint[];
  /** One reported figure per full period, joined by the solid line. */
  reportedLine: ChartPoint[];
  /** One target per period, joined by the dashed line. */
  projectedLine: ChartPoint[];
  /** Where sources disagree about one period: a bar from the lowest to the highest figure, for every conflict of the view. */
  conflicts: { x: number; min: number; max: number }[];
  xDomain: [number, number];
  /** A trade balance: values run below zero, and the chart draws the zero line. */
  signed: boolean;
}

function decimalYear(isoDate: string): number {
  const date = Date.parse(`${isoDate}T00:00:00Z`);
  const year = Number(isoDate.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  return year + (date - start) / (Date.UTC(year + 1, 0, 1) - start);
}

function midpoint(start: string, end: string): number {
  // The end date is inclusive: the period runs to the end of that day.
  const endExclusive = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return (decimalYear(start) + decimalYear(endExclusive)) / 2;
}

function toPoint(s: Statement): ChartPoint {
  const partial = isPartialYear(s.periodStart, s.periodEnd);
  const kindWord = s.kind === 'projected' ? 'Projected' : partial ? 'Reported, part of a year' : 'Reported';
  return {
    id: s.id,
    x: midpoint(s.periodStart, s.periodEnd),
    y: s.valueUsd,
    kind: s.kind,
    partial,
    derived: s.derivedFromId !== null,
    hedge: s.hedge,
    symbol: hedgeSymbol(s.hedge),
    periodLabel: s.periodLabel,
    valueText: s.valueText,
    usd: formatAmount(s.flow, s.valueUsd),
    speaker: s.speaker,
    outlet: s.outlet,
    statementDate: formatDate(s.statementDate),
    quoteStart: quoteStart(s.quote),
    description: `${kindWord} ${s.periodLabel}: ${formatValue(s)}${s.derivedFromId !== null ? ' (derived)' : ''}, stated ${formatDate(s.statementDate)}${s.speaker ? ` by ${s.speaker}` : ''}`,
  };
}

/**
 * The chart's series from the statements it draws (all of a view's, or a
 * thinned sample) and the conflicts found in all of them: a conflict is drawn
 * even when the sample keeps only one of its figures.
 */
export function buildChartSeries(statements: Statement[], conflicts: Conflict[]): ChartSeries {
  const points = statements.map(toPoint).sort((a, b) => a.x - b.x);
  const pointById = new Map(points.map((p) => [p.id, p]));
  const lineThrough = (chosen: Statement[]) => preferredPerPeriod(chosen).map((s) => pointById.get(s.id)!);
  const years = statements.flatMap((s) => [Number(s.periodStart.slice(0, 4)), Number(s.periodEnd.slice(0, 4))]);
  return {
    conflicts: conflicts.map((c) => ({ x: midpoint(c.periodStart, c.periodEnd), min: c.min, max: c.max })).sort((a, b) => a.x - b.x),
    reported: points.filter((p) => p.kind === 'reported' && !p.partial),
    partial: points.filter((p) => p.kind === 'reported' && p.partial),
    projected: points.filter((p) => p.kind === 'projected'),
    reportedLine: lineThrough(statements.filter((s) => s.kind === 'reported' && !pointById.get(s.id)!.partial)),
    projectedLine: lineThrough(statements.filter((s) => s.kind === 'projected' && !pointById.get(s.id)!.partial)),
    xDomain: years.length ? [Math.min(...years), Math.max(...years) + 1] : [2020, 2026],
    signed: statements.some((s) => s.flow === 'balance'),
  };
}
