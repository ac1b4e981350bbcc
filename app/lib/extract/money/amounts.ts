import type { Hedge } from '../../domain/vocabulary';
import { allCurrencyWords, currencyNouns, MARKS_BEFORE_FIGURES, type SharedCurrencyWord } from '../../domain/currency-words';
import { EQUIVALENT_HEDGES, hedgeAtEnd, MARK_VERBS } from '../../domain/phrases/hedges';
import { alternation } from '../../domain/phrases/pattern';
import { chooseCurrency } from '../../domain/value-currency';
import { parseStatedValue, parseValueParts } from '../../domain/value-parse';

/** A sum of money in a sentence. Offsets are within the sentence. */
export interface Money {
  /** Start of the hedge when one is written right before the figure, else of the figure. */
  start: number;
  /** Start of the figure itself, after any hedge. */
  figureStart: number;
  end: number;
  value: number;
  currency: string;
  hedge: Hedge;
  /** A US dollar figure given alongside, as in "1.69 trillion yuan ($235.90 billion)". */
  usdEquivalent: number | null;
  /**
   * A word several economies share ("Rs", "dinars", "¥"), read later from the figure's pair;
   * `currency` holds its usual reading meanwhile ('' when it has none).
   */
  shared: SharedCurrencyWord | null;
  /** True when `shared` is set: what the period reader asks. */
  sharedName: boolean;
}

