/** Longest text each kind of field accepts; documented in the README. */
export const TEXT_LIMITS = {
  short: 200,
  url: 2000,
  notes: 2000,
  quote: 10000,
  /** Why a statement was edited, deleted or restored (readers see it), and a reviewer's comment. */
  reason: 500,
} as const;

/** No bilateral flow comes near this: world trade is about $33 trillion a year. Values must be under it. */
export const MAX_PLAUSIBLE_USD = 100e12;

/**
 * The fewest US dollars one unit of a currency can be worth: below every real
 * rate since 1900 that a trade figure is stated in (the weakest, hyperinflation
 * notes, are about 1e-12), and far above 1e-308, where doubles lose digits and
 * the value in dollars would be rounded to nothing.
 */
export const MIN_USD_RATE = 1e-12;

export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;
