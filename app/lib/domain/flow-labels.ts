import type { Flow } from './vocabulary';
import { economyName } from './economies';
import type { Pair } from './pair';
import { BALANCE_SIGN_HINT, flowPhrase } from './phrases/flows';

/** The flow choices in words for one pair: "Kazakhstan’s exports to Afghanistan". */
export function flowLabelsFor(pair: Pair): Record<Flow, string> {
  const [a, b] = [economyName(pair.first), economyName(pair.second)];
  return {
    total: 'Total trade (turnover)',
    exports: flowPhrase('exports', a, b),
    imports: flowPhrase('imports', a, b),
    balance: `${flowPhrase('balance', a, b)} (${BALANCE_SIGN_HINT})`,
  };
}
