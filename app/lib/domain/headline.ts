import type { Flow, Hedge } from './vocabulary';
import { formatAmount, formatPercent, formatUsd } from './format';
import { isUnsourced, type Provenance } from './provenance';
import { isDue, type Figure, type TargetAssessment } from './verdicts';

type Sourced = Figure & Provenance;

/** What the figures say at a glance: the sentences under a pair's title, and what they rest on. */
export interface Headline {
  /** One or two sentences, in reading order. */
  sentences: string[];
  /** The target the sentence is about, and the figure that settled it (or paced it). */
  targetId: number | null;
  outcomeId: number | null;
  /** The figure the verdict rests on has no address and no quote on file: the sentence says so. */
  unsourced: boolean;
}

// How a target was worded, as a verb phrase: "would surpass $3B".
const TARGET_VERBS: Record<Hedge, string> = {
  exact: 'would reach',
  approximately: 'would reach about',
  'more than': 'would surpass',
  'at least': 'would reach at least',
  'less than': 'would stay below',
  'up to': 'would reach up to',
  nearly: 'would reach nearly',
};

/** The subject of the sentence: "trade", or what a one-way flow measures. */
function subject(flow: Flow, flowWords: string): string {
  return flow === 'total' ? 'trade' : flowWords;
}

function inPeriod(label: string): string {
  return /^(by|in)\b/i.test(label) ? label : `in ${label}`;
}

function targetSentence(target: Figure, flowWords: string): string {
  const amount = target.flow === 'balance' ? formatAmount(target.flow, target.valueUsd) : formatUsd(target.valueUsd);
  const verb = target.flow === 'balance' ? 'would be' : TARGET_VERBS[target.hedge];
  return `Officials said ${subject(target.flow, flowWords)} ${verb} ${amount} ${inPeriod(target.periodLabel)}.`;
}

const mark = (f: Sourced) => (isUnsourced(f) ? ' (unsourced)' : '');

/** The target a reader most wants settled: the latest period that has come due, else the next one due. */
function chooseTarget<F extends Sourced>(assessments: TargetAssessment<F>[], today: string): TargetAssessment<F> | null {
  const byLatest = [...assessments].sort(
    (a, b) => b.target.periodEnd.localeCompare(a.target.periodEnd) || b.target.statementDate.localeCompare(a.target.statementDate) || b.target.id - a.target.id,
  );
  const settled = byLatest.find((a) => isDue(a.target, today) && a.outcome);
  if (settled) return settled;
  const pending = byLatest.filter((a) => !isDue(a.target, today));
  return pending.at(-1) ?? byLatest[0] ?? null;
}

/**
 * The headline of a view on `today`: its latest settled target and what came
 * of it ("Officials said trade would surpass $3B in 2023. It came in at
 * $567.5M: 19% of the target."), else the next target due and its pace, else
 * the latest reported figure. Null when the view has no statement.
 */
export function headlineFor<F extends Sourced>(assessments: TargetAssessment<F>[], latestReported: F | null, flowWords: string, today: string): Headline | null {
  const chosen = chooseTarget(assessments, today);
  if (!chosen) {
    if (!latestReported) return null;
    const r = latestReported;
    const words = r.flow === 'total' ? 'Trade' : flowWords;
    return {
      sentences: [`${words} was last reported at ${formatAmount(r.flow, r.valueUsd)}${mark(r)} ${inPeriod(r.periodLabel)}. No target has been announced for it yet.`],
      targetId: null,
      outcomeId: r.id,
      unsourced: isUnsourced(r),
    };
  }
  const { target, outcome } = chosen;
  const opening = targetSentence(target, flowWords);
  const none = { targetId: target.id, outcomeId: null, unsourced: false };
  if (!isDue(target, today)) return { ...none, sentences: [opening, 'It is not yet due.'] };
  if (!outcome) return { ...none, sentences: [opening, 'No figure for that period has been reported yet.'] };
  const amount = (v: number) => formatAmount(target.flow, v);
  const share = (v: number) => formatPercent(v / target.valueUsd);
  const balance = target.flow === 'balance';
  const outcomeText = chosen.spread
    ? `Sources put it at ${amount(chosen.spread.min)} to ${amount(chosen.spread.max)}${mark(outcome)}${balance ? '' : `: ${share(chosen.spread.min)}–${share(chosen.spread.max)} of the target`}, so the verdict is disputed.`
    : `It came in at ${amount(outcome.valueUsd)}${mark(outcome)}${balance ? `: ${chosen.settled}` : `: ${share(outcome.valueUsd)} of the target`}.`;
  return { targetId: target.id, outcomeId: outcome.id, unsourced: isUnsourced(outcome), sentences: [opening, outcomeText] };
}
