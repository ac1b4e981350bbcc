import { BILATERAL } from '../../domain/phrases/pairs';
import type { Flow } from '../../domain/vocabulary';
import { balancePair } from './balance-pair';
import type { EconomyMention } from './economies-in-text';
import type { Cue } from './flow';
import { afterWord, distinct, joinedPair, listAfter, mentionBefore, otherThan } from './pair-words';

/** economyA and economyB as stored: for exports A sells to B, for imports A buys from B. */
export interface Pair {
  a: string;
  b: string;
}

export interface PairContext {
  /** The pair of the figure this one continues (the one before in the sentence, or "this amount"). */
  inherited: Pair | null;
  /** The inherited pair is of exports or imports, so its A is the subject that carries over. */
  inheritedDirected: boolean;
  /** The pair of the latest statement before this sentence. */
  previous: Pair | null;
  /**
   * Economies named up to this sentence, the most often named first (ties: the latest first),
   * those in the page address counted too: the article's own country usually leads.
   */
  named: string[];
  /** The sentence says the pair is one already named: "the two countries", "bilateral trade". */
  bilateral: boolean;
  /** The flow word counts many partners: see `manyPartners`. */
  manyPartners: 'group' | 'unqualified' | null;
  /** The pair the sentence before set up, when this one names no economy: its statement's, or the two economies it named. */
  nearby: Pair | null;
}

export function mentionsBilateral(text: string): boolean {
  return BILATERAL.test(text);
}

/**
 * Who trades with whom, from the words around the flow cue, then the sentence,
 * then what came before. Null when the text does not say, or names more than two.
 */
export function resolvePair(
  sentence: string,
  mentions: EconomyMention[],
  cue: Cue & { measures: 'trade' },
  /** Where "from X" and "to Y" may stand: after the cue up to the figure, and just after the figure. */
  regions: [number, number][],
  context: PairContext,
): Pair | null {
  const codes = distinct(mentions.map((m) => m.code));
  if (context.manyPartners === 'group') return null;
  if (cue.flow === 'total') return totalPair(sentence, mentions, codes, cue, context);
  if (cue.flow === 'balance') return balancePair(sentence, mentions, codes, cue, regions, context);

  const before = mentionBefore(sentence, mentions, cue.start);
  const from = afterWord(sentence, mentions, 'from', regions);
  const to = afterWord(sentence, mentions, cue.flow === 'exports' ? 'to' : 'into', regions);
  if (regions.some(([start, end]) => listAfter(sentence, mentions, start, end))) return null;
  let [home, partner] = cue.flow === 'exports' ? [from ?? before, to] : [before ?? to, from];
  if (home && partner) return home === partner ? null : { a: home, b: partner };

  const inherited = context.inherited;
  if (inherited) {
    const known = home ?? partner;
    if (!known) return inherited;
    const other = known === inherited.a ? inherited.b : known === inherited.b ? inherited.a : null;
    if (other) return home ? { a: home, b: other } : { a: other, b: partner! };
    // "Iran exported $6 billion to Iraq and imported $2 billion from Turkey": the subject carries over.
    if (context.inheritedDirected && partner && partner !== inherited.a) return { a: inherited.a, b: partner };
  }
  // The home side may come from context only when the partner is named, or the text says the two are already known.
  if (!partner && !context.bilateral) return null;
  if (!partner && context.manyPartners) return null;
  const known = home ?? partner;
  const other = otherThan(known, codes, context);
  if (!known || !other) return null;
  [home, partner] = home ? [home, other] : [other, partner];
  return { a: home!, b: partner! };
}

function totalPair(sentence: string, mentions: EconomyMention[], codes: string[], cue: Cue, context: PairContext): Pair | null {
  const between = joinedPair(sentence, mentions, /\bbetween\s+(?:the\s+)?$/i, /^\s*(?:and|&)\s+(?:the\s+)?$/i);
  if (between === 'many') return null;
  if (between) return between;
  if (listAfter(sentence, mentions, cue.end, sentence.length)) return null;
  const hyphened = joinedPair(sentence, mentions, null, /^\s*[-–—/]\s*$/);
  if (hyphened && hyphened !== 'many') return hyphened;
  const joined = joinedPair(sentence, mentions, null, /^\s+(?:and|&)\s+(?:the\s+)?$/i);
  if (joined && joined !== 'many') return joined;

  const withWhom = afterWord(sentence, mentions, 'with', [[cue.end, sentence.length]]);
  if (withWhom) {
    const home = mentionBefore(sentence, mentions, cue.start) ?? otherThan(withWhom, codes, context);
    return home && home !== withWhom ? { a: home, b: withWhom } : null;
  }
  if (context.manyPartners && !context.bilateral) return null;
  if (context.inherited) return context.inherited;
  if (codes.length > 1) return null;
  if (context.bilateral) {
    if (codes.length === 1) {
      const other = otherThan(codes[0], codes, context);
      return other ? { a: codes[0], b: other } : null;
    }
    if (context.nearby ?? context.previous) return context.nearby ?? context.previous;
    const [first, second] = context.named;
    return first && second ? { a: first, b: second } : null;
  }
  return codes.length === 0 ? context.nearby : null;
}

