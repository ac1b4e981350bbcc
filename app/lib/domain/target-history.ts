import { SAME_GOAL_TOLERANCE } from './thresholds';
import type { Figure } from './verdicts';

/**
 * Groups a view's projections into goals restated over time: the same figure
 * announced again, often for a later period, so a reader sees a target slip.
 * Only goals stated more than once are returned, each oldest statement first.
 */
export function targetHistories<F extends Figure>(figures: F[]): F[][] {
  const goals: F[][] = [];
  const projected = figures.filter((f) => f.kind === 'projected').sort((a, b) => a.statementDate.localeCompare(b.statementDate) || a.id - b.id);
  for (const target of projected) {
    const goal = goals.find((g) => Math.abs(g[0].valueUsd - target.valueUsd) <= Math.abs(g[0].valueUsd) * SAME_GOAL_TOLERANCE);
    if (goal) goal.push(target);
    else goals.push([target]);
  }
  return goals.filter((g) => g.length > 1);
}

/** A restated goal cut to its first and latest restatements. */
export interface AbridgedHistory<F extends Figure> {
  first: F[];
  /** Restatements between `first` and `latest` left out. */
  omitted: number;
  latest: F[];
}

/**
 * The goals most recently restated, each as its first and latest
 * restatements: a pair with hundreds of targets still reads at a glance, and
 * the page grows with what is shown, not with what is stored.
 */
export function abridgeHistories<F extends Figure>(histories: F[][], maxGoals: number, keepAtEachEnd: number): { shown: AbridgedHistory<F>[]; moreGoals: number } {
  const lastSaid = (history: F[]) => history[history.length - 1].statementDate;
  const recent = [...histories].sort((a, b) => lastSaid(b).localeCompare(lastSaid(a))).slice(0, maxGoals);
  const shown = recent.map((history) =>
    history.length <= keepAtEachEnd * 2
      ? { first: history, omitted: 0, latest: [] }
      : { first: history.slice(0, keepAtEachEnd), omitted: history.length - keepAtEachEnd * 2, latest: history.slice(-keepAtEachEnd) },
  );
  return { shown, moreGoals: histories.length - shown.length };
}
