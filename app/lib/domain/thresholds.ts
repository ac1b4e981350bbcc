// The tolerances behind every judgement the product makes, named once: the
// rules (conflicts.ts, verdicts.ts, target-history.ts) compare with them and
// the UI's sentences print them, so the text cannot drift from the rule.

/** Reported figures for one period whose magnitudes differ by more than this share are a conflict. */
export const CONFLICT_THRESHOLD = 0.05;

/** A derived figure is consistent when the stated figures for its period are within this share of it. */
export const DERIVED_TOLERANCE = 0.1;

/** "About $3B" (or "nearly") counts as met from this share short of the target. */
export const APPROXIMATE_TOLERANCE = 0.1;

/** Targets of the same size (within this share) are read as one goal restated. */
export const SAME_GOAL_TOLERANCE = 0.01;

/** A threshold as the UI writes it: 0.05 → "5%". */
export function thresholdText(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
