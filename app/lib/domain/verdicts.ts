import type { Hedge } from './vocabulary';
import { formatHedgedUsd, formatPercent, formatUsd, forPeriod } from './format';
import { monthsSpanned } from './period-parse';

/** The fields a verdict needs; a stored statement has them all. */
export interface Figure {
  id: number;
  kind: 'reported' | 'projected';
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  valueUsd: number;
  hedge: Hedge;
  statementDate: string;
  derivedFromId: number | null;
}

export type Verdict = 'met' | 'missed' | 'disputed' | 'not yet due' | 'no reported figure yet';

/** A running target's pace: a part-year figure scaled to the whole period. */
export interface Pace<F extends Figure> {
  basis: F;
  estimateUsd: number;
  ratio: number;
  status: 'on track' | 'behind';
}

export interface TargetOutcome<F extends Figure> {
  target: F;
  /** The figure the verdict rests on: stated before derived, latest statement first. */
  outcome: F | null;
  /** Every reported figure for exactly the target's period. */
  outcomes: F[];
  /** Lowest and highest outcome, when sources differ by more than the conflict threshold. */
  spread: { min: number; max: number } | null;
  ratio: number | null;
  verdict: Verdict;
  pace: Pace<F> | null;
  summary: string;
}

/** "About $3B" counts as met from this share below the target. */
export const APPROXIMATE_TOLERANCE = 0.1;
/** Reported figures for one period that differ by more than this are a conflict. */
export const CONFLICT_THRESHOLD = 0.05;

export function isTargetMet(target: { valueUsd: number; hedge: Hedge }, reportedUsd: number): boolean {
  switch (target.hedge) {
    case 'more than':
      return reportedUsd > target.valueUsd;
    case 'approximately':
    case 'nearly':
      return reportedUsd >= target.valueUsd * (1 - APPROXIMATE_TOLERANCE);
    default:
      // exact, at least, up to and less than: reaching the figure meets it.
      return reportedUsd >= target.valueUsd;
  }
}

export function differsBeyondThreshold(values: number[]): { min: number; max: number } | null {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return max > min * (1 + CONFLICT_THRESHOLD) ? { min, max } : null;
}

const stated = (f: Figure) => f.derivedFromId === null;
const latestStatedFirst = (a: Figure, b: Figure) => b.statementDate.localeCompare(a.statementDate) || b.id - a.id;

/** How much to trust figures for one period: stated before derived, then the latest statement. */
export function byPreference(a: Figure, b: Figure): number {
  return Number(!stated(a)) - Number(!stated(b)) || latestStatedFirst(a, b);
}

/** The most trusted figure for each period, in time order: what a line passes through. */
export function preferredPerPeriod<F extends Figure>(figures: F[]): F[] {
  const chosen = new Map<string, F>();
  for (const f of figures) {
    const key = `${f.periodStart}|${f.periodEnd}`;
    const current = chosen.get(key);
    if (!current || byPreference(f, current) < 0) chosen.set(key, f);
  }
  return [...chosen.values()].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
}

/**
 * The reported figures that settle a target: for exactly its period, so a
 * part-year figure never settles an annual target and a fiscal-year target
 * meets only the same fiscal year. Derived figures count only when no stated
 * figure exists.
 */
function outcomesFor<F extends Figure>(target: F, figures: F[]): F[] {
  const same = figures.filter((f) => f.kind === 'reported' && f.periodStart === target.periodStart && f.periodEnd === target.periodEnd);
  const direct = same.filter(stated);
  return (direct.length ? direct : same).sort(latestStatedFirst);
}

/** The latest part of a running target's period with a reported figure, scaled pro rata. */
function paceOf<F extends Figure>(target: F, figures: F[]): Pace<F> | null {
  const partial = figures
    .filter((f) => f.kind === 'reported' && stated(f) && f.periodStart === target.periodStart && f.periodEnd < target.periodEnd)
    .sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || latestStatedFirst(a, b))[0];
  const months = partial ? monthsSpanned(partial.periodStart, partial.periodEnd) : 0;
  if (!partial || months === 0) return null;
  const estimateUsd = (partial.valueUsd * monthsSpanned(target.periodStart, target.periodEnd)) / months;
  return { basis: partial, estimateUsd, ratio: estimateUsd / target.valueUsd, status: isTargetMet(target, estimateUsd) ? 'on track' : 'behind' };
}

function judgeOne<F extends Figure>(target: F, figures: F[], today: string): TargetOutcome<F> {
  const goal = `${formatHedgedUsd(target.valueUsd, target.hedge)} ${forPeriod(target.periodLabel)}`;
  const outcomes = outcomesFor(target, figures);
  const none = { outcome: null, outcomes, spread: null, ratio: null, pace: null };
  if (target.periodEnd >= today) {
    const pace = paceOf(target, figures);
    const estimate = pace
      ? `; ${pace.status} on a pro-rata estimate of ${formatUsd(pace.estimateUsd)} (${formatPercent(pace.ratio)}) from ${pace.basis.periodLabel}`
      : '';
    return { target, ...none, pace, verdict: 'not yet due', summary: `${goal}: not yet due${estimate}` };
  }
  if (outcomes.length === 0) return { target, ...none, verdict: 'no reported figure yet', summary: `${goal}: no reported figure yet` };

  const outcome = outcomes[0];
  const ratio = outcome.valueUsd / target.valueUsd;
  const spread = differsBeyondThreshold(outcomes.map((o) => o.valueUsd));
  const metBy = outcomes.map((o) => isTargetMet(target, o.valueUsd));
  const verdict: Verdict = metBy.every(Boolean) ? 'met' : metBy.some(Boolean) ? 'disputed' : 'missed';
  const reported = spread ? `${formatUsd(spread.min)}–${formatUsd(spread.max)}` : formatUsd(outcome.valueUsd);
  const share = spread
    ? `${formatPercent(spread.min / target.valueUsd)}–${formatPercent(spread.max / target.valueUsd)}`
    : formatPercent(ratio);
  const sources = spread ? ` (${outcomes.length} sources differ)` : '';
  return { target, outcome, outcomes, spread, ratio, pace: null, verdict, summary: `${goal}, reported ${reported}: ${share} of target, ${verdict}${sources}` };
}

/** Each projection of a view beside the reported figures for its period, with a verdict. */
export function judgeTargets<F extends Figure>(figures: F[], today: string): TargetOutcome<F>[] {
  // Only reported figures starting when a target starts can settle or pace it:
  // grouping by start keeps a pair with thousands of statements fast.
  const reportedByStart = new Map<string, F[]>();
  for (const f of figures) {
    if (f.kind !== 'reported') continue;
    const group = reportedByStart.get(f.periodStart);
    if (group) group.push(f);
    else reportedByStart.set(f.periodStart, [f]);
  }
  return figures
    .filter((f) => f.kind === 'projected')
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.statementDate.localeCompare(b.statementDate))
    .map((target) => judgeOne(target, reportedByStart.get(target.periodStart) ?? [], today));
}
