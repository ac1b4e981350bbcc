/** The fields that say from whose side a balance is stated. */
interface Sided {
  flow: string;
  economyA: string;
  origin: string | null;
  valueUsd: number | null;
  /** Flipped too when present, so a statement's stated and dollar values keep one sign. */
  valueStated?: number;
}

/**
 * A statement as `economy` sees it. A balance is stored from the side of the
 * economy that stated it (economy A: its surplus positive); from the other
 * side the sign flips, since Afghanistan's deficit with Kazakhstan is
 * Kazakhstan's surplus. The origin becomes `economy`, so that both sides'
 * figures for one period compare; economy A still says who stated it. Other
 * flows are returned as they are.
 */
export function seenFrom<S extends Sided>(economy: string, s: S): S {
  if (s.flow !== 'balance' || s.origin === economy) return s;
  const flipped = { ...s, origin: economy, valueUsd: s.valueUsd === null ? null : -s.valueUsd };
  if (s.valueStated !== undefined) flipped.valueStated = -s.valueStated;
  return flipped;
}

/** A balance shown with its sign flipped: stated by the other economy (see `seenFrom`). */
export function isFlippedBalance(s: { flow: string; economyA: string; origin: string | null }): boolean {
  return s.flow === 'balance' && s.origin !== s.economyA;
}
