import type { Hedge } from '../vocabulary';
import { alternation } from './pattern';

/** The words that hedge a figure, by the hedge they mean: "about $1 billion" is approximately; Russian, French and Spanish ones too ("около", "environ", "cerca de"). */
export const HEDGE_PHRASES: Readonly<Record<Exclude<Hedge, 'exact'>, readonly string[]>> = {
  approximately: [
    'about', 'approximately', 'approx.', 'approx', 'around', 'roughly', 'some', 'circa', 'an estimated', '~', '≈',
    'около', 'примерно', 'порядка', 'приблизительно', 'ориентировочно',
    'environ', 'quelque', 'autour de', "autour d'", 'autour d’', 'aux alentours de', "de l'ordre de", 'de l’ordre de', 'approximativement',
    'alrededor de', 'aproximadamente', 'unos', 'unas', 'en torno a', 'del orden de', 'aprox.', 'in the region of',
    // A verb with the article Spanish and French put before a figure: "ronda los 5.000 millones", "avoisine les 5 milliards".
    'ronda los', 'rondó los', 'rondan los', 'rondaron los', 'rondaba los', 'avoisine les', 'avoisinait les', 'avoisiné les',
  ],
  nearly: [
    'nearly', 'almost', 'close to', 'почти',
    'près de', "près d'", 'près d’', 'presque', 'quasiment', 'cerca de', 'casi',
  ],
  'more than': [
    'more than', 'over', 'above', 'in excess of', 'upwards of', 'exceed', 'exceeding', 'exceeds', 'exceeded',
    'surpass', 'surpasses', 'surpassing', 'surpassed', 'cross', 'crosses', 'crossing', 'crossed', 'top', 'tops', 'topping', 'topped',
    'overshot', 'beaten', 'beat', '>', 'более', 'более чем', 'свыше', 'больше', 'превысив', 'превысил', 'превысила',
    'превысило', 'превысили', 'превысит', 'превысят', 'превысить', 'превышает', 'превышают', 'превышающий', 'превышающем',
    'plus de', "plus d'", 'plus d’', 'au-delà de', 'dépassant', 'dépassé', 'dépasser', 'dépasse', 'dépassera',
    'más de', 'por encima de', 'superior a', 'superando', 'superó', 'superará', 'superar', 'supera',
    'superó los', 'superaron los', 'supera los', 'superan los', 'superar los', 'superará los', 'superando los', 'superado los',
    'dépassé les', 'dépasse les', 'dépassent les', 'dépasser les', 'dépassera les', 'dépassant les', 'franchi les', 'franchi la barre des',
  ],
  'at least': [
    'at least', 'no less than', 'not less than', '>=', '≥', 'не менее', 'не меньше', 'как минимум', 'au moins', 'pas moins de',
    "pas moins d'", 'pas moins d’', 'al menos', 'por lo menos', 'no menos de',
  ],
  'less than': ['less than', 'under', 'below', '<', 'менее', 'меньше', 'moins de', "moins d'", 'moins d’', 'menos de', 'inferior a'],
  'up to': [
    'up to', 'as much as', 'as high as', 'no more than', 'not more than', '<=', '≤', 'до', 'вплоть до', 'не более', 'не больше',
    'hasta', 'no más de', "jusqu'à", 'jusqu’à', 'pas plus de', "pas plus d'", 'pas plus d’',
  ],
};

/**
 * Hedges of a value typed alone ("до 2 млрд долларов" is up to) that running text uses for "to": after a
 * verb of change, near or far ("увеличить товарооборот до 3 млрд", "elevar el comercio hasta", "porter
 * les échanges jusqu'à"), so an article's figure after them is read as stated.
 */
export const NOT_HEDGES_IN_TEXT: ReadonlySet<string> = new Set(['до', 'hasta', "jusqu'à", 'jusqu’à']);

/** Hedges that may open an equivalent in brackets: "1.2 trillion tenge (about $2.6 billion)". */
export const EQUIVALENT_HEDGES = [
  'about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'over', 'just over', 'just under', 'an estimated',
  'около', 'примерно', 'почти', 'более', 'свыше', 'environ', 'près de', 'plus de', 'unos', 'alrededor de', 'cerca de', 'casi', 'más de',
] as const;

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
