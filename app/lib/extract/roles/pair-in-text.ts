import { BILATERAL } from '../../domain/phrases/pairs';
import type { Flow } from '../../domain/vocabulary';
import { balancePair } from './balance-pair';
import type { EconomyMention } from './economies-in-text';
import type { Cue } from './flow';
import { afterWord, distinct, joinedPair, listAfter, listStartsIn, mentionBefore, otherThan } from './pair-words';
import { rankPair } from './rank';
import { economyAfterCue, LANGUAGE_BILATERAL, PAIR_AND, PAIR_BETWEEN, PAIR_BETWEEN_AND } from './language-pair';

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
  /**
   * Who a bare "exports" or "imports" with no economy of its own is about, and with whom: the pair in view
   * (the sentence before's, else the latest statement's when this sentence names no one else), from the
   * side of the outlet's country, else of the subject of a directed statement. Null when the text does not say.
   */
  bare: Pair | null;
  /** The economy of the outlet's country, which its own news is about. */
  outlet: string | null;
}

// The subject of a verb: "China, by comparison, shipped $438.9 billion of goods to the US", "Chile has also exported…".
const VERB_CUE = /(?:ed|sold|bought)$/i;
const SUBJECT_GAP = /^(?:['’]s?)?\s*(?:,\s*[\w\s-]{1,30},)?\s*(?:(?:has|have|had|also|then|reportedly|meanwhile)\s+)*$/i;
const GOODS_OF = /^\s+of\s+(?:the\s+)?$/i;
const GOODS_NOUN = /^\s+(?:goods|products|merchandise|produce)\b/i;

/** The economy of "of Russian goods" right after a flow word. */
function goodsOf(sentence: string, mentions: EconomyMention[], cueEnd: number): string | null {
  const next = mentions.find((m) => m.start >= cueEnd && m.start - cueEnd <= 12);
  return next && GOODS_OF.test(sentence.slice(cueEnd, next.start)) && GOODS_NOUN.test(sentence.slice(next.end, next.end + 16)) ? next.code : null;
}
const EARNINGS = /^\s+(?:earnings|revenues?|receipts|income|proceeds)\b/i;

export function mentionsBilateral(text: string): boolean {
  return BILATERAL.test(text) || LANGUAGE_BILATERAL.test(text);
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
  if (cue.flow === 'total') return totalPair(sentence, mentions, codes, cue, regions, context);
  if (cue.flow === 'balance') return balancePair(sentence, mentions, codes, cue, regions, context);

  const namedFrom = afterWord(sentence, mentions, 'from', regions);
  // "exportations françaises", "экспорт России", "importations de biens algériens": an economy after the flow word.
  const following = economyAfterCue(sentence, mentions, cue, namedFrom !== null);
  const before = mentionBefore(sentence, mentions, cue.start) ?? following.owner
    ?? (VERB_CUE.test(sentence.slice(cue.start, cue.end)) ? mentionBefore(sentence, mentions, cue.start, SUBJECT_GAP) : null)
    ?? (cue.flow === 'exports' ? goodsOf(sentence, mentions, cue.end) : null);
  // "Chinese imports of Russian goods": the goods' economy is the origin of imports, the seller of exports.
  const goods = goodsOf(sentence, mentions, cue.end);
  const from = namedFrom ?? following.origin ?? (cue.flow === 'imports' ? goods : null);
  const to = afterWord(sentence, mentions, cue.flow === 'exports' ? 'to' : 'into', regions);
  if (regions.some(([start, end]) => listStartsIn(sentence, mentions, start, end))) return null;
  // "Bangladesh's export earnings from India": the money comes from the buyer.
  const earnings = cue.flow === 'exports' && EARNINGS.test(sentence.slice(cue.end, cue.end + 24));
  let [home, partner] = cue.flow === 'exports' ? (earnings ? [before, to ?? from] : [from ?? before, to]) : [before ?? to, from];
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
  // "Exports rose 28% to ¥1.2 trillion" after a sentence about Japan's surplus with China: the pair in view.
  if (!home && !partner && context.bare && !context.manyPartners && (codes.length === 0 || codes.every((c) => c === context.bare!.a || c === context.bare!.b))) return context.bare;
  // The home side may come from context only when the partner is named, or the text says the two are already known.
  if (!partner && !context.bilateral) return null;
  if (!partner && context.manyPartners) return null;
  const known = home ?? partner;
  const other = otherThan(known, codes, context);
  if (!known || !other) return null;
  [home, partner] = home ? [home, other] : [other, partner];
  return { a: home!, b: partner! };
}

function totalPair(sentence: string, mentions: EconomyMention[], codes: string[], cue: Cue, regions: [number, number][], context: PairContext): Pair | null {
  const between = joinedPair(sentence, mentions, PAIR_BETWEEN, PAIR_BETWEEN_AND);
  if (between === 'many') return null;
  if (between) return between;
  const ranked = rankPair(sentence, mentions, cue.start, cue.end);
  if (ranked) return ranked;
  if (listAfter(sentence, mentions, cue.end, sentence.length)) return null;
  // "trade with X" between the flow word and the figure, or just after the figure: not "…, with Peru among its partners".
  const withWhom = afterWord(sentence, mentions, 'with', regions);
  const subject = mentionBefore(sentence, mentions, cue.start) ?? economyAfterCue(sentence, mentions, cue, false).owner;
  // "India's bilateral trade with the UAE…, after China and the U.S.": the economies at the flow word win.
  if (withWhom && subject) return subject !== withWhom ? { a: subject, b: withWhom } : null;
  const hyphened = joinedPair(sentence, mentions, null, /^\s*[-–—/]\s*$/);
  if (hyphened && hyphened !== 'many') return hyphened;
  const joined = joinedPair(sentence, mentions, null, PAIR_AND);
  if (joined && joined !== 'many') return joined;

  if (withWhom) {
    const home = otherThan(withWhom, codes, context);
    return home && home !== withWhom ? { a: home, b: withWhom } : null;
  }
  if (context.manyPartners && !context.bilateral) return null;
  if (context.inherited) return context.inherited;
  if (context.bilateral && codes.length > 1) {
    // "Trade between the two countries totaled $567.5 million, with Kazakhstan exporting… to Afghanistan": the two it names,
    // or of more, the pair in view when both are among them.
    if (codes.length === 2) return { a: codes[0], b: codes[1] };
    const inView = context.nearby ?? context.previous;
    return inView && codes.includes(inView.a) && codes.includes(inView.b) ? inView : null;
  }
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

