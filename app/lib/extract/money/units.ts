import { unitWord, unitWords, type NumberConvention } from '../../domain/number-units';
import { alternation } from '../../domain/phrases/pattern';

/** A unit after a number ("bn", "lakh crore", "млрд", "mil millones"); `end` is where it stops in the sentence. */
export interface UnitAfter {
  exponent: number;
  convention: NumberConvention;
  end: number;
  /** The currency a unit names with it: Mexico's "mdd" is "millones de dólares". */
  currency?: string;
}

// Units that name their currency too, as Mexican news abbreviates: "5,200 mdd", "12 mmdd" (miles de millones de dólares).
const CURRENCY_UNITS = new Map<string, UnitAfter>([
  ['mdd', { exponent: 6, convention: 'spanish', end: 0, currency: 'USD' }],
  ['mmdd', { exponent: 9, convention: 'spanish', end: 0, currency: 'USD' }],
]);

// Joined ("5bn", "Md€"), after a space, or hyphenated as some outlets write it ("$280-billion").
// Letters of any script end the unit, so "m" is not read in "5 metres" nor "млн" in a longer word.
// Matched on lower-case text: case-insensitive, a pattern this long is slow to compile.
const UNIT = new RegExp(`^(?:-|\\s{1,2})?(${alternation([...unitWords(), ...CURRENCY_UNITS.keys()])})(?![\\p{L}\\p{N}])`, 'u');
const WINDOW = 24;
const CRORE = /^(?:crores?|cr)$/i;

/**
 * The unit written right after a number that ends at `end`. After number words that
 * already hold a scale ("one thousand"), only "crore" may follow ("one thousand crore").
 */
export function unitAfter(sentence: string, end: number, afterScale = false): UnitAfter | null {
  const window = sentence.slice(end, end + WINDOW);
  const lower = window.toLowerCase();
  const match = lower.length === window.length ? UNIT.exec(lower) : null;
  if (!match) return null;
  const written = match[1].replace(/\s+/g, ' ');
  if (afterScale && !CRORE.test(written)) return null;
  // "500 mil dólares": news that writes "mil" alone is Spanish or Portuguese, where it is a thousand
  // (the English "mil" for a million is slang); "mil millones" is its own unit.
  const unit = written === 'mil' ? { exponent: 3, convention: 'spanish' as const } : (CURRENCY_UNITS.get(written) ?? unitWord(written));
  if (!unit) return null;
  return { ...unit, end: end + match[0].length };
}
