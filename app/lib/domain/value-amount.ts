import { englishGrouping, leadingNumeral, readNumeral } from './number-conventions';
import { parseNumberWords } from './number-words';
import { unitWord } from './number-units';

/** A unit word's power of ten, and whether its sources write a decimal comma (see number-conventions.ts). */
interface Unit {
  exponent: number;
  continental: boolean;
}

// Exponents rather than multipliers, so "1134.53 billion" is read as exactly 1134530000000.
// The words and their conventions are number-units.ts's; the form is strict, so every convention
// but the English one refuses what it cannot place (see number-conventions.ts).
const UNITS = {
  get(word: string): Unit | undefined {
    const unit = unitWord(word);
    return unit && { exponent: unit.exponent, continental: unit.convention !== 'english' };
  },
  has(word: string): boolean {
    return unitWord(word) !== undefined;
  },
};
// Indian compounds multiply: "1 lakh crore" is 10^5 × 10^7, "thousand crore" 10^3 × 10^7.
const BEFORE_CRORE = new Set(['thousand', 'lakh', 'lakhs', 'lac', 'lacs']);
const CRORE = new Set(['crore', 'crores', 'cr']);

export const UNITS_HELP =
  'Units: k, million (m, mn, Mio., млн), billion (bn, bln, Mrd., Md, млрд), trillion (tn, Bio., трлн), lakh, crore, lakh crore; for another currency type its ISO code, e.g. JPY 5bn.';

export type AmountRead = { ok: true; amount: number; note: string | null } | { ok: false; error: string };

/** A unit written after a number, one word or an Indian compound; null when the text is not one. */
function unitOf(text: string): (Unit & { compound: boolean }) | null {
  if (text === '') return { exponent: 0, continental: false, compound: false };
  const words = text.split(' ').map(bare);
  if (words.length === 1) {
    const unit = UNITS.get(words[0]);
    return unit ? { ...unit, compound: false } : null;
  }
  if (words.length === 2 && BEFORE_CRORE.has(words[0]) && CRORE.has(words[1])) {
    return { exponent: UNITS.get(words[0])!.exponent + 7, continental: false, compound: true };
  }
  // "mil millones": a phrase that is one unit.
  const phrase = UNITS.get(words.join(' '));
  return phrase ? { ...phrase, compound: false } : null;
}

function bare(word: string): string {
  return word.replace(/\.$/, '');
}

/**
 * The amount a lower-case value names, after its hedge, balance and currency
 * words are taken off: "4,5 mrd.", "1 lakh crore", "two hundred million".
 * `written` is the same text as typed (for units in messages), `shown` the whole value.
 */
export function readAmount(rest: string, written: string, shown: string): AmountRead {
  const unreadable: AmountRead = {
    ok: false,
    error: `“${shown}” is not a number we can read. Type digits with an optional unit, e.g. 567.5 million, $3bn, or words like one billion dollars.`,
  };
  const numeral = leadingNumeral(rest);
  if (numeral) {
    // "280-billion", as some outlets hyphenate; "millions de dollars", "milliards d’euros".
    const unitText = numeral.tail.replace(/^-(?=\p{L})/u, '').replace(/ (?:de|d['’])$/, '');
    const unit = unitOf(unitText);
    if (!unit) {
      if (/\d/.test(numeral.tail)) return unreadable;
      const unknown = unitText.split(' ').filter((w) => !UNITS.has(bare(w))).join(' ');
      return unknown ? { ok: false, error: `“${unknown}” is not a unit or currency we know. ${UNITS_HELP}` } : unreadable;
    }
    const unitWritten = (written.length === rest.length ? written.slice(written.length - numeral.tail.length) : numeral.tail).replace(/ (?:de|d['’])$/i, '');
    const read = readNumeral(numeral.raw, unitWritten, unit.continental, shown);
    if (!read.ok) return read;
    const amount = Number(`${read.numeral.digits}e${unit.exponent}`);
    const compound = unit.compound ? `${numeral.raw} ${unitText} = ${formatted(amount)}` : null;
    return { ok: true, amount, note: joinNotes(read.numeral.note, compound) };
  }

  if (/\d/.test(rest)) return unreadable;
  const inWords = parseNumberWords(rest);
  if (inWords !== null) return { ok: true, amount: inWords, note: null };
  // Words with a unit only digits usually take: "five crore", "two bn", "one lakh crore".
  const words = rest.split(' ');
  for (const take of [2, 1]) {
    if (words.length <= take) continue;
    const unit = unitOf(words.slice(-take).join(' '));
    const head = parseNumberWords(words.slice(0, -take).join(' '));
    if (unit && head !== null) {
      const amount = Number(`${head}e${unit.exponent}`);
      return { ok: true, amount, note: unit.compound ? `${rest} = ${formatted(amount)}` : null };
    }
  }
  return unreadable;
}

function formatted(amount: number): string {
  return Number.isSafeInteger(amount) ? englishGrouping(String(amount)) : amount.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

export function joinNotes(...notes: (string | null)[]): string | null {
  const kept = notes.filter((n): n is string => !!n);
  return kept.length > 0 ? kept.join('; ') : null;
}
