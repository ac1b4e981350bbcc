import { foreignNumberWord, foreignNumberWords, parseNumberWords } from '../../domain/number-words';
import { alternation } from '../../domain/phrases/pattern';

/**
 * A number as written in a sentence: digits with their separators ("1 234,5",
 * "4,60,000", "1.234,5") or number words ("two and a half", "nine point nine",
 * "трех", "dos"). Offsets are within the sentence. Digits are read later, once the
 * unit after them says which convention they follow; words are read here.
 */
export type Numeral =
  | { kind: 'digits'; start: number; end: number; raw: string }
  | { kind: 'words'; start: number; end: number; value: number; scaled: boolean };

// English number words; the scale words are read by parseNumberWords, the rest of
// the units ("crore", "bn", "млрд") by units.ts.
const ENGLISH = [
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'half', 'zero', 'point',
];
const SCALES = ['thousand', 'million', 'billion', 'trillion'];
const WORD = `(?:${alternation([...ENGLISH, ...SCALES])})`;
// At most ten words ("nine hundred and ninety-nine billion" has six); the run is sticky, so it is read once from its start.
const ENGLISH_RUN = new RegExp(`${WORD}(?:[\\s-]+(?:and[\\s-]+)?${WORD}){0,10}(?![\\p{L}])`, 'iuy');
const FOREIGN_WORD = new RegExp(`(?:${alternation(foreignNumberWords())})(?![\\p{L}])`, 'iuy');
// Where a number may start: a digit, or a number word that begins a word.
// "a" and "an" only before a scale ("a billion dollars"), as they begin so many words that are not numbers.
const ARTICLE = `an?(?=[\\s-]+(?:hundred|${SCALES.join('|')})(?![\\p{L}]))`;
const NUMERAL_START = new RegExp(
  `\\d|(?<![\\p{L}\\p{N}])(?:${ARTICLE}|(?:${alternation([...ENGLISH.filter((w) => !['a', 'an', 'point'].includes(w)), ...SCALES, ...foreignNumberWords()])})(?![\\p{L}]))`,
  'giu',
);

const SPACE = /[ \u00a0\u202f\u2009]/;
const MAX_DIGITS = 40;

/** Where the next number may start at or after `from`: a digit, or a number word; -1 when none does. */
export function nextNumeralStart(sentence: string, from: number): number {
  NUMERAL_START.lastIndex = from;
  return NUMERAL_START.exec(sentence)?.index ?? -1;
}

/** The number that starts at `at` (where `nextNumeralStart` found one); null when none does. */
export function numeralAt(sentence: string, at: number): Numeral | null {
  return /\d/.test(sentence[at]) ? digitsAt(sentence, at) : wordsAt(sentence, at);
}

/**
 * Digits with the separators number-conventions.ts knows, at most forty characters: a point,
 * comma or apostrophe between digits, or a space before a group of exactly three ("1 234 567",
 * not "2023 150"). Read by hand, so a long run of digits and marks is walked once.
 */
function digitsAt(sentence: string, at: number): Numeral {
  let end = at;
  while (end < sentence.length && isDigit(sentence[end]) && end - at < MAX_DIGITS) end++;
  for (;;) {
    const mark = sentence[end];
    if (end - at >= MAX_DIGITS || !isDigit(sentence[end + 1] ?? '')) break;
    let next = end + 1;
    while (next < sentence.length && isDigit(sentence[next]) && next - at < MAX_DIGITS) next++;
    const isGroup = next - end - 1 === 3;
    if (!(mark === '.' || mark === ',' || mark === "'" || mark === '’' || (SPACE.test(mark) && isGroup))) break;
    end = next;
  }
  return { kind: 'digits', start: at, end, raw: sentence.slice(at, end).replace(/[\u00a0\u202f\u2009]/g, ' ') };
}

/** English number words ("two and a half billion") or one French, Spanish or Russian one ("deux", "трех"). */
function wordsAt(sentence: string, at: number): Numeral | null {
  FOREIGN_WORD.lastIndex = at;
  const foreign = FOREIGN_WORD.exec(sentence);
  ENGLISH_RUN.lastIndex = at;
  const run = ENGLISH_RUN.exec(sentence);
  if (run) {
    // The longest run of words that reads as a number: "one billion a year" is "one billion". Only the whole
    // run and its prefixes that end on a scale word can be one (a unit such as "crore" ends the run), so
    // "one one one…" is parsed once, not once a word.
    const words = [...run[0].matchAll(/[\p{L}]+/gu)];
    for (let n = words.length; n > 0; n--) {
      const last = words[n - 1];
      if (n < words.length && !SCALES.includes(last[0].toLowerCase())) continue;
      const text = run[0].slice(0, last.index + last[0].length);
      const value = parseNumberWords(text);
      if (value !== null && value > 0) {
        const scaled = words.slice(0, n).some((w) => SCALES.includes(w[0].toLowerCase()));
        return { kind: 'words', start: at, end: at + text.length, value, scaled };
      }
    }
  }
  if (foreign) {
    const value = foreignNumberWord(foreign[0]);
    if (value !== undefined) return { kind: 'words', start: at, end: at + foreign[0].length, value, scaled: false };
  }
  return null;
}

function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
