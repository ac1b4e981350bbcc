import { isCurrencyCode } from '../../domain/currencies';
import {
  allCurrencyWords, CURRENCY_NAMES, MARKS_AFTER_FIGURES, MARKS_BEFORE_FIGURES, MARKS_NEEDING_SCALE,
} from '../../domain/currency-words';
import { alternation } from '../../domain/phrases/pattern';
import { currencyAtEnd, currencyMention, type CurrencyMention } from '../../domain/value-currency';

/** A currency word or mark beside a figure; `start`..`end` is where it is written in the sentence. */
export interface CurrencyMark {
  start: number;
  end: number;
  mention: CurrencyMention;
}

const WORDS = allCurrencyWords();
const MARKS = new Set<string>([...MARKS_BEFORE_FIGURES, ...MARKS_AFTER_FIGURES].map((m) => m.toLowerCase()));
// Codes written often enough that a bare number after them is money ("USD 500", "RMB 30"); any other
// code needs a unit or grouped digits, so "COP26" or "TOP 10" is not read as pesos or paʻanga.
const COMMON_CODES = new Set([
  ...Object.keys(CURRENCY_NAMES),
  ...Object.values(CURRENCY_NAMES).flat().filter((w) => /^[a-z]{3}$/.test(w)).map((w) => w.toUpperCase()),
]);

