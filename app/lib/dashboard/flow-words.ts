import { economyName } from '../domain/economies';

interface Stated {
  flow: string;
  economyA: string;
  economyB: string;
  origin: string | null;
}

/**
 * What a statement measures, in words: "Kazakhstan’s exports to Afghanistan".
 * A balance is named from the side it is shown from (its origin), which on the
 * dashboard may be the other economy's (see seenFrom).
 */
export function flowSentence(s: Stated, total = `Total trade between ${economyName(s.economyA)} and ${economyName(s.economyB)}`): string {
  const a = economyName(s.economyA);
  const b = economyName(s.economyB);
  if (s.flow === 'total') return total;
  if (s.flow === 'balance') {
    const side = s.origin ?? s.economyA;
    return `${economyName(side)}’s trade balance with ${economyName(side === s.economyA ? s.economyB : s.economyA)}`;
  }
  return s.flow === 'exports' ? `${a}’s exports to ${b}` : `${a}’s imports from ${b}`;
}
