import type { Flow, Hedge } from '../domain/vocabulary';
import { formatPercent } from '../domain/format';
import { isPartialYear } from '../domain/period';
import { preferredPerPeriod } from '../domain/preferred-figures';
import { assessTargets, type Figure } from '../domain/verdicts';
import { seenFrom } from '../domain/balance-side';

/** A statement reduced to what the overview needs. */
export interface OverviewFigure extends Figure {
  pair: string;
  economyA: string;
  economyB: string;
  origin: string | null;
  /** No address and no quote on file (see domain/provenance.ts): the overview marks it as the dashboard does. */
  unsourced: boolean;
}

/** The target furthest short of its goal, with what was reported. */
export interface WorstMiss {
  target: { flow: Flow; valueUsd: number; hedge: Hedge; periodLabel: string };
  outcome: { valueUsd: number; unsourced: boolean };
  ratio: number;
}

/** The verdicts of every target due by a date (period ended before it): met, missed and the worst miss so far. */
interface DueBy {
  due: string;
  met: number;
  missed: number;
  worstMiss: WorstMiss | null;
}

/**
 * One pair's line in the overview for any date: computed from all its
 * statements once per change to the pair, and read for a day by `overviewOn`.
 */
export interface PairRecord {
  key: string;
  first: string;
  second: string;
  flow: Flow;
  statementCount: number;
  /** Full-period reported figures, one per period, for the trend line. */
  trend: { periodLabel: string; periodStart: string; valueUsd: number }[];
  latestReported: OverviewFigure | null;
  latestTarget: OverviewFigure | null;
  targets: number;
  /** The year the first target was announced. */
  since: string;
  /** Cumulative verdicts by due date, earliest first. */
  dueBy: DueBy[];
}

/** One pair's line in the overview on a given day. */
export interface PairOverview extends Omit<PairRecord, 'dueBy' | 'since'> {
  met: number;
  missed: number;
  worstMiss: WorstMiss | null;
  summary: string;
}

/** What a pair is summarised by: a flow, and for a direction the economy goods leave. */
export interface Measure {
  flow: Flow;
  origin: string | null;
}

/** How many statements a pair has of one flow and origin: enough to choose its measure without reading them. */
export interface MeasureCount extends Measure {
  statements: number;
}

/**
 * The measure a pair is summarised by: total trade when stated, else its most
 * documented direction, else (a pair with balances only) its balance from the
 * side most often stated.
 */
