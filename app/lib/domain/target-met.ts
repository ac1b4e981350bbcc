import type { Flow, Hedge } from './vocabulary';
import { isFlippedBalance } from './balance-side';
import { APPROXIMATE_TOLERANCE } from './thresholds';
import type { Figure } from './verdicts';

// Whether one reported figure meets one target: the direction and the hedge's
// meaning, apart from the assessment of a period's figures in verdicts.ts.

/**
 * A deficit target ("cut the deficit to $10B", stored as −10B) is met when
 * the deficit is that size or smaller: hedges qualify its size. "More than"
 * or "at least" a deficit forecasts a deficit at least that large.
 */
function isDeficitTargetMet(limit: number, hedge: Hedge, deficit: number): boolean {
  switch (hedge) {
    case 'more than':
      return deficit > limit;
    case 'at least':
      return deficit >= limit;
    case 'approximately':
    case 'nearly':
      return deficit <= limit * (1 + APPROXIMATE_TOLERANCE);
    case 'less than':
      return deficit < limit;
    default:
      // exact and up to: a deficit no larger than the figure meets it.
      return deficit <= limit;
  }
}

/**
 * Whether a reported figure meets a target, in the direction the target
 * states: volumes and surpluses upwards, a deficit downwards (on its size).
 */
export function isTargetMet(target: { flow: Flow; valueUsd: number; hedge: Hedge }, reportedUsd: number): boolean {
  if (target.flow === 'balance' && target.valueUsd < 0) return isDeficitTargetMet(-target.valueUsd, target.hedge, -reportedUsd);
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

/**
 * Whether a figure of a view meets its target, judged as the economy that
 * stated the target sees it: a view flips a balance to its first economy, and
 * Pakistan's "deficit cut to $5B" shown from Afghanistan reads as a surplus
 * target, which would be judged in the wrong direction.
 */
export function meetsAsStated(target: Figure, reportedUsd: number): boolean {
  const flipped = target.economyA !== undefined && target.origin !== undefined && isFlippedBalance({ flow: target.flow, economyA: target.economyA, origin: target.origin });
  return flipped ? isTargetMet({ ...target, valueUsd: -target.valueUsd }, -reportedUsd) : isTargetMet(target, reportedUsd);
}
