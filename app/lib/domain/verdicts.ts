import type { Flow, Hedge } from './vocabulary';
import { differsBeyondThreshold } from './conflicts';
import { formatAmount, formatPercent, formatValue, forPeriod } from './format';
import { monthsSpanned } from './period';
import { latestStatedFirst } from './preferred-figures';
import { isTargetMet, meetsAsStated } from './target-met';

/** The fields a verdict needs; a stored statement has them all. */
export interface Figure {
  id: number;
  flow: Flow;
  kind: 'reported' | 'projected';
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  valueUsd: number;
  hedge: Hedge;
  statementDate: string;
  derivedFromId: number | null;
  /** Who stated it and from whose side it is shown: a flipped balance is judged in its stater's frame. */
  economyA?: string;
  origin?: string | null;
}

/** A target's verdict once its period has ended. */
export type Settlement = 'met' | 'missed' | 'disputed' | 'no reported figure yet';
export type Verdict = Settlement | 'not yet due';

/** A running target's pace: a part-year figure scaled to the whole period. */
export interface Pace<F extends Figure> {
  basis: F;
  estimateUsd: number;
  /** Share of the target; none for a balance, where a share of a signed amount says nothing. */
  ratio: number | null;
  status: 'on track' | 'behind';
}

/**
 * Everything a target's verdict rests on that does not depend on the date:
 * kept in caches across midnight, and turned into a verdict for a given day
 * by `outcomeOn` (a target is due once its period has ended).
 */
export interface TargetAssessment<F extends Figure> {
  target: F;
  /** The figure the verdict rests on: stated before derived, latest statement first. */
  outcome: F | null;
  /** Every reported figure for exactly the target's period. */
  outcomes: F[];
  /** Lowest and highest outcome, when sources differ by more than the conflict threshold. */
  spread: { min: number; max: number } | null;
  ratio: number | null;
  settled: Settlement;
  /** Reported figures starting when the target starts: what a running target's pace is estimated from. */
  sameStart: F[];
}

export interface TargetOutcome<F extends Figure> {
  target: F;
  outcome: F | null;
  outcomes: F[];
  spread: { min: number; max: number } | null;
  ratio: number | null;
  verdict: Verdict;
  pace: Pace<F> | null;
  summary: string;
}

/** A target is judged once its period has ended; until then it is "not yet due". */
export const isDue = (target: { periodEnd: string }, today: string) => target.periodEnd < today;

export { isTargetMet };

/** A figure as a share of its target: "19% of target". Not for balances (a share of a signed amount misleads). */
export function shareOfTarget(target: Figure, valueUsd: number): number | null {
  return target.flow === 'balance' ? null : valueUsd / target.valueUsd;
}

const stated = (f: Figure) => f.derivedFromId === null;

/**
 * The reported figures that settle a target: for exactly its period, so a
 * part-year figure never settles an annual target and a fiscal-year target
 * meets only the same fiscal year. Derived figures count only when no stated
 * figure exists.
 */
function outcomesFor<F extends Figure>(target: F, sameStart: F[]): F[] {
  const same = sameStart.filter((f) => f.periodEnd === target.periodEnd);
  const direct = same.filter(stated);
  return (direct.length ? direct : same).sort(latestStatedFirst);
}

function assessOne<F extends Figure>(target: F, sameStart: F[]): TargetAssessment<F> {
  const outcomes = outcomesFor(target, sameStart);
  if (outcomes.length === 0) return { target, outcome: null, outcomes, spread: null, ratio: null, settled: 'no reported figure yet', sameStart };
  const metBy = outcomes.map((o) => meetsAsStated(target, o.valueUsd));
  const settled: Settlement = metBy.every(Boolean) ? 'met' : metBy.some(Boolean) ? 'disputed' : 'missed';
  const spread = differsBeyondThreshold(outcomes.map((o) => o.valueUsd));
  return { target, outcome: outcomes[0], outcomes, spread, ratio: shareOfTarget(target, outcomes[0].valueUsd), settled, sameStart };
}

/** Each projection of a view beside the reported figures for its period, judged for any date. */
export function assessTargets<F extends Figure>(figures: F[]): TargetAssessment<F>[] {
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
    .map((target) => assessOne(target, reportedByStart.get(target.periodStart) ?? []));
}

/** The latest part of a running target's period with a reported figure, scaled pro rata. */
function paceOf<F extends Figure>(target: F, sameStart: F[]): Pace<F> | null {
  const partial = sameStart
    .filter((f) => stated(f) && f.periodEnd < target.periodEnd)
    .sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || latestStatedFirst(a, b))[0];
  const months = partial ? monthsSpanned(partial.periodStart, partial.periodEnd) : 0;
  if (!partial || months === 0) return null;
  const estimateUsd = (partial.valueUsd * monthsSpanned(target.periodStart, target.periodEnd)) / months;
  return { basis: partial, estimateUsd, ratio: shareOfTarget(target, estimateUsd), status: meetsAsStated(target, estimateUsd) ? 'on track' : 'behind' };
}

const share = (ratio: number | null) => (ratio === null ? '' : ` (${formatPercent(ratio)})`);

/** A target's verdict on a given day, without the sentence: what a tally counts. */
export function verdictOn(a: TargetAssessment<Figure>, today: string): Verdict {
  return isDue(a.target, today) ? a.settled : 'not yet due';
}

/** A target's verdict on a given day, with the sentence the tables show. */
export function outcomeOn<F extends Figure>(a: TargetAssessment<F>, today: string): TargetOutcome<F> {
  const { target, outcomes } = a;
  const goal = `${formatValue(target)} ${forPeriod(target.periodLabel)}`;
  if (!isDue(target, today)) {
    const pace = paceOf(target, a.sameStart);
    const estimate = pace ? `; ${pace.status} on a pro-rata estimate of ${formatAmount(target.flow, pace.estimateUsd)}${share(pace.ratio)} from ${pace.basis.periodLabel}` : '';
    return { target, outcome: null, outcomes, spread: null, ratio: null, pace, verdict: 'not yet due', summary: `${goal}: not yet due${estimate}` };
  }
  const judged = { target, outcome: a.outcome, outcomes, spread: a.spread, ratio: a.ratio, pace: null, verdict: a.settled };
  if (!a.outcome) return { ...judged, summary: `${goal}: no reported figure yet` };
  const { spread, ratio } = a;
  const amount = (v: number) => formatAmount(target.flow, v);
  const range = target.flow === 'balance' ? ' to ' : '–';
  const reported = spread ? `${amount(spread.min)}${range}${amount(spread.max)}` : amount(a.outcome.valueUsd);
  const shareText =
    ratio === null ? '' : spread ? `${formatPercent(spread.min / target.valueUsd)}–${formatPercent(spread.max / target.valueUsd)} of target, ` : `${formatPercent(ratio)} of target, `;
  const sources = spread ? ` (${outcomes.length} sources differ)` : '';
  return { ...judged, summary: `${goal}, reported ${reported}: ${shareText}${a.settled}${sources}` };
}

/** Each projection of a view beside the reported figures for its period, with its verdict on `today`. */
export function judgeTargets<F extends Figure>(figures: F[], today: string): TargetOutcome<F>[] {
  return assessTargets(figures).map((a) => outcomeOn(a, today));
}
