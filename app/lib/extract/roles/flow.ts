import {
  BALANCE_WORDS, DEFICIT_WORDS, EXPORT_WORDS, IMPORT_WORDS, NOT_TRADE_WORDS, OTHER_BALANCE_LEADS, SURPLUS_WORDS, TOTAL_WORDS,
} from '../../domain/phrases/flows';
import { ALL_PARTNER_WORDS, GROUP_NOUNS, MANY_PARTNERS } from '../../domain/phrases/pairs';
import { alternation } from '../../domain/phrases/pattern';
import type { Flow } from '../../domain/vocabulary';

/**
 * The word that says what a figure measures. Offsets are within the sentence.
 * A balance's `sign` is +1 for a surplus, −1 for a deficit, null for a bare "balance".
 */
export type Cue =
  | { measures: 'trade'; flow: Flow; start: number; end: number; sign?: 1 | -1 | null }
  | { measures: 'other'; start: number; end: number };

const words = (list: readonly string[]) => `\\b(?:${alternation(list)})\\b`;
// Ordered so that "exports and imports" (both directions) reads as total trade, and "trade deficit" as a balance.
const CUE = new RegExp(
  [
    // A balance that is not of trade ("budget deficit"), and sums that are not a trade volume.
    `(?<other>\\b(?:${alternation(OTHER_BALANCE_LEADS)})\\s+(?:${alternation([...SURPLUS_WORDS, ...DEFICIT_WORDS, ...BALANCE_WORDS])})\\b|${words(NOT_TRADE_WORDS)}|\\bmemorand\\w*|\\bworth\\s+of\\s+(?:agreements|deals|contracts)\\b)`,
    `(?<surplus>${words(SURPLUS_WORDS)})`,
    `(?<deficit>${words(DEFICIT_WORDS)})`,
    `(?<balance>${words(BALANCE_WORDS)})`,
    `(?<total>${words(TOTAL_WORDS)})`,
    `(?<exports>${words(EXPORT_WORDS)})`,
    `(?<imports>${words(IMPORT_WORDS)})`,
  ].join('|'),
  'gi',
);

// Goods named before or after the flow word make it one commodity's trade: "wheat exports", "trade in oil".
const COMMODITY = '(?:oil|crude|gas|lng|coal|wheat|flour|grains?|cotton|rice|sugar|fertili[sz]ers?|steel|metals?|iron|copper|alumini?um|gold|electricity|power|energy|fuels?|petroleum|diesel|arms|weapons|military|defen[cs]e|textiles?|garments|apparel|machinery|vehicles|cars|pharmaceuticals?|medicines?|food|agricultural|agri-food|farm|fruits?|vegetables|meat|dairy|tea|coffee|timber|wood|chemicals?|minerals?|cement|seafood|fish|livestock|tobacco|electronics|smartphones|semiconductors|chips|uranium|nuclear)';
const COMMODITY_BEFORE = new RegExp(`(?<!non-)\\b${COMMODITY}(?:\\s+(?:and|&)\\s+\\w+)?\\s+(?:\\w+\\s+)?$`, 'i');
const COMMODITY_AFTER = new RegExp(`^\\s+(?:of|in)\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?${COMMODITY}\\b`, 'i');
// A total over many partners: "total trade", "foreign trade turnover", "trade with the world".
const MANY_BEFORE = new RegExp(`\\b(?:${alternation(ALL_PARTNER_WORDS)})\\s+(?:\\w+\\s+)?$`, 'i');
const MANY_AFTER = new RegExp(`^\\s+(?:\\w+\\s+)?(?:with|to|from)\\s+(?:the\\s+)?(?:${alternation(MANY_PARTNERS)}|(?:its\\s+|their\\s+)?(?:trading\\s+)?partners|member\\s+states|[\\w-]+\\s+(?:\\w+\\s+)?(?:${alternation(GROUP_NOUNS)}))\\b`, 'i');
// Words that show a figure is one part of the one before it: "310 million dollars of which are exports".
const CUE_AFTER = /^\s*(?:of\s+which\s+(?:are|were|was|is|came\s+from)\s+|(?:worth\s+)?(?:in|of)\s+)(?:the\s+)?(?:\w+\s+)?(exports?|imports?|deliveries|shipments|trade)\b/i;

/** The last cue in sentence[from, to): the one nearest a figure that follows. */
export function lastCue(sentence: string, from: number, to: number): Cue | null {
  return cuesIn(sentence, from, to).pop() ?? null;
}

/** Every cue in sentence[from, to), left to right. */
export function cuesIn(sentence: string, from: number, to: number): Cue[] {
  const text = sentence.slice(from, to);
  const cues: Cue[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const groups = m.groups ?? {};
    if (groups.other) cues.push({ measures: 'other', start, end });
    else if (groups.surplus || groups.deficit || groups.balance) cues.push({ measures: 'trade', flow: 'balance', start, end, sign: groups.surplus ? 1 : groups.deficit ? -1 : null });
    else cues.push({ measures: 'trade', flow: groups.total ? 'total' : groups.exports ? 'exports' : 'imports', start, end });
  }
  return cues;
}

/** A cue written right after a figure, as in "$310 million of which are exports from Kazakhstan". */
export function cueAfter(sentence: string, from: number): Cue | null {
  const m = CUE_AFTER.exec(sentence.slice(from, from + 80));
  if (!m) return null;
  const word = m[1].toLowerCase();
  const flow: Flow = word === 'trade' ? 'total' : word.startsWith('import') ? 'imports' : 'exports';
  const start = from + m.index + m[0].length - m[1].length;
  return { measures: 'trade', flow, start, end: start + m[1].length };
}

/** "wheat exports", "trade in oil", and after the figure "$500 million of wheat". */
export function isOneCommodity(sentence: string, cue: Cue, figureEnd: number): boolean {
  const before = sentence.slice(Math.max(0, cue.start - 40), cue.start);
  return COMMODITY_BEFORE.test(before) || COMMODITY_AFTER.test(sentence.slice(cue.end, cue.end + 60)) || COMMODITY_AFTER.test(sentence.slice(figureEnd, figureEnd + 60));
}

/**
 * 'group' when the partner is a group ("trade with the world", "with EU countries");
 * 'unqualified' when the flow word counts all partners ("total trade", "foreign trade"),
 * which is bilateral only if one partner is named.
 */
export function manyPartners(sentence: string, cue: Cue): 'group' | 'unqualified' | null {
  if (MANY_AFTER.test(sentence.slice(cue.end, cue.end + 60))) return 'group';
  return MANY_BEFORE.test(sentence.slice(Math.max(0, cue.start - 30), cue.start)) ? 'unqualified' : null;
}
