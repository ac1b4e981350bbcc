import { type Pair, pairKey, parsePair } from '../domain/pair';

/** The pair the product started from, and the dashboard's front page unless DEFAULT_PAIR says otherwise. */
export const DEFAULT_PAIR = 'KAZ-AFG';

/** The pair the dashboard opens on: DEFAULT_PAIR when it has statements, else the most documented pair. */
export function defaultPair(pairs: { key: string; first: string; second: string }[]): Pair | null {
  const configured = parsePair(process.env.DEFAULT_PAIR || DEFAULT_PAIR);
  if (configured && pairs.some((p) => p.key === pairKey(configured.first, configured.second))) return configured;
  return pairs[0] ? { first: pairs[0].first, second: pairs[0].second } : null;
}
