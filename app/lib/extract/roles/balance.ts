import { DEFICIT_WORDS, SURPLUS_WORDS } from '../../domain/phrases/flows';
import { alternation } from '../../domain/phrases/pattern';
import type { Money } from '../money/amounts';
import { cuesIn, type Cue } from './flow';

// A trade balance in running text: "India’s trade deficit with China of $85 billion",
// "a $5 billion surplus", "with the balance standing at ¥111.77 billion".

const AFTER = new RegExp(`^\\s*(?:(?:goods|merchandise)\\s+)?(${alternation([...SURPLUS_WORDS, ...DEFICIT_WORDS])})\\b`, 'i');
const MINUS_BEFORE = /(?:[-−–]|\bminus\s+|\bnegative\s+)$/i;

/** A balance word right after a figure: "ran a $5 billion deficit with China". */
export function balanceAfter(sentence: string, from: number): Cue | null {
  const m = AFTER.exec(sentence.slice(from, from + 40));
  if (!m) return null;
  const start = from + m.index + m[0].length - m[1].length;
  const surplus = (SURPLUS_WORDS as readonly string[]).includes(m[1].toLowerCase().replace(/\s+/g, ' '));
  return { measures: 'trade', flow: 'balance', start, end: start + m[1].length, sign: surplus ? 1 : -1 };
}

/**
 * A bare "balance" takes the surplus or deficit named before it in the
 * sentence, and its place for finding the pair: "Japan logged its first trade
 * surplus with China, with the balance standing at ¥111.77 billion".
 */
export function signedCue(sentence: string, cue: Cue | null): Cue | null {
  if (cue?.measures !== 'trade' || cue.flow !== 'balance' || cue.sign) return cue;
  // The cues before it, read once and then from the nearest back (not re-read before each: a run of
  // "balance balance …" made that quadratic).
  const earlier = cuesIn(sentence, 0, cue.start);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const before = earlier[i];
    if (before.measures === 'trade' && before.flow === 'balance' && before.sign) return before;
  }
  return cue;
}

/** +1 for a surplus, −1 for a deficit or a minus sign before the figure; null when the text does not say. */
export function balanceSign(sentence: string, cue: Cue & { measures: 'trade' }, money: Money): 1 | -1 | null {
  if (cue.sign) return cue.sign;
  return MINUS_BEFORE.test(sentence.slice(Math.max(0, money.figureStart - 10), money.figureStart)) ? -1 : null;
}
