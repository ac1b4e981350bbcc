import { languagePhrases } from '../../domain/phrases/languages';
import { languageAlternation as alt, LETTER, LETTERS, languageWords as words, WORD_END, WORD_START } from '../../domain/phrases/languages/pattern';
import type { Cue } from './flow';
import { isForeignSentence } from './sentence-language';

// Flow words of Spanish, French and Russian ("échanges commerciaux",
// "exportaciones", "товарооборота"), read beside the English ones of flow.ts:
// the same kinds of cue, with letters of any script ending a word.

const phrases = languagePhrases;
// Ordered as in flow.ts: a balance that is not of trade first, then balances before flows.
const CUE = new RegExp(
  [
    `(?<partner>${words(phrases((l) => l.flows.partnerPhrases))})`,
    `(?<other>${words([...phrases((l) => l.flows.otherBalances), ...phrases((l) => l.flows.notTrade)])})`,
    `(?<surplus>${words(phrases((l) => l.flows.surplus))})`,
    `(?<deficit>${words(phrases((l) => l.flows.deficit))})`,
    `(?<balance>${words(phrases((l) => l.flows.balance))})`,
    `(?<total>${words(phrases((l) => l.flows.total))})`,
    `(?<exports>${words(phrases((l) => l.flows.exports))})`,
    `(?<imports>${words(phrases((l) => l.flows.imports))})`,
  ].join('|'),
  'gi',
);

const COMMODITY = alt(phrases((l) => l.commodities));
const EXCLUDED = new RegExp(words(phrases((l) => l.commodityExcluded)), 'i');
// "exportations de pétrole", "exportations françaises de blé", "экспорт российской нефти", "exportaciones petroleras".
const COMMODITY_AFTER_CUE = new RegExp(`^\\s+((?:[${LETTERS}'’-]+\\s+){0,2}?)(?:[dl]['’])?(?:${COMMODITY})${WORD_END}`, 'i');
// "500 millions d’euros de blé", "5.000 millones de dólares en soja".
const COMMODITY_AFTER_FIGURE = new RegExp(`^\\s+(?:de\\s+|d['’]|en\\s+)(?:${COMMODITY})${WORD_END}`, 'i');
// Russian puts the adjective first: "нефтяной экспорт".
const COMMODITY_BEFORE_CUE = new RegExp(`${WORD_START}(?:${COMMODITY})\\s+(?:${LETTER}+\\s+)?$`, 'i');

const ALL_PARTNERS = alt(phrases((l) => l.allPartners));
// "внешняя торговля", "общий товарооборот": the word before; "commerce extérieur", "exportaciones totales": the word after.
const ALL_BEFORE = new RegExp(`${WORD_START}(?:${ALL_PARTNERS})\\s+(?:${LETTER}+\\s+)?$`, 'i');
const ALL_AFTER = new RegExp(`^\\s+(?:${ALL_PARTNERS})${WORD_END}`, 'i');
// "avec le reste du monde", "товарооборот России с миром", "con sus socios".
const MANY_AFTER = new RegExp(`^\\s+(?:[${LETTERS}'’-]+\\s+){0,2}?(?:${alt(phrases((l) => l.manyPartners))})(?![${LETTERS}0-9-])`, 'i');

// The engine asks for the cues of one sentence many times (before each figure, for each balance): read once.
let read: { sentence: string; cues: Cue[] } | null = null;

/** The cues of these languages in sentence[from, to), left to right. */
export function languageCuesIn(sentence: string, from: number, to: number): Cue[] {
  if (read?.sentence !== sentence) read = { sentence, cues: cuesOf(sentence) };
  return read.cues.filter((c) => c.start >= from && c.end <= to);
}

function cuesOf(text: string): Cue[] {
  const cues: Cue[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(text); m; m = CUE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const g = m.groups ?? {};
    if (g.partner) continue;
    if (g.other) cues.push({ measures: 'other', start, end });
    else if (g.surplus || g.deficit || g.balance) cues.push({ measures: 'trade', flow: 'balance', start, end, sign: g.surplus ? 1 : g.deficit ? -1 : null });
    else cues.push({ measures: 'trade', flow: g.total ? 'total' : g.exports ? 'exports' : 'imports', start, end });
  }
  return cues;
}

// "5 milliards d'euros d'échanges", "10.000 millones de dólares en exportaciones".
const FLOW_AFTER = new RegExp(`^\\s*(${alt(phrases((l) => l.flowAfter))})${WORD_END}`, 'i');

/** A flow word right after a figure in these languages; see `cueAfter` in flow.ts. */
export function languageCueAfter(sentence: string, from: number): Cue | null {
  if (!isForeignSentence(sentence)) return null;
  const m = FLOW_AFTER.exec(sentence.slice(from, from + 40));
  if (!m) return null;
  const [cue] = cuesOf(m[1]).filter((c) => c.measures === 'trade');
  if (!cue) return null;
  const start = from + m.index + m[0].length - m[1].length;
  return { ...cue, start: start + cue.start, end: start + cue.end };
}

/** English cues and these languages' together, left to right; where two overlap, the longer stays. */
export function withLanguageCues(english: Cue[], sentence: string, from: number, to: number): Cue[] {
  if (!isForeignSentence(sentence)) return english;
  const other = languageCuesIn(sentence, from, to);
  if (other.length === 0) return english;
  const all = [...english, ...other].sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Cue[] = [];
  for (const cue of all) {
    const last = kept[kept.length - 1];
    if (last && cue.start < last.end) {
      if (cue.end - cue.start > last.end - last.start) kept[kept.length - 1] = cue;
      continue;
    }
    kept.push(cue);
  }
  return kept;
}

/** "exportations de pétrole", "нефтяной экспорт", "500 millions d’euros de blé"; not "exportations hors hydrocarbures". */
export function isLanguageCommodity(sentence: string, cue: Cue, figureEnd: number): boolean {
  if (!isForeignSentence(sentence)) return false;
  const after = COMMODITY_AFTER_CUE.exec(sentence.slice(cue.end, cue.end + 60));
  if (after && !EXCLUDED.test(after[1])) return true;
  const before = sentence.slice(Math.max(0, cue.start - 40), cue.start);
  if (COMMODITY_BEFORE_CUE.test(before) && !EXCLUDED.test(before.slice(-12))) return true;
  return COMMODITY_AFTER_FIGURE.test(sentence.slice(figureEnd, figureEnd + 40));
}

/** As `manyPartners` in flow.ts, for these languages' words. */
export function languageManyPartners(sentence: string, cue: Cue): 'group' | 'unqualified' | null {
  if (!isForeignSentence(sentence)) return null;
  const after = sentence.slice(cue.end, cue.end + 60);
  if (MANY_AFTER.test(after)) return 'group';
  return ALL_BEFORE.test(sentence.slice(Math.max(0, cue.start - 30), cue.start)) || ALL_AFTER.test(after) ? 'unqualified' : null;
}
