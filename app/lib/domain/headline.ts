import type { Flow, Hedge } from './vocabulary';
import { formatAmount, formatPercent, formatUsd } from './format';
import { isUnsourced, type Provenance, UNSOURCED_LABEL } from './provenance';
import { isDue, outcomeOn, type Figure, type TargetAssessment } from './verdicts';

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

/**
 * How the sentences mark an unsourced figure in plain text (an image, a link
 * preview); a page may swap it for its visible mark.
 */
export const UNSOURCED_NOTE = ` (${UNSOURCED_LABEL})`;

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

/** The subject of the sentence: "trade", or what a one-way flow measures (without a label's hint in brackets). */
function subject(flow: Flow, flowWords: string): string {
  return flow === 'total' ? 'trade' : flowWords.replace(/\s*\([^)]*\)$/, '');
}

function inPeriod(label: string): string {
  return /^(by|in)\b/i.test(label) ? label : `in ${label}`;
}

function targetSentence(target: Figure, flowWords: string): string {
  const amount = target.flow === 'balance' ? formatAmount(target.flow, target.valueUsd) : formatUsd(target.valueUsd);
  const verb = target.flow === 'balance' ? 'would be' : TARGET_VERBS[target.hedge];
  return `Officials said ${subject(target.flow, flowWords)} ${verb} ${amount} ${inPeriod(target.periodLabel)}.`;
}

const mark = (f: Sourced) => (isUnsourced(f) ? UNSOURCED_NOTE : '');

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

function latestReportedSentence<F extends Sourced>(r: F, flowWords: string): string {
  const words = r.flow === 'total' ? 'Trade' : subject(r.flow, flowWords);
  const verb = r.flow === 'exports' || r.flow === 'imports' ? 'were' : 'was';
  return `${words} ${verb} last reported at ${formatAmount(r.flow, r.valueUsd)}${mark(r)} ${inPeriod(r.periodLabel)}; no target is on record.`;
}

/** A running target: not yet due, and where the latest part-year figure puts it. */
function paceSentence<F extends Sourced>(chosen: TargetAssessment<F>, today: string): string {
  const pace = outcomeOn(chosen, today).pace;
  if (!pace) return 'It is not yet due.';
  const share = pace.ratio === null ? '' : `, ${formatPercent(pace.ratio)} of the target`;
  return `It is not yet due; at the pace of ${pace.basis.periodLabel}${mark(pace.basis)} it would reach ${formatAmount(chosen.target.flow, pace.estimateUsd)}${share} (${pace.status}).`;
}

/** A settled target's outcome: what came in, its share, and the verdict when the share alone does not say it. */
function outcomeSentence<F extends Sourced>(chosen: TargetAssessment<F>, outcome: F): string {
  const { target, settled } = chosen;
  const amount = (v: number) => formatAmount(target.flow, v);
  const share = (v: number) => formatPercent(v / target.valueUsd);
  const balance = target.flow === 'balance';
  const values = chosen.outcomes.map((o) => o.valueUsd);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  if (chosen.spread || settled === 'disputed') {
    const shares = balance ? '' : `: ${share(min)}–${share(max)} of the target`;
    const verdict = settled === 'disputed' ? 'so the verdict is disputed' : `so the target was ${settled} either way`;
    // Any of the sources may be the unsourced one, not only the figure the verdict rests on.
    const anyUnsourced = chosen.outcomes.find(isUnsourced) ?? outcome;
    return `Sources put it at ${amount(min)} to ${amount(max)}${mark(anyUnsourced)}${shares}, ${verdict}.`;
  }
  const came = `It came in at ${amount(outcome.valueUsd)}${mark(outcome)}`;
  if (balance) return `${came}, so the target was ${settled}.`;
  // "19% of the target" says missed by itself; 100% of "more than $3B", or 97% of "about $3B", does not.
  const plain = settled === 'missed' && outcome.valueUsd < target.valueUsd;
  return `${came}: ${share(outcome.valueUsd)} of the target${plain ? '' : `, so it was ${settled}`}.`;
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
    return { sentences: [latestReportedSentence(latestReported, flowWords)], targetId: null, outcomeId: latestReported.id, unsourced: isUnsourced(latestReported) };
  }
  const { target, outcome } = chosen;
  const opening = targetSentence(target, flowWords);
  if (!isDue(target, today)) {
    const basis = outcomeOn(chosen, today).pace?.basis ?? null;
    return { targetId: target.id, outcomeId: basis?.id ?? null, unsourced: basis ? isUnsourced(basis) : false, sentences: [opening, paceSentence(chosen, today)] };
  }
  if (!outcome) return { targetId: target.id, outcomeId: null, unsourced: false, sentences: [opening, 'No figure for that period has been reported yet.'] };
  return { targetId: target.id, outcomeId: outcome.id, unsourced: isUnsourced(outcome), sentences: [opening, outcomeSentence(chosen, outcome)] };
}
