import { FLOW_MODIFIERS } from '../../domain/phrases/pairs';
import { alternation } from '../../domain/phrases/pattern';
import type { EconomyMention } from './economies-in-text';
import type { Pair, PairContext } from './pair-in-text';
import { endsInLead, LANGUAGE_FLOW_MODIFIERS, LIST_COMMA, LIST_GAP } from './language-pair';

// The small readings a pair is put together from: the economy before a flow
// word, after "from" or "with", or across from one already known.

/** What may stand between an economy and its flow word: "Pakistan’s overall exports". */
// "U.S. imports": the stop of an abbreviation; "the United States' exports": a possessive after s.
export const ADJACENT = new RegExp(`^\\.?(?:['’]s?)?\\s*(?:(?:${alternation([...FLOW_MODIFIERS, ...LANGUAGE_FLOW_MODIFIERS])})\\s+)*$`, 'i');

/** The economy across from `known`: the previous pair's other side, else the one other named in the sentence, else the outlet's, else the most named. */
export function otherThan(known: string | null, codes: string[], context: PairContext): string | null {
  if (known && context.previous) {
    if (context.previous.a === known) return context.previous.b;
    if (context.previous.b === known) return context.previous.a;
  }
  const inSentence = codes.filter((c) => c !== known);
  if (inSentence.length === 1) return inSentence[0];
  if (inSentence.length > 1) {
    // "With trade of €252.8bn, the US overtook China as Germany's top partner; trade with China came to…": the side
    // of the pair just read that the text is more about (named more often) carries over.
    const carried = [context.inherited, context.previous].find((p) => p && inSentence.includes(p.a) && inSentence.includes(p.b));
    if (!carried) return null;
    return context.named.indexOf(carried.b) !== -1 && context.named.indexOf(carried.b) < context.named.indexOf(carried.a) ? carried.b : carried.a;
  }
  // An outlet's own country (once the text names it) is what its trade news is about: "exports to Pakistan" in an Afghan paper.
  if (context.outlet && context.outlet !== known) return context.outlet;
  return context.named.find((c) => c !== known) ?? null;
}

/** An economy written just before the cue: "Pakistan's exports", "Chinese exports", "US-China trade". */
export function mentionBefore(sentence: string, mentions: EconomyMention[], at: number, modifiers: RegExp = ADJACENT): string | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > at) continue;
    return modifiers.test(sentence.slice(m.end, at)) ? m.code : null;
  }
  return null;
}

export /** The economy right after one of `words` ("from", "in favour of") inside the regions. */
function afterWord(sentence: string, mentions: EconomyMention[], words: string | readonly string[], regions: [number, number][]): string | null {
  const list = typeof words === 'string' ? [words] : words;
  const pattern = new RegExp(`\\b(?:${alternation(list)})\\s+(?:the\\s+)?$`, 'i');
  for (const [from, to] of regions) {
    const hit = mentions.find((m) => m.start >= from && m.end <= to && endsInLead(sentence, sentence.slice(Math.max(from, m.start - 24), m.start), list, pattern));
    if (hit) return hit.code;
  }
  return null;
}

/** Two economies joined as a pair; 'many' when a third follows in the same list. */
export function joinedPair(sentence: string, mentions: EconomyMention[], lead: RegExp | null, join: RegExp): Pair | 'many' | null {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [x, y] = [mentions[i], mentions[i + 1]];
    const lead14 = sentence.slice(Math.max(0, x.start - 14), x.start);
    if (lead ? !lead.test(lead14) : endsInLead(sentence, lead14, ['with', 'to', 'from'], /\b(?:with|to|from)\s+(?:the\s+)?$/i)) continue;
    const gap = sentence.slice(x.end, y.start);
    const listed = LIST_COMMA.test(gap);
    if (!join.test(gap) && !(lead && listed)) continue;
    if (listed || (mentions[i + 2] && LIST_GAP.test(sentence.slice(y.end, mentions[i + 2].start)))) return 'many';
    if (x.code !== y.code) return { a: x.code, b: y.code };
  }
  return null;
}

/** "exports to China, India and Russia": a figure over several partners. */
export function listAfter(sentence: string, mentions: EconomyMention[], from: number, to: number): boolean {
  const inside = mentions.filter((m) => m.start >= from && m.end <= to);
  return inside.some((m, i) => i > 0 && LIST_GAP.test(sentence.slice(inside[i - 1].end, m.start))
    && endsInLead(sentence, sentence.slice(Math.max(0, inside[i - 1].start - 10), inside[i - 1].start), ['to', 'from', 'with'], /\b(?:to|from|with)\s+(?:the\s+)?$/i));
}

/** "exported $4 billion to Peru, Bolivia and Ecuador": a partner in [from, to) that opens a list, wherever the list ends. */
export function listStartsIn(sentence: string, mentions: EconomyMention[], from: number, to: number): boolean {
  return mentions.some((m, i) => {
    const next = mentions[i + 1];
    return m.start >= from && m.end <= to && !!next && next.start - m.end <= 12
      && (/^\s*(?:,|,?\s*and|&)\s*(?:the\s+)?$/i.test(sentence.slice(m.end, next.start)) || LIST_GAP.test(sentence.slice(m.end, next.start)))
      && endsInLead(sentence, sentence.slice(Math.max(0, m.start - 10), m.start), ['to', 'from', 'with'], /\b(?:to|from|with)\s+(?:the\s+)?$/i);
  });
}

export function distinct(codes: string[]): string[] {
  return [...new Set(codes)];
}
