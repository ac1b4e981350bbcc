import { formatPercent } from './format';
import type { Verdict } from './verdicts';

/*
 * A speaker's (or an outlet's) targets tallied: how many were stated, how
 * each stands on a given day, and how close the settled ones came. The
 * verdicts themselves are the dashboard's (target_verdicts); this only counts.
 */

export interface JudgedTarget {
  verdict: Verdict;
  /** The reported figure as a share of the target; none for a balance or without a figure. */
  ratio: number | null;
}

export interface TargetTally {
  targets: number;
  met: number;
  missed: number;
  disputed: number;
  noReportedFigure: number;
  notYetDue: number;
  /** The median share over targets met or missed that have one; null when none has. */
  medianShare: number | null;
  /** How many shares the median is taken over. */
  shares: number;
}

export const EMPTY_TALLY: TargetTally = { targets: 0, met: 0, missed: 0, disputed: 0, noReportedFigure: 0, notYetDue: 0, medianShare: null, shares: 0 };

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const COUNTED: Record<Verdict, keyof Omit<TargetTally, 'targets' | 'medianShare' | 'shares'>> = {
  met: 'met',
  missed: 'missed',
  disputed: 'disputed',
  'no reported figure yet': 'noReportedFigure',
  'not yet due': 'notYetDue',
};

/**
 * Counts each verdict. The median share is over met and missed targets only:
 * a disputed target's share depends on which of the differing sources is
 * read, so it would move the median by a choice, not by an outcome.
 */
export function tallyTargets(targets: readonly JudgedTarget[]): TargetTally {
  const tally = { ...EMPTY_TALLY, targets: targets.length };
  const shares: number[] = [];
  for (const { verdict, ratio } of targets) {
    tally[COUNTED[verdict]] += 1;
    if ((verdict === 'met' || verdict === 'missed') && ratio !== null) shares.push(ratio);
  }
  return { ...tally, medianShare: median(shares), shares: shares.length };
}

// The order the dashboard's tally lists verdicts in (domain/verdict-tally.ts).
const ORDER: Verdict[] = ['met', 'missed', 'disputed', 'not yet due', 'no reported figure yet'];

/**
 * The record in a sentence: "1 target: 1 missed (19% of target)", "3
 * targets: 1 met, 1 missed, 1 not yet due (median 84% of target)". A single
 * share is given as it is: the median of one figure is that figure.
 */
export function trackRecordSentence(tally: TargetTally): string {
  if (tally.targets === 0) return 'No targets stated';
  const parts = ORDER.filter((v) => tally[COUNTED[v]] > 0).map((v) => `${tally[COUNTED[v]]} ${v}`);
  const share = tally.medianShare === null ? '' : tally.shares === 1 ? ` (${formatPercent(tally.medianShare)} of target)` : ` (median ${formatPercent(tally.medianShare)} of target)`;
  return `${tally.targets} target${tally.targets === 1 ? '' : 's'}: ${parts.join(', ')}${share}`;
}

/** One target beside its outcome: a bar pair on a record's chart of claims against outcomes. */
export interface TargetPoint {
  id: number;
  period: string;
  pair: string;
  flow: string;
  targetUsd: number;
  /** The reported figure the verdict rests on; null until one is due and reported. */
  outcomeUsd: number | null;
  ratio: number | null;
  verdict: Verdict;
}
