import { economyName, resolveEconomy } from './economies';
import type { Flow } from './vocabulary';

/** A pair as the user chose to see it: `first` is the A of "exports (A to B)". */
export interface Pair {
  first: string;
  second: string;
}

/** The order-free key stored with each statement: the two codes sorted. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

/**
 * The economy goods leave, for a directed flow; for a balance, the economy
 * whose surplus a positive value is; null for total trade.
 */
export function originOf(flow: Flow, economyA: string, economyB: string): string | null {
  if (flow === 'exports' || flow === 'balance') return economyA;
  if (flow === 'imports') return economyB;
  return null;
}

export function pairParam(pair: Pair): string {
  return `${pair.first}-${pair.second}`;
}

export function pairTitle(pair: Pair): string {
  return `${economyName(pair.first)}–${economyName(pair.second)}`;
}

/**
 * Reads a pair from a URL or a typed box: "KAZ-AFG", "Kazakhstan–Afghanistan",
 * "Kazakhstan - Afghanistan", "Kazakhstan and Afghanistan".
 */
export function parsePair(typed: string | undefined | null): Pair | null {
  if (!typed) return null;
  const text = typed.trim();
  const separators = [/\s*[–—]\s*/, /\s+-\s+/, /\s+and\s+/i, /\s*\/\s*/, /-/];
  for (const separator of separators) {
    const parts = text.split(separator);
    if (parts.length !== 2) continue;
    const first = resolveEconomy(parts[0]);
    const second = resolveEconomy(parts[1]);
    if (first && second && first !== second) return { first, second };
  }
  return null;
}
