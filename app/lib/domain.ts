// The domain vocabulary, shared by the schema, validation, UI and CSV so that
// one word means one thing everywhere.

export const FLOWS = ['total', 'exports', 'imports'] as const;
export type Flow = (typeof FLOWS)[number];

export const FLOW_LABELS: Record<Flow, string> = {
  total: 'Total trade (turnover)',
  exports: 'Exports (A to B)',
  imports: 'Imports (A from B)',
};

export const KINDS = ['reported', 'projected'] as const;
export type Kind = (typeof KINDS)[number];

export const HEDGES = [
  'exact',
  'approximately',
  'more than',
  'at least',
  'less than',
  'up to',
  'nearly',
] as const;
export type Hedge = (typeof HEDGES)[number];

/** The sign drawn next to a chart point, so a hedge is visible at a glance. */
export const HEDGE_SYMBOLS: Record<Hedge, string> = {
  exact: '',
  approximately: '≈',
  'more than': '>',
  'at least': '≥',
  'less than': '<',
  'up to': '≤',
  nearly: '≈',
};