// Case-sensitive on purpose, so "AND 5" is not read as a currency code; a
// sentence may still begin with a capitalised number word.
const NUMBER_WORD = `(?:${['a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'half']
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join('|')})`;
// At most eight more words ("nine hundred and ninety-nine billion" has four): a run of
// number words with no scale after it is otherwise rescanned from each of its words.
const WORDS = `\\b${NUMBER_WORD}(?:[\\s-]+(?:and\\s+)?${NUMBER_WORD}){0,8}`;
const DIGITS = '(?<![\\d.,])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?';
const SCALE = '(?:trillion|billion|million|thousand|tn|trn|bln|bn|mln|mn|lakhs?|crores?|cr)\\b';
const CURRENCY_WORDS = allCurrencyWords();
// Marks with a sign in them, written as capitals with an optional space: "US$", "US $", "A$", "€".
const SIGNS = CURRENCY_WORDS.filter((w) => /[^\p{L}.\s']/u.test(w) && !/\s/.test(w))
  .sort((a, b) => b.length - a.length)
  .map((w) => {
    const [, letters, sign] = /^([\p{L}.]*)(.*)$/u.exec(w.toUpperCase())!;
    return `${escape(letters)}${letters ? '\\s?' : ''}${escape(sign)}`;
  });
const MARKS = MARKS_BEFORE_FIGURES.map((m) => (m.length === 1 ? `${m}(?=\\d)` : `(?:${m}|${m.toUpperCase()})\\.?(?=\\s?\\d)`));
const PREFIX = `(?:${SIGNS.join('|')}|\\b(?:${MARKS.join('|')})|\\b[A-Z]{3}(?=\\s?\\d))`;
// Currency names written after a figure, "dollars", "rupees", "pounds sterling"; codes are matched as capitals below.
const CURRENCY_NOUN = `(?:${alternation(currencyNouns())})\\b`;
const QUALIFIER = '(?:(?:US|U\\.S\\.|[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?)\\s)?';
const SUFFIX = `\\s${QUALIFIER}${CURRENCY_NOUN}|\\s[A-Z]{3}\\b`;
// "$280-billion", as some outlets hyphenate.
const FIGURE = `${DIGITS}(?:[\\s-]?${SCALE}|[mbk]\\b)?|${WORDS}\\s+${SCALE}`;
const MONEY = new RegExp(`(${PREFIX})?\\s?(${FIGURE})(${SUFFIX})?`, 'g');
const MARK_BEFORE = new RegExp(`\\b(${alternation(Object.values(MARK_VERBS).flat())})\\s+the\\s+$`, 'i');
const MARK_AFTER = /^[\s-]*(?:mark|threshold|milestone|barrier|level)\b/i;
// What may follow a figure with no currency for it to take a neighbour's: not a noun like "tonnes".
const BARE_NEXT = /^(?:\s*(?:[,.;:)]|$)|\s+(?:in|during|for|last|this|next|by|and|or|from|to|compared|against|while|respectively|a\s+year|year-on-year|on|over|up|down)\b)/i;
const PER_UNIT = /^\s*(?:per|a|an|\/)\s*(?:tonne|ton|barrel|capita|unit|kg|kilogram|head|month|day|hour)\b/i;
// What may stand between a figure and its equivalent: "(", "(about", ", or".
const LEADS = alternation([...EQUIVALENT_HEDGES, 'or', 'equivalent to', 'equal to', 'worth']);
const EQUIVALENT_GAP = new RegExp(`^\\s*(?:\\(\\s*(?:(?:${LEADS})\\s+)?|,?\\s*(?:or|i\\.e\\.|equivalent to|equal to)\\s+(?:(?:${alternation(EQUIVALENT_HEDGES)})\\s+)?)$`, 'i');

// No sentence states more sums than this; a "sentence" with more is a table or junk, and
// only its first ones are read, so that what is done for each stays small.
const MAX_SUMS = 100;

/** Every sum of money stated in a sentence (the first hundred), with its hedge; equivalents are folded into the figure they restate. */
export function findMoney(sentence: string): Money[] {
  const found: Money[] = [];
  const bare: { figureStart: number; end: number; text: string }[] = [];
  MONEY.lastIndex = 0;
  for (let match = MONEY.exec(sentence); match && found.length + bare.length < MAX_SUMS; match = MONEY.exec(sentence)) {
    const [whole, prefix, figure, suffix] = match;
    const figureStart = match.index + (whole.length - whole.trimStart().length);
    const end = match.index + whole.length;
    if (!prefix && !suffix) {
      if (/[a-z]/i.test(figure) && BARE_NEXT.test(sentence.slice(end, end + 20))) bare.push({ figureStart, end, text: whole.trim() });
      continue;
    }
    if (PER_UNIT.test(sentence.slice(end, end + 20))) continue;
    const read = readMoney(whole.trim(), suffix);
    if (!read) {
      // "SBP 5 billion dollars": the capitals were not a currency; read on from the figure.
      if (prefix && /^[A-Z]{3}$/.test(prefix)) MONEY.lastIndex = match.index + prefix.length;
      continue;
    }
    const hedge = hedgeAtEnd(sentence.slice(Math.max(0, figureStart - 30), figureStart)) ?? markPassed(sentence, figureStart, end);
    found.push({
      start: hedge ? figureStart - hedge.length : figureStart,
      figureStart,
      end,
      value: read.value,
      currency: read.currency,
      hedge: hedge?.hedge ?? 'exact',
      usdEquivalent: read.currency === 'USD' ? read.value : null,
      shared: read.shared,
      sharedName: read.shared !== null,
    });
  }
  return foldEquivalents(sentence, [...found, ...carryCurrency(sentence, bare, found)].sort((a, b) => a.start - b.start));
}

/** "$5 billion in 2022 and 6 billion in 2023": the second figure is in the first one's currency. */
function carryCurrency(sentence: string, bare: { figureStart: number; end: number; text: string }[], found: Money[]): Money[] {
  const carried: Money[] = [];
  for (const figure of bare) {
    const nearest = [...found].sort((x, y) => distance(x, figure) - distance(y, figure))[0];
    if (!nearest || distance(nearest, figure) > 120) continue;
    const parsed = parseStatedValue(figure.text);
    if (!parsed.ok || parsed.value.currency !== null || !(parsed.value.amount > 0)) continue;
    const hedge = hedgeAtEnd(sentence.slice(Math.max(0, figure.figureStart - 30), figure.figureStart));
    carried.push({
      start: hedge ? figure.figureStart - hedge.length : figure.figureStart,
      figureStart: figure.figureStart,
      end: figure.end,
      value: parsed.value.amount,
      currency: nearest.currency,
      hedge: hedge?.hedge ?? 'exact',
      usdEquivalent: nearest.currency === 'USD' ? parsed.value.amount : null,
      shared: nearest.shared,
      sharedName: nearest.sharedName,
    });
  }
  return carried;
}

function distance(money: Money, figure: { figureStart: number; end: number }): number {
  return money.end <= figure.figureStart ? figure.figureStart - money.end : money.start - figure.end;
}

/** "crossed the $2 billion mark" is more than $2 billion; "hit the $2 billion mark", at least. */
function markPassed(sentence: string, figureStart: number, end: number): { hedge: Hedge; length: number } | null {
  if (!MARK_AFTER.test(sentence.slice(end, end + 14))) return null;
  const m = MARK_BEFORE.exec(sentence.slice(Math.max(0, figureStart - 30), figureStart));
  if (!m) return null;
  return { hedge: MARK_VERBS['at least'].includes(m[1].toLowerCase()) ? 'at least' : 'more than', length: m[0].length };
}

function readMoney(phrase: string, suffix: string | undefined): { value: number; currency: string; shared: SharedCurrencyWord | null } | null {
  const read = parseValueParts(phrase);
  // An unknown word before the currency noun ("Ghanaian cedis") makes the whole figure unreadable; drop it.
  if (!read.ok || !(read.parts.amount > 0)) return null;
  const { amount, currencies } = read.parts;
  const unqualified = currencies.find((m) => m.shared !== null && m.qualifier === null && m.shared.bareByEconomy);
  const shared = unqualified?.shared ?? null;
  const chosen = chooseCurrency(currencies, {}, phrase);
  // "5 billion dinars": no usual reading; the pair decides, later.
  if (!chosen.ok) return shared && currencies.every((m) => m.shared !== null) ? { value: amount, currency: '', shared } : null;
  if (!chosen.choice) return null;
  return { value: amount, currency: chosen.choice.code, shared: chosen.choice.because === 'usual' ? shared : null };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function foldEquivalents(sentence: string, found: Money[]): Money[] {
  const kept: Money[] = [];
  for (const money of found) {
    const previous = kept[kept.length - 1];
    const gap = previous ? sentence.slice(previous.end, money.figureStart) : '';
    if (previous && previous.currency !== money.currency && EQUIVALENT_GAP.test(gap)) {
      if (money.currency === 'USD' && previous.currency !== 'USD') previous.usdEquivalent = money.value;
      continue;
    }
    kept.push(money);
  }
  return kept;
}