export function mainMeasure(counts: MeasureCount[]): Measure {
  if (counts.some((c) => c.flow === 'total')) return { flow: 'total', origin: null };
  const directed = counts.filter((c) => c.flow === 'exports' || c.flow === 'imports');
  const byOrigin = new Map<string, number>();
  for (const c of directed.length ? directed : counts) byOrigin.set(c.origin ?? '', (byOrigin.get(c.origin ?? '') ?? 0) + c.statements);
  const origin = [...byOrigin.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  return { flow: directed.length ? 'exports' : 'balance', origin };
}

/** Whether a statement counts towards a measure: a direction includes the other side's imports. */
export function inMeasure(measure: Measure, f: { flow: Flow; origin: string | null }): boolean {
  if (measure.flow === 'total' || measure.flow === 'balance') return f.flow === measure.flow;
  return (f.flow === 'exports' || f.flow === 'imports') && f.origin === measure.origin;
}

/** Statements per flow and origin. */
export function countByMeasure(figures: { flow: Flow; origin: string | null }[]): MeasureCount[] {
  const counts = new Map<string, MeasureCount>();
  for (const { flow, origin } of figures) {
    const key = `${flow}|${origin ?? ''}`;
    const count = counts.get(key) ?? { flow, origin, statements: 0 };
    count.statements++;
    counts.set(key, count);
  }
  return [...counts.values()];
}

/** The cumulative tallies, one entry per due date, from targets sorted by due date. */
function tallyByDueDate(settled: { due: string; verdict: string; miss: WorstMiss | null }[]): DueBy[] {
  const dueBy: DueBy[] = [];
  let current: DueBy = { due: '', met: 0, missed: 0, worstMiss: null };
  for (const s of settled) {
    if (s.due !== current.due) dueBy.push((current = { ...current, due: s.due }));
    if (s.verdict === 'met') current.met++;
    if (s.miss) {
      current.missed++;
      if (!current.worstMiss || s.miss.ratio < current.worstMiss.ratio) current.worstMiss = s.miss;
    }
  }
  return dueBy;
}

/**
 * A pair's record, whatever the date, from the statements of its main
 * measure (others are ignored) and how many statements it has in all.
 */
export function recordOfPair(figures: OverviewFigure[], measure: Measure, statementCount: number): PairRecord {
  const sample = figures.find((f) => inMeasure(measure, f)) ?? figures[0];
  // The pair in the order it is most often stated, so "exports" reads as the first economy's.
  const first = measure.origin ?? sample.economyA;
  const second = first === sample.economyA ? sample.economyB : sample.economyA;
  const main = figures.filter((f) => inMeasure(measure, f)).map((f) => seenFrom(first, f));
  const reported = main.filter((f) => f.kind === 'reported' && f.derivedFromId === null);
  const projected = main.filter((f) => f.kind === 'projected');
  const settled = assessTargets(main)
    .map((a) => ({
      due: a.target.periodEnd,
      verdict: a.settled,
      miss: a.settled === 'missed' ? { target: a.target, outcome: a.outcome!, ratio: a.ratio ?? 1 } : null,
    }))
    .sort((a, b) => a.due.localeCompare(b.due));
  return {
    key: sample.pair,
    first,
    second,
    flow: measure.flow,
    statementCount,
    trend: preferredPerPeriod(reported.filter((f) => !isPartialYear(f.periodStart, f.periodEnd))).map((f) => ({
      periodLabel: f.periodLabel,
      periodStart: f.periodStart,
      valueUsd: f.valueUsd,
    })),
    latestReported: [...reported].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.statementDate.localeCompare(a.statementDate))[0] ?? null,
    latestTarget: [...projected].sort((a, b) => b.statementDate.localeCompare(a.statementDate) || b.id - a.id)[0] ?? null,
    targets: settled.length,
    since: projected.map((p) => p.statementDate).sort()[0]?.slice(0, 4) ?? '',
    dueBy: tallyByDueDate(settled),
  };
}

/** The tallies of the targets due by `today`: the last entry whose due date has passed. */
function dueByToday(dueBy: DueBy[], today: string): DueBy | null {
  let [low, high] = [0, dueBy.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (dueBy[mid].due < today) low = mid + 1;
    else high = mid;
  }
  return low === 0 ? null : dueBy[low - 1];
}

/** A pair's line on a given day: its record, with the verdicts of the targets due by then. */
export function overviewOn(record: PairRecord, today: string): PairOverview {
  const { dueBy, since, ...rest } = record;
  const due = dueByToday(dueBy, today);
  const o = { ...rest, met: due?.met ?? 0, missed: due?.missed ?? 0, worstMiss: due?.worstMiss ?? null };
  return { ...o, summary: summarise(o, since) };
}

function summarise(o: Omit<PairOverview, 'summary'>, since: string): string {
  if (o.targets === 0) {
    return o.latestReported ? `No targets recorded; latest reported figure is for ${o.latestReported.periodLabel}.` : 'No targets recorded.';
  }
  const head = `${o.targets} target${o.targets === 1 ? '' : 's'} announced since ${since}; ${o.met} met`;
  const worst = o.worstMiss;
  return worst && worst.target.flow !== 'balance'
    ? `${head}; ${worst.target.periodLabel} came in at ${formatPercent(worst.ratio)} of target.`
    : `${head}; ${o.missed} missed.`;
}

/** One pair's line in the overview on `today`, from all its statements. */
export function overviewOfPair(figures: OverviewFigure[], today: string): PairOverview {
  return overviewOn(recordOfPair(figures, mainMeasure(countByMeasure(figures)), figures.length), today);
}
