import type { Flow } from './vocabulary';
import { economyName } from './economies';
import type { Pair } from './pair';

/** The flow choices in words for one pair: "Kazakhstan's exports to Afghanistan". */
export function flowLabelsFor(pair: Pair): Record<Flow, string> {
  const a = economyName(pair.first);
  const b = economyName(pair.second);
  return {
    total: 'Total trade (turnover)',
    exports: `${a}’s exports to ${b}`,
    imports: `${a}’s imports from ${b}`,
    balance: `${a}’s trade balance with ${b} (surplus +, deficit −)`,
  };
}
