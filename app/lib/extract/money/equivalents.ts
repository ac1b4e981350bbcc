import { EQUIVALENT_HEDGES } from '../../domain/phrases/hedges';
import { alternation } from '../../domain/phrases/pattern';
import type { Money } from './amounts';

// What may stand between a figure and its equivalent in another currency: "(", "(about", ", or about",
// ", roughly", "or", "soit", "или", "equivalent to", a dash. Bounded: the gap is at most a few words.
const HEDGES = alternation(EQUIVALENT_HEDGES);
const LEADS = alternation(['or', 'or about', 'i.e.', 'that is', 'equivalent to', 'equal to', 'worth', 'soit', 'ou', 'o', 'или', 'то есть', 'equivalente a', 'équivalent à']);
const EQUIVALENT_GAP = new RegExp(
  `^\\s*(?:[(\\[]\\s*(?:(?:${LEADS}|${HEDGES})\\s+)*|[,;]?\\s*(?:${LEADS})\\s+(?:(?:${HEDGES})\\s+)?|[,;]\\s*(?:${HEDGES})\\s+|\\s*[-–—]\\s*(?:(?:${HEDGES})\\s+)?)$`,
  'iu',
);
const MAX_GAP = 40;

/**
 * "19.9 trillion won ($15 billion)", "Rs 1 lakh crore (about $12 billion)", "1,2 трлн тенге (около $2,6 млрд)":
 * one figure in the currency it is stated in, the dollar figure kept as its `usdEquivalent`. A figure in
 * dollars first keeps its own value and drops the local one after it ("$18.4 billion (19.9 trillion won)").
 */
export function foldEquivalents(sentence: string, found: Money[]): Money[] {
  const kept: Money[] = [];
  for (const money of found) {
    const previous = kept[kept.length - 1];
    const gap = previous && money.figureStart - previous.end <= MAX_GAP ? sentence.slice(previous.end, money.figureStart) : null;
    if (previous && gap !== null && previous.currency !== money.currency && EQUIVALENT_GAP.test(gap)) {
      if (money.currency === 'USD' && previous.currency !== 'USD') previous.usdEquivalent = money.value;
      const close = /^\s*[)\]]/.exec(sentence.slice(money.end, money.end + 3));
      previous.end = close ? money.end + close[0].length : money.end;
      continue;
    }
    kept.push(money);
  }
  return kept;
}
