// The words a statement's enumerated columns may hold. They live here, beside
// the schema that checks them, so that db/ imports nothing from app/; the
// domain (app/lib/domain/vocabulary.ts) re-exports them with their labels.

/** `balance` is economy A's surplus (positive) or deficit (negative) with B. */
export const FLOWS = ['total', 'exports', 'imports', 'balance'] as const;
export type Flow = (typeof FLOWS)[number];

export const KINDS = ['reported', 'projected'] as const;
export type Kind = (typeof KINDS)[number];

export const HEDGES = ['exact', 'approximately', 'more than', 'at least', 'less than', 'up to', 'nearly'] as const;
export type Hedge = (typeof HEDGES)[number];

/**
 * How far value_usd may be from value_stated × usd_rate, as a share of
 * value_usd: both are rounded to 15 significant digits on the way in. The
 * CHECK constraint (db/schema.ts) and the core's rules use this one number
 * and the same formula, so no write passes one and fails the other.
 */
export const USD_TOLERANCE = 1e-9;

/** Whose rate a statement's usd_rate is: the editor's, the exchange_rates table's, or the source text's own equivalent. */
export const RATE_ORIGINS = ['editor', 'table', 'text'] as const;
export type RateOrigin = (typeof RATE_ORIGINS)[number];
