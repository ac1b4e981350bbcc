/**
 * The words that scale a figure ("billion", "crore", "млрд", "milliards",
 * "millones"), with their power of ten and the digit convention their sources
 * write (see number-conventions.ts). The one table the form and the extraction
 * both read.
 *
 * - english: a point is the decimal mark; a comma before three digits groups thousands.
 * - point-thousands (German, Italian, Portuguese: Mrd., Mio., miliardi, bilhões): a point before three digits
 *   groups thousands, a comma is the decimal mark.
 * - space-thousands (French, Russian: milliards, Md, млрд): thousands are grouped by
 *   spaces; a comma, and in some outlets a point, is the decimal mark.
 * - spanish (millones, mil millones, billones): Spain groups thousands with points and
 *   Latin America with commas, and neither writes three decimals, so one mark before
 *   exactly three digits groups thousands and before one or two is the decimal mark.
 *
 * "Billion" is the English 10^9; the Spanish "billón" and the German "Billion(en)" are
 * 10^12, so only their own spellings ("billones", "billón", "Billionen", "Bio.") are.
 */
export type NumberConvention = 'english' | 'point-thousands' | 'space-thousands' | 'spanish';

export interface UnitWord {
  exponent: number;
  convention: NumberConvention;
}

const TABLE: [NumberConvention, number, string[]][] = [
  ['english', 3, ['k', 'thousand']],
  ['english', 5, ['lakh', 'lakhs', 'lac', 'lacs']],
  // "millions" too: South Asian English writes "Rs 2,500 millions", where the comma groups thousands.
  ['english', 6, ['m', 'mn', 'mln', 'mil', 'million', 'millions']],
  ['english', 7, ['crore', 'crores', 'cr']],
  ['english', 9, ['b', 'bn', 'bln', 'billion']],
  ['english', 12, ['tn', 'trn', 'trillion']],
  // Nepali and Hindi scales in English-language South Asian news: "Rs 15 arba", "Rs 1.2 kharba".
  ['english', 9, ['arab', 'arba', 'arb']],
  ['english', 11, ['kharab', 'kharba', 'kharb']],
  // Indian compounds multiply: 1 lakh crore is 10^5 × 10^7, 1 thousand crore 10^3 × 10^7.
  ['english', 10, ['thousand crore', 'thousand crores']],
  ['english', 12, ['lakh crore', 'lakh crores', 'lac crore', 'lakhs crore']],
  ['point-thousands', 3, ['tsd']],
  ['point-thousands', 6, ['mio', 'millionen', 'milioni']],
  ['point-thousands', 9, ['mrd', 'mrds', 'mia', 'mld', 'milliarden', 'miliardi', 'miliardo']],
  ['point-thousands', 12, ['bio', 'billionen']],
  // Portuguese, as Brazilian figures are quoted: "R$ 5,2 bilhões".
  ['point-thousands', 6, ['milhão', 'milhões']],
  ['point-thousands', 9, ['bilhão', 'bilhões']],
  ['point-thousands', 12, ['trilhão', 'trilhões']],
  ['space-thousands', 3, ['тыс', 'тысяч', 'тысячи', 'тысяча']],
  ['space-thousands', 6, ['млн', 'миллион', 'миллиона', 'миллионов']],
  ['space-thousands', 9, ['md', 'mds', 'milliard', 'milliards', 'млрд', 'миллиард', 'миллиарда', 'миллиардов']],
  ['space-thousands', 12, ['трлн', 'триллион', 'триллиона', 'триллионов']],
  ['spanish', 6, ['millones', 'millón']],
  ['spanish', 9, ['mil millones', 'millardos', 'millardo']],
  ['spanish', 12, ['billones', 'billón']],
];

const UNITS = new Map<string, UnitWord>(
  TABLE.flatMap(([convention, exponent, words]) => words.map((w) => [w, { exponent, convention }] as const)),
);

/**
 * The unit a word or phrase names, lower-case, one space between words; a trailing
 * point ("Mrd.", "млн.", "тыс.") is dropped. Undefined for any other text.
 */
export function unitWord(text: string): UnitWord | undefined {
  return UNITS.get(text.replace(/\.$/, ''));
}

/** Every unit word and phrase, for patterns that find them in text. */
export function unitWords(): string[] {
  return [...UNITS.keys()];
}
