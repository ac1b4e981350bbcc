/** Longest text each kind of field accepts; documented in the README. */
export const TEXT_LIMITS = {
  short: 200,
  url: 2000,
  notes: 2000,
  quote: 10000,
} as const;

/** No bilateral flow comes near this: world trade is about $33 trillion a year. */
export const MAX_PLAUSIBLE_USD = 100e12;

export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;
