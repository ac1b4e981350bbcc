import type { Flow } from '../domain/vocabulary';
import type { EconomyMention } from './economies-in-text';
import type { Cue } from './flow';

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

const BILATERAL = /\b(?:bilateral|mutual|(?:the|our|their)\s+two\s+(?:countries|nations|states|sides|economies|neighbou?rs|parties)|(?:our|their)\s+(?:countries|nations|economies)|both\s+(?:countries|nations|states|sides|economies|parties)|the\s+sides)\b/i;

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

/** The economy across from `known`: the previous pair's other side, else the one other named in the sentence, else the most named. */
function otherThan(known: string | null, codes: string[], context: PairContext): string | null {
  if (known && context.previous) {
    if (context.previous.a === known) return context.previous.b;
    if (context.previous.b === known) return context.previous.a;
  }
  const inSentence = codes.filter((c) => c !== known);
  if (inSentence.length === 1) return inSentence[0];
  if (inSentence.length > 1) return null;
  return context.named.find((c) => c !== known) ?? null;
}

/** An economy written just before the cue: "Pakistan's exports", "Chinese exports", "US-China trade". */
function mentionBefore(sentence: string, mentions: EconomyMention[], at: number): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > at) continue;
    const gap = sentence.slice(m.end, at);
    const adjacent = /^(?:['’]s)?\s*(?:(?:overall|total|bilateral|annual|mutual|two-way|merchandise|goods|non-oil|monthly)\s+)*$/i.test(gap);
    return adjacent ? m.code : null;
  }
  return null;
}

function afterWord(sentence: string, mentions: EconomyMention[], word: string, regions: [number, number][]): string | null {
  const pattern = new RegExp(`\\b${word}\\s+(?:the\\s+)?$`, 'i');
  for (const [from, to] of regions) {
    const hit = mentions.find((m) => m.start >= from && m.end <= to && pattern.test(sentence.slice(Math.max(from, m.start - 12), m.start)));
    if (hit) return hit.code;
  }
  return null;
}

/** Two economies joined as a pair; 'many' when a third follows in the same list. */
function joinedPair(sentence: string, mentions: EconomyMention[], lead: RegExp | null, join: RegExp): Pair | 'many' | null {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [x, y] = [mentions[i], mentions[i + 1]];
    const lead14 = sentence.slice(Math.max(0, x.start - 14), x.start);
    if (lead ? !lead.test(lead14) : /\b(?:with|to|from)\s+(?:the\s+)?$/i.test(lead14)) continue;
    const gap = sentence.slice(x.end, y.start);
    const listed = /^\s*,\s*(?:the\s+)?$/.test(gap);
    if (!join.test(gap) && !(lead && listed)) continue;
    if (listed || (mentions[i + 2] && /^\s*(?:,|and|&)\s*(?:the\s+)?$/i.test(sentence.slice(y.end, mentions[i + 2].start)))) return 'many';
    if (x.code !== y.code) return { a: x.code, b: y.code };
  }
  return null;
}

/** "exports to China, India and Russia": a figure over several partners. */
function listAfter(sentence: string, mentions: EconomyMention[], from: number, to: number): boolean {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  return inside.some((m, i) => i > 0 && /^\s*(?:,|and|&)\s*(?:the\s+)?$/i.test(sentence.slice(inside[i - 1].end, m.start)) && /\b(?:to|from|with)\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, inside[i - 1].start - 10), inside[i - 1].start)));
}

function distinct(codes: string[]): string[] {
  return [...new Set(codes)];
}
