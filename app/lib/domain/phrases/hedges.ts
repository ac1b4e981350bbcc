import type { Hedge } from '../vocabulary';
import { alternation } from './pattern';

/** The words that hedge a figure, by the hedge they mean: "about $1 billion" is approximately; Russian ones too ("около"). */
export const HEDGE_PHRASES: Readonly<Record<Exclude<Hedge, 'exact'>, readonly string[]>> = {
  approximately: [
    'about', 'approximately', 'approx.', 'approx', 'around', 'roughly', 'some', 'circa', 'an estimated', '~', '≈',
    'около', 'примерно', 'порядка', 'приблизительно',
  ],
  nearly: ['nearly', 'almost', 'close to', 'почти'],
  'more than': [
    'more than', 'over', 'above', 'in excess of', 'upwards of', 'exceed', 'exceeding', 'exceeds', 'exceeded',
    'surpass', 'surpasses', 'surpassing', 'surpassed', 'cross', 'crosses', 'crossing', 'crossed', 'topped',
    'overshot', 'beaten', 'beat', '>', 'более', 'свыше', 'больше',
  ],
  'at least': ['at least', 'no less than', 'not less than', '>=', '≥', 'не менее', 'не меньше'],
  'less than': ['less than', 'under', 'below', '<', 'менее', 'меньше'],
  'up to': ['up to', 'as much as', 'no more than', 'not more than', '<=', '≤', 'до', 'не более'],
};

/** Hedges that may open an equivalent in brackets: "1.2 trillion tenge (about $2.6 billion)". */
export const EQUIVALENT_HEDGES = ['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'over'] as const;

/** Verbs before "the $2 billion mark": passing it is more than, reaching it at least. */
export const MARK_VERBS: Readonly<Record<'more than' | 'at least', readonly string[]>> = {
  'more than': ['crossed', 'surpassed', 'exceeded', 'topped', 'passed', 'breached', 'broke'],
  'at least': ['hit', 'reached', 'touched'],
};

/** Verbs that meet a target ("we have crossed the target"); those not hedged "more than" mean at least. */
export const TARGET_MET_VERBS = ['crossed', 'exceeded', 'surpassed', 'overshot', 'beaten', 'beat', 'achieved', 'met', 'reached', 'hit'] as const;

const HEDGE_BY_PHRASE = new Map(
  Object.entries(HEDGE_PHRASES).flatMap(([hedge, phrases]) => phrases.map((p) => [p, hedge as Exclude<Hedge, 'exact'>] as const)),
);
// Letters of any script end a word, so "до" is not found in "доллар" nor "over" in "overall".
const HEDGE_AT_END = new RegExp(`(?<!\\p{L})(${alternation(HEDGE_BY_PHRASE.keys())})\\s*$`, 'u');
const HEDGE_AT_START = new RegExp(`^(${alternation(HEDGE_BY_PHRASE.keys())})(?!\\p{L})\\s*`, 'u');

/** The hedge a phrase means, e.g. "crossed" → more than; undefined for any other word. */
export function hedgeOfPhrase(phrase: string): Exclude<Hedge, 'exact'> | undefined {
  return HEDGE_BY_PHRASE.get(phrase.toLowerCase());
}

/** The hedge that opens lower-case text: "about $4bn"; `length` is how much of the text it takes. */
export function hedgeAtStart(text: string): { hedge: Exclude<Hedge, 'exact'>; length: number } | null {
  const match = HEDGE_AT_START.exec(text);
  const hedge = match ? HEDGE_BY_PHRASE.get(match[1]) : undefined;
  return match && hedge ? { hedge, length: match[0].length } : null;
}

/**
 * The hedge that ends a stretch of running text, as in "a trade volume of approximately"
 * just before a figure; `length` is how many characters of the text it takes up.
 */
export function hedgeAtEnd(text: string): { hedge: Exclude<Hedge, 'exact'>; length: number } | null {
  const match = HEDGE_AT_END.exec(text.toLowerCase());
  const hedge = match ? HEDGE_BY_PHRASE.get(match[1]) : undefined;
  return match && hedge ? { hedge, length: match[0].length } : null;
}
