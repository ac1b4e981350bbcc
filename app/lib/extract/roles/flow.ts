import {
  BALANCE_WORDS, DEFICIT_WORDS, EXPORT_WORDS, IMPORT_WORDS, NOT_TRADE_WORDS, OTHER_BALANCE_LEADS, SURPLUS_WORDS, TOTAL_WORDS,
} from '../../domain/phrases/flows';
import { ALL_PARTNER_WORDS, GROUP_NOUNS, MANY_PARTNERS, OVERALL_WORDS, REGION_NAMES } from '../../domain/phrases/pairs';
import { alternation } from '../../domain/phrases/pattern';
import { isLanguageCommodity, languageCueAfter, languageManyPartners, withLanguageCues } from './language-flow';
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
    `(?<other>\\b(?:${alternation(OTHER_BALANCE_LEADS)})\\s+(?:${alternation([...SURPLUS_WORDS, ...DEFICIT_WORDS, ...BALANCE_WORDS])})\\b|${words(NOT_TRADE_WORDS)}|\\bmemorand\\w*|\\btrade\\s+(?:promotion|fairs?|finance|financing|deals?|agreements?|pacts?|corridors?|zones?|cent(?:re|er)s?|facility|facilities|insurance|missions?)\\b|\\b(?:export|import)\\s+(?:items|categories|products|lines|baskets?)\\b|\\bworth\\s+of\\s+(?:agreements|deals|contracts)\\b)`,
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
const COMMODITY = '(?:oil|crude|gas|lng|coal|wheat|flour|grains?|cotton|rice|sugar|fertili[sz]ers?|steel|metals?|iron|copper|alumini?um|gold|electricity|power|energy|fuels?|petroleum|diesel|arms|weapons|military|defen[cs]e|textiles?|garments|apparel|machinery|vehicles?|cars?|autos?|automobiles?|trucks?|pharmaceuticals?|medicines?|food|agricultural|agri-food|farm|fruits?|vegetables|meat|dairy|tea|coffee|timber|wood|chemicals?|minerals?|cement|seafood|fish|livestock|tobacco|electronics|smartphones|semiconductors|chips|uranium|nuclear)';
const COMMODITY_BEFORE = new RegExp(`(?<!non-)\\b${COMMODITY}(?:\\s+(?:and|&)\\s+\\w+)?\\s+(?:\\w+\\s+)?$`, 'i');
const COMMODITY_AFTER = new RegExp(`^\\s+(?:of|in)\\s+(?:the\\s+)?(?:\\w+\\s+){0,2}?${COMMODITY}\\b`, 'i');
// A region or bloc on either side: "China-Africa trade", "EU-ASEAN trade", "trade with Central Asia", "exports to the Gulf".
const REGION = `(?:${alternation(REGION_NAMES)})`;
// Not the end of a longer name: "South Africa-China trade" is of South Africa.
const REGION_BEFORE = new RegExp(`(?:(?<!\\p{Lu}\\p{L}*\\s)${REGION}\\s*[-–—]\\s*[\\p{L}.]+|[-–—]\\s*${REGION})\\s+(?:[\\w-]+\\s+)?$`, 'iu');
const REGION_AFTER = new RegExp(`^\\s+(?:\\w+\\s+)?(?:with|to|from)\\s+(?:the\\s+)?${REGION}\\b`, 'i');
// "Overall, France's trade deficit stood at…": the clause is about all partners.
const OVERALL_LEAD = new RegExp(`(?:^|[.;:]\\s*|,\\s*)(?:${alternation(OVERALL_WORDS)})\\s*,[^;]{0,60}$`, 'i');
// A total over many partners: "total trade", "foreign trade turnover", "trade with the world".
const MANY_BEFORE = new RegExp(`\\b(?:${alternation(ALL_PARTNER_WORDS)})\\s+(?:\\w+\\s+)?$`, 'i');
// The group is a capture, so that an economy whose name ends in a group noun ("the United States") is not one.
const MANY_AFTER = new RegExp(`^\\s+(?:\\w+\\s+)?(?:with|to|from)\\s+(?:the\\s+)?(?<group>${alternation(MANY_PARTNERS)}|(?:its\\s+|their\\s+)?(?:trading\\s+)?partners|member\\s+states|[\\w-]+\\s+(?:\\w+\\s+)?(?:${alternation(GROUP_NOUNS)}))\\b(?!['’]s)`, 'i');
// A flow word after the figure: one part of the figure before ("310 million dollars of which are exports"),
// "$2 billion in trade", "spent $10 billion on imports from", and a compound noun: "the $100 billion trade target".
const CUE_AFTER = /^\s*(?:of\s+which\s+(?:are|were|was|is|came\s+from)\s+|(?:worth\s+)?(?:in|of|on)\s+|(?:(?:bilateral|two-way|annual|mutual)\s+)?(?=(?:trade|turnover)\s+(?:targets?|goals?|objectives?|volume|figure|mark)\b))(?:the\s+)?(?:[\w-]+\s+)?(exports?|imports?|deliveries|shipments|trade|turnover)\b/i;

/**
 * The last cue in sentence[from, to): the one nearest a figure that follows. A cue in brackets glosses
 * the one before it ("Germany's trade with the US (exports and imports combined) amounted to…"), so
 * that one is taken, with the economies around it.
 */
