import type { PricedStatement as Statement } from '../domain/statement';
import type { Conflict } from '../domain/conflicts';
import type { Hedge, Kind } from '../domain/vocabulary';
import { formatAmount, formatDate, formatValue, hedgeSymbol } from '../domain/format';
import { isPartialYear } from '../domain/period';
import { byPreference } from '../domain/preferred-figures';
import { isUnsourced } from '../domain/provenance';
import { periodSpan } from './chart-time';

/**
 * One statement as the chart shows it: plain data, safe to pass to a client
 * component, and only what the chart shows (every byte is sent for each of up
 * to several hundred marks).
 */
export interface ChartPoint {
  id: number;
  /** The middle of the period, in years (2022.5 is mid-2022). */
  x: number;
  /** Where the period starts and ends (exclusive), in years: the months it covers. */
  x0: number;
  x1: number;
  y: number;
  kind: Kind;
  partial: boolean;
  derived: boolean;
  hedge: Hedge;
  symbol: string;
  periodLabel: string;
  /** The value as it was stated, in its own words ("approximately one billion dollars"). */
  valueText: string;
  /** In dollars, with its hedge: "more than $3B". */
  hedgedUsd: string;
  usd: string;
  speaker: string | null;
  outlet: string | null;
  statementDate: string;
  /** No address and no quote on file: marked wherever the figure appears. */
  unsourced: boolean;
}

/**
 * Statements of one kind for one period (and direction), drawn as one mark:
 * figures that would sit on top of each other are listed together, so none
 * is hidden under another. `members[0]` is the figure the line runs through
 * and the verdicts use; the rest follow in the same order of preference.
 */
export interface ChartGroup {
  key: string;
  kind: Kind;
  partial: boolean;
  x: number;
  x0: number;
  x1: number;
  /** The value of members[0]: where the mark sits. */
  y: number;
  members: ChartPoint[];
  /** Lowest and highest member, when they differ at all. */
  range: { min: number; max: number } | null;
  /** Why members[0] is the one drawn and judged, in words. */
  reason: string;
  /** The mark's accessible name: every member in one sentence. */
  description: string;
}

/** A settled target joined to its outcome on the chart, with its share. */
export interface ChartSettlement {
  targetId: number;
  outcomeId: number;
  x: number;
  targetY: number;
  outcomeY: number;
  /** "19%"; none for a balance. */
  share: string | null;
  verdict: 'met' | 'missed' | 'disputed';
}

export interface ChartSeries {
  groups: ChartGroup[];
  /** One reported figure per full period (each group's first member), joined by the solid line. */
  reportedLine: ChartPoint[];
  /** One target per period, joined by the dashed line. */
  projectedLine: ChartPoint[];
  /** Where sources disagree about one period: a bar from the lowest to the highest figure, for every conflict of the view. */
  conflicts: { x: number; x0: number; x1: number; min: number; max: number; periodStart: string; periodEnd: string }[];
  /** Filled in per day by the dashboard (verdicts depend on the date): see settlementsOn. */
  settlements: ChartSettlement[];
  xDomain: [number, number];
  /** A trade balance: values run below zero, and the chart draws the zero line. */
  signed: boolean;
}

/** One statement in words, for a mark's accessible name: "Reported 2022: $987.9M, stated 2 Aug 2023 by … in …". */
function describe(s: Statement): string {
  const kindWord = s.kind === 'projected' ? 'Projected' : isPartialYear(s.periodStart, s.periodEnd) ? 'Reported, part of a year' : 'Reported';
  return `${kindWord} ${s.periodLabel}: ${formatValue(s)}${s.derivedFromId !== null ? ' (derived)' : ''}, stated ${formatDate(s.statementDate)}${s.speaker ? ` by ${s.speaker}` : ''}${s.outlet ? ` in ${s.outlet}` : ''}${isUnsourced(s) ? ', unsourced' : ''}`;
}

function toPoint(s: Statement): ChartPoint {
  const partial = isPartialYear(s.periodStart, s.periodEnd);
  const span = periodSpan(s.periodStart, s.periodEnd);
  return {
    id: s.id,
    ...span,
    y: s.valueUsd,
    kind: s.kind,
    partial,
    derived: s.derivedFromId !== null,
    hedge: s.hedge,
    symbol: hedgeSymbol(s.hedge),
    periodLabel: s.periodLabel,
    valueText: s.valueText,
    hedgedUsd: formatValue(s),
    usd: formatAmount(s.flow, s.valueUsd),
    speaker: s.speaker,
    outlet: s.outlet,
    statementDate: formatDate(s.statementDate),
    unsourced: isUnsourced(s),
  };
}

function reasonFor(members: Statement[]): string {
  if (members.length === 1) return 'The only figure for this period.';
  const derived = members.filter((m) => m.derivedFromId !== null).length;
  const stated = members.length - derived;
  if (members[0].derivedFromId !== null) return `No figure was stated outright for this period; the latest of ${members.length} derived figures.`;
  return derived > 0 && stated === 1
    ? 'The figure stated outright, ahead of those derived from other statements.'
    : `The latest of ${stated} stated figures.`;
}

const groupKey = (s: Statement) => `${s.kind}|${s.origin ?? ''}|${s.periodStart}|${s.periodEnd}`;

function toGroup(key: string, statements: Statement[]): ChartGroup {
  const members = [...statements].sort(byPreference);
  const points = members.map(toPoint);
  const values = members.map((m) => m.valueUsd);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const first = points[0];
  const kindWord = first.kind === 'projected' ? 'Targets' : 'Reported figures';
  return {
    key,
    kind: first.kind,
    partial: first.partial,
    x: first.x,
    x0: first.x0,
    x1: first.x1,
    y: first.y,
    members: points,
    range: min === max ? null : { min, max },
    reason: reasonFor(members),
    description:
      members.length === 1
        ? describe(members[0])
        : `${kindWord} for ${first.periodLabel}, ${points.length} statements: ${members.map((m) => describe(m).replace(/^[^:]*: /, '')).join('; ')}. The line uses the first.`,
  };
}

/**
 * The chart's series from the statements it draws (all of a view's, or a
 * thinned sample) and the conflicts found in all of them: a conflict is drawn
 * even when the sample keeps only one of its figures.
 */
export function buildChartSeries(statements: Statement[], conflicts: Conflict[]): ChartSeries {
  const byKey = new Map<string, Statement[]>();
  for (const s of statements) {
    const group = byKey.get(groupKey(s));
    if (group) group.push(s);
    else byKey.set(groupKey(s), [s]);
  }
  const groups = [...byKey].map(([key, members]) => toGroup(key, members)).sort((a, b) => a.x - b.x || a.y - b.y);
  const lineOf = (kind: Kind) => groups.filter((g) => g.kind === kind && !g.partial).map((g) => g.members[0]);
  const years = statements.flatMap((s) => [Number(s.periodStart.slice(0, 4)), Number(s.periodEnd.slice(0, 4))]);
  return {
    groups,
    reportedLine: lineOf('reported'),
    projectedLine: lineOf('projected'),
    conflicts: conflicts
      .map((c) => ({ ...periodSpan(c.periodStart, c.periodEnd), min: c.min, max: c.max, periodStart: c.periodStart, periodEnd: c.periodEnd }))
      .sort((a, b) => a.x - b.x),
    settlements: [],
    xDomain: years.length ? [Math.min(...years), Math.max(...years) + 1] : [2020, 2026],
    signed: statements.some((s) => s.flow === 'balance'),
  };
}