// Marks with a sign in them, written with capitals and an optional space: "US$", "US $", "A$", "€", "₹".
const SIGN_MARKS = WORDS.filter((w) => /[^\p{L}.\s'’-]/u.test(w) && !/\s/.test(w)).map((w) => {
  const [, letters, sign] = /^([\p{L}.]*)(.*)$/u.exec(w.toUpperCase())!;
  return `${escape(letters)}${letters ? '\\s?' : ''}${escape(sign)}`;
});
const PURE_SIGNS = WORDS.filter((w) => /^[^\p{L}\s.'’-]+$/u.test(w));
const MARK_BEFORE = MARKS_BEFORE_FIGURES.map((m) => `${alternatives(m)}${m.length === 1 ? '' : '\\.?\\s?'}`);
// Anchored at the end of the text before a figure: a sign, an abbreviation or a capitalised ISO code.
const BEFORE = new RegExp(`(?<![\\p{L}])(?:(${SIGN_MARKS.sort(longestFirst).join('|')})\\s?|(${MARK_BEFORE.join('|')})|([A-Z]{3})\\s?)$`, 'u');

const MAY_MARK = /[\p{Lu}\p{Sc}]/u;
const GLUED_MARKS = new Set<string>(MARKS_BEFORE_FIGURES.flatMap((m) => [m, m.toUpperCase()]));

/** Whether letters joined to a number ("USD" in "USD5bn", "Rs" in "Rs500", not "G" in "G20") may be a currency mark. */
export function mayBeGluedMark(letters: string): boolean {
  return GLUED_MARKS.has(letters) || (/^[A-Z]{3}$/.test(letters) && (COMMON_CODES.has(letters) || isCurrencyCode(letters)));
}

// Currency names after a figure ("dollars", "milliards d’euros", "долларов США"), with up to three
// words naming an economy before them ("Hong Kong dollars"); marks and codes are matched as capitals.
const NOUNS = alternation(WORDS.filter((w) => /^[\p{Ll}\p{Lo}' .’-]+$/u.test(w) && !MARKS.has(w) && !(w.length === 3 && isCurrencyCode(w.toUpperCase()))));
// "millones de dólares", "milliards d’euros", "5 billion of dollars", "a 1.2-trillion-yen budget", and after
// an abbreviation's point, "млн. руб.", "Mrd. Euro".
const CONNECTOR = `\\.?(?:\\s+(?:de|of)\\s+|\\s+d['’]\\s?|[\\s-]?)`;
// Matched on lower-case text, and the economy's words one at a time (see nameAfter): a case-insensitive
// pattern this long, or one that backtracks over words into it, takes a tenth of a second to compile.
const CONNECTOR_AT_START = new RegExp(`^${CONNECTOR}`);
const NOUN_AT_START = new RegExp(`^(?:${NOUNS})(?![\\p{L}])`, 'u');
const QUALIFIER_WORD = /^[\p{L}][\p{L}.'’-]{0,20}\s/u;
const MAX_QUALIFIER_WORDS = 3;
const NOUN_WINDOW = 90;
const MARK_AFTER = new RegExp(`\\.?(?:\\s+de\\s+|\\s?)(?:(${alternation(PURE_SIGNS)})|(${MARKS_AFTER_FIGURES.map(alternatives).join('|')})\\.?(?![\\p{L}])|([A-Z]{3})(?![\\p{L}]))`, 'uy');
// "5 million pounds of soybeans" weighs; "pounds sterling" or "pounds" alone is money.
const WEIGHT = /^\s+of\b/;

/**
 * The currency written right before a figure that starts at `at`. `scaled` says the figure has a
 * unit or grouped digits, which the shortest marks ("R", "N", "SR") and uncommon codes need.
 */
export function currencyBefore(sentence: string, at: number, scaled: boolean): CurrencyMark | null {
  const from = Math.max(0, at - 12);
  const window = sentence.slice(from, at);
  // Every mark has a capital or a currency sign: most numbers are passed over without trying the pattern.
  if (!MAY_MARK.test(window)) return null;
  const match = BEFORE.exec(window);
  if (!match) return null;
  const [whole, sign, mark, code] = match;
  const start = from + match.index;
  if (sign) return found(start, at, currencyMention(sign.replace(/\s/g, '')));
  if (mark) {
    const written = mark.replace(/[.\s]+$/, '');
    if (MARKS_NEEDING_SCALE.has(written) && !scaled) return null;
    return found(start, at, currencyMention(written));
  }
  if ((!COMMON_CODES.has(code) && !scaled) || (whole === code && !scaled)) return null;
  return found(start, at, currencyMention(code));
}

/** The currency written right after a figure that ends at `at` (after its unit), and where it ends. */
export function currencyAfter(sentence: string, at: number, scaled: boolean): CurrencyMark | null {
  const name = nameAfter(sentence, at);
  if (name) return name;
  MARK_AFTER.lastIndex = at;
  const mark = MARK_AFTER.exec(sentence);
  if (!mark) return null;
  const [whole, sign, abbreviation, code] = mark;
  const end = at + whole.length;
  const start = end - (sign ?? abbreviation ?? code).length;
  if (sign) return found(start, end, currencyMention(sign));
  if (abbreviation) return MARKS_NEEDING_SCALE.has(abbreviation) && !scaled ? null : found(start, end, currencyMention(abbreviation));
  if (!COMMON_CODES.has(code) && !scaled) return null;
  return found(start, end, currencyMention(code));
}

/**
 * A currency's name after a figure, with up to three words naming an economy before it ("Hong Kong
 * dollars", "US dollars"); the words must all name one, so "in dollars" is not "5 billion dollars".
 */
function nameAfter(sentence: string, at: number): CurrencyMark | null {
  const window = sentence.slice(at, at + NOUN_WINDOW);
  const lower = window.toLowerCase();
  // Lower-casing keeps offsets unless a letter changes length ("İ"); such text is not read for names.
  if (lower.length !== window.length) return null;
  const from = CONNECTOR_AT_START.exec(lower)![0].length;
  for (let words = 0, start = from; words <= MAX_QUALIFIER_WORDS; words++) {
    const name = NOUN_AT_START.exec(lower.slice(start));
    if (name) {
      const end = start + name[0].length;
      if (/^pounds?$/.test(name[0]) && WEIGHT.test(lower.slice(end, end + 6))) return null;
      const written = window.slice(from, end);
      const read = currencyAtEnd(written.toLowerCase(), written);
      if (read && (words === 0 || read.index === 0)) return { start: at + from, end: at + end, mention: read.mention };
    }
    const word = QUALIFIER_WORD.exec(lower.slice(start));
    if (!word) return null;
    start += word[0].length;
  }
  return null;
}

function found(start: number, end: number, mention: CurrencyMention | null): CurrencyMark | null {
  return mention ? { start, end, mention } : null;
}

/** "Rs" as written and in capitals ("RS"), for text that shouts. */
function alternatives(mark: string): string {
  const upper = mark.toUpperCase();
  return upper === mark ? escape(mark) : `(?:${escape(mark)}|${escape(upper)})`;
}

function longestFirst(a: string, b: string): number {
  return b.length - a.length;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
