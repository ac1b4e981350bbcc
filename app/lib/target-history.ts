import type { Figure } from './targets';

/** Targets of the same size (within this share) are read as one goal restated. */
export const SAME_GOAL_TOLERANCE = 0.01;

/**
 * Groups a view's projections into goals restated over time: the same figure
 * announced again, often for a later period, so a reader sees a target slip.
 * Only goals stated more than once are returned, each oldest statement first.
 */
export function targetHistories<F extends Figure>(figures: F[]): F[][] {
  const goals: F[][] = [];
  const projected = figures.filter((f) => f.kind === 'projected').sort((a, b) => a.statementDate.localeCompare(b.statementDate) || a.id - b.id);
  for (const target of projected) {
    const goal = goals.find((g) => Math.abs(g[0].valueUsd - target.valueUsd) <= g[0].valueUsd * SAME_GOAL_TOLERANCE);
    if (goal) goal.push(target);
    else goals.push([target]);
  }
  return goals.filter((g) => g.length > 1);
}