export function lastCue(sentence: string, from: number, to: number): Cue | null {
  const cues = cuesIn(sentence, from, to);
  const last = cues.pop() ?? null;
  const earlier = cues.pop();
  if (!last || !earlier) return last;
  // "Brazil's trade surplus with its largest trading partner to $30.8 billion": a rank names the partner, not the flow.
  const rank = /^\s+partners?\b/i.test(sentence.slice(last.end, last.end + 12));
  return rank || inBrackets(sentence, last.start, earlier.end) ? earlier : last;
}

/** The text at `at` is inside brackets opened after `from` (and closed within a short gloss's length). */
function inBrackets(sentence: string, at: number, from: number): boolean {
  const before = sentence.slice(from, at);
  const opened = before.lastIndexOf('(');
  return opened !== -1 && before.lastIndexOf(')') < opened && sentence.slice(at, at + 60).includes(')');
}

// A sum named right after the figure that is not trade: "add £4.8 billion to UK GDP", "$2 billion in investment";
// not "market", as "exports of $5 billion to the Chinese market" are trade.
const OTHER_AFTER = new RegExp(`^\\s*(?:a\\s+year\\s+)?(?:to|in|of|into|for|as)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\w-]+\\s+){0,2}?(?:${alternation([...NOT_TRADE_WORDS.filter((w) => w !== 'market'), 'economy', 'economic growth'])})\\b`, 'i');

/** The figure is followed by words that make it something other than a trade volume. */
export function otherAfter(sentence: string, from: number): boolean {
  return OTHER_AFTER.test(sentence.slice(from, from + 60));
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
  return withLanguageCues(cues, sentence, from, to);
}

// "$744 million worth of goods have been exported to Pakistan": the verb after the goods.
const PASSIVE_AFTER = /^\s*(?:worth\s+of\s+|of\s+|in\s+)?(?:goods|products|merchandise|commodities)\s+(?:(?:have|has|had)\s+been\s+|were\s+|was\s+)?(exported|imported|shipped|supplied|delivered|purchased)\b/i;

/** A cue written right after a figure, as in "$310 million of which are exports from Kazakhstan". */
export function cueAfter(sentence: string, from: number): Cue | null {
  const text = sentence.slice(from, from + 80);
  const m = CUE_AFTER.exec(text) ?? PASSIVE_AFTER.exec(text);
  if (!m) return languageCueAfter(sentence, from);
  const word = m[1].toLowerCase();
  const flow: Flow = word === 'trade' || word === 'turnover' ? 'total' : word.startsWith('import') || word === 'purchased' ? 'imports' : 'exports';
  const start = from + m.index + m[0].length - m[1].length;
  return { measures: 'trade', flow, start, end: start + m[1].length };
}

// The goods a verb takes: "Russia exported crude worth $5 billion", "sold wheat worth…".
const COMMODITY_OBJECT = new RegExp(`^\\s+(?:[\\w-]+\\s+)?${COMMODITY}\\b`, 'i');
const VERB_CUE = /(?:ed|ing|sold|bought)$/i;
// The subject of "accounted for $118 billion of the shipments": "Iron ore alone accounted for…".
const COMMODITY_SUBJECT = new RegExp(`\\b${COMMODITY}\\b[^,;]{0,50}$`, 'i');

/** "wheat exports", "trade in oil", "exported crude worth…", after the figure "$500 million of wheat", and "iron ore … $118 billion of the shipments". */
export function isOneCommodity(sentence: string, cue: Cue, figure: { start: number; end: number }): boolean {
  const before = sentence.slice(Math.max(0, cue.start - 40), cue.start);
  const after = sentence.slice(cue.end, cue.end + 60);
  if (isLanguageCommodity(sentence, cue, figure.end)) return true;
  if (COMMODITY_BEFORE.test(before) || COMMODITY_AFTER.test(after) || COMMODITY_AFTER.test(sentence.slice(figure.end, figure.end + 60))) return true;
  if (VERB_CUE.test(sentence.slice(cue.start, cue.end)) && COMMODITY_OBJECT.test(after)) return true;
  return cue.start > figure.end && COMMODITY_SUBJECT.test(sentence.slice(Math.max(0, figure.start - 60), figure.start));
}

/**
 * 'group' when the partner is a group ("trade with the world", "with EU countries");
 * 'unqualified' when the flow word counts all partners ("total trade", "foreign trade"),
 * which is bilateral only if one partner is named.
 */
export function manyPartners(sentence: string, cue: Cue, economyStarts: readonly number[] = []): 'group' | 'unqualified' | null {
  const group = MANY_AFTER.exec(sentence.slice(cue.end, cue.end + 60));
  const groupStart = group ? cue.end + group.index + group[0].length - (group.groups?.group.length ?? 0) : -1;
  if (group && !economyStarts.includes(groupStart)) return 'group';
  if (REGION_BEFORE.test(sentence.slice(Math.max(0, cue.start - 40), cue.start)) || REGION_AFTER.test(sentence.slice(cue.end, cue.end + 60))) return 'group';
  if (OVERALL_LEAD.test(sentence.slice(Math.max(0, cue.start - 80), cue.start))) return 'unqualified';
  const foreign = languageManyPartners(sentence, cue);
  if (foreign) return foreign;
  return MANY_BEFORE.test(sentence.slice(Math.max(0, cue.start - 30), cue.start)) ? 'unqualified' : null;
}
