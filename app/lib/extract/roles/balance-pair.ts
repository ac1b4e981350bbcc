import { BALANCE_HOLDER_LEADS, BALANCE_PARTNER_LEADS, FLOW_MODIFIERS } from '../../domain/phrases/pairs';
import { alternation } from '../../domain/phrases/pattern';
import type { EconomyMention } from './economies-in-text';
import type { Cue } from './flow';
import type { Pair, PairContext } from './pair-in-text';
import { afterWord, mentionBefore, otherThan } from './pair-words';
import { economyAfterCue } from './language-pair';

// "the EU’s trade in goods deficit", "India’s bilateral trade surplus".
const BEFORE_BALANCE = new RegExp(`^\\.?(?:['’]s?)?\\s*(?:(?:${alternation([...FLOW_MODIFIERS, 'trade', 'in goods', 'in services', 'in goods and services'])})\\s+)*$`, 'i');

/**
 * Whose balance it is (A, the one with the surplus or deficit) and with whom:
 * "X’s deficit with Y", "a surplus of €16.5 billion for X", "in favour of X".
 * One side may come from context (the pair before, the sentence's other
 * economy) only when the other is named; a balance with the world is not read.
 */
export function balancePair(
  sentence: string,
  mentions: EconomyMention[],
  codes: string[],
  cue: Cue & { measures: 'trade' },
  regions: [number, number][],
  context: PairContext,
): Pair | null {
  const partner = afterWord(sentence, mentions, BALANCE_PARTNER_LEADS, regions);
  const holder = mentionBefore(sentence, mentions, cue.start, BEFORE_BALANCE) ?? afterWord(sentence, mentions, BALANCE_HOLDER_LEADS, regions)
    ?? inFavourOf(sentence, mentions, regions) ?? economyAfterCue(sentence, mentions, cue, false).owner;
  if (holder && partner) return holder === partner ? null : { a: holder, b: partner };
  // "Imports from China were N5.43 trillion, while exports … N688.5 billion, leaving a deficit of N4.7 trillion": the subject's balance.
  if (!holder && !partner) return context.inherited && context.inheritedDirected && !context.manyPartners ? context.inherited : null;
  if (!partner && context.manyPartners) return null;
  const known = (holder ?? partner)!;
  const pairs = [context.inherited, context.nearby, context.previous];
  // "a trade surplus of €16.5 billion for India" after India's exports to the EU: the pair carries over.
  const inContext = pairs.some((p) => p && (p.a === known || p.b === known));
  if (!partner && !inContext && !context.bilateral && codes.length !== 2) return null;
  const other = otherThan(known, codes, context);
  if (!other || other === known) return null;
  return holder ? { a: holder, b: other } : { a: other, b: partner! };
}

/** "a surplus of A$97.6 billion in Canberra's favour": the economy before "'s favour". */
function inFavourOf(sentence: string, mentions: EconomyMention[], regions: [number, number][]): string | null {
  for (const [from, to] of regions) {
    const hit = mentions.find((m) => m.start >= from && m.start < to && /\bin\s+$/i.test(sentence.slice(Math.max(0, m.start - 4), m.start))
      && /^['’]s\s+favou?r\b/i.test(sentence.slice(m.end, m.end + 10)));
    if (hit) return hit.code;
  }
  return null;
}

