// The domain vocabulary, shared by the schema, validation, UI and CSV so that
// one word means one thing everywhere.

import type { Flow, Hedge } from '../../../db/vocabulary';
import { BALANCE_SIGN_HINT } from './phrases/flows';

export { FLOWS, HEDGES, KINDS, NAME_KINDS, RATE_ORIGINS, SETTLEMENTS, USD_TOLERANCE, type Flow, type Hedge, type Kind, type NameKind, type RateOrigin, type Settlement } from '../../../db/vocabulary';

export const FLOW_LABELS: Record<Flow, string> = {
  total: 'Total trade (turnover)',
  exports: 'Exports (A to B)',
  imports: 'Imports (A from B)',
  balance: `Trade balance (A’s ${BALANCE_SIGN_HINT})`,
};

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
