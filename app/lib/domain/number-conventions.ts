import type { NumberConvention } from './number-units';

/**
 * How the digits of a figure are grouped and where its decimals start, in the
 * conventions real sources use. The one place this is decided, so the form,
 * the extraction and every other way in read "1,5" alike.
 *
 * - A point before 1–2 or 4+ digits, or with no other mark, is the decimal
 *   point (English: "1.134 billion" is 1.134e9).
 * - A comma before exactly 3 digits separates thousands ("1,500" is 1500),
 *   unless the unit is continental (Mrd., Mio., млрд, Md: `continental`),
 *   whose sources write the comma as the decimal mark, so "4,500 Mrd." is 4.5
 *   Mrd. A comma before 1–2 digits is a decimal comma in any case ("1,5
 *   billion"): no source groups thousands in ones or twos after the first.
 * - Points as thousands with a comma for decimals ("4.500.000,50") are
 *   continental; 2-digit groups ending in 3 ("12,34,567") are Indian; spaces
 *   (French, Russian: "1 234 567,5", no-break spaces included) and apostrophes
 *   (Swiss: "1'000'000") separate thousands, in groups of exactly three, so
 *   "2023 500" is not silently joined into one number.
 * - Refused, with how to write it instead: one point before 3 digits with a
 *   continental unit ("4.500 Mrd." is 4.5 or 4500), and a single comma before
 *   4+ digits without one ("1,2345 billion").
 *
 * The text arrives lower-cased with every run of white space (U+00A0, U+202F
 * and U+2009 included) made one plain space.
 */

export interface Numeral {
  /** The number as plain decimal digits ("4500000.5"), for exact scaling by an exponent. */
  digits: string;
  /** A plain-English note when the number was read by a convention a reader may not expect; null otherwise. */
  note: string | null;
}
export type NumeralRead = { ok: true; numeral: Numeral } | { ok: false; error: string };

export const DECIMAL_COMMA_NOTE = 'comma read as the decimal mark (continental style)';

const LEADING = /^\d[\d.,'’ ]*/;
const SEPARATORS = new Set(['.', ',', "'", '’', ' ']);

/** The numeral opening the text ("1 234,5" in "1 234,5 млн"), and what follows it; null when the text does not start with a digit. */
export function leadingNumeral(text: string): { raw: string; tail: string } | null {
  const match = LEADING.exec(text);
  if (!match) return null;
  // Trailing marks belong to the sentence, not the number ("3.", "1,500, "): trimmed by hand, as a regex would be quadratic on a long run of them.
  let end = match[0].length;
  while (end > 1 && SEPARATORS.has(text[end - 1])) end--;
  return { raw: text.slice(0, end), tail: text.slice(end).trim() };
}

const PLAIN = /^\d+$/;
const POINT_DECIMAL = /^(\d+)\.(\d+)$/;
const ONE_COMMA = /^(\d+),(\d+)$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const INDIAN_GROUPS = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/;
const POINT_GROUPS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const SPACE_GROUPS = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const APOSTROPHE_GROUPS = /^\d{1,3}(?:['’]\d{3})+(?:\.\d+)?$/;

/**
 * Reads a numeral found by `leadingNumeral`; `unit` is the unit word after it
 * as written ("Mrd.", "billion", "" for none) and `continental` whether that
 * unit's sources write a decimal comma. `shown` is the value as typed, for messages.
 */
export function readNumeral(raw: string, unit: string, continental: boolean, shown: string): NumeralRead {
  const ok = (digits: string, note: string | null = null): NumeralRead => ({ ok: true, numeral: { digits, note } });
  if (PLAIN.test(raw)) return ok(raw);

  const point = POINT_DECIMAL.exec(raw);
  if (point) {
    const [, whole, fraction] = point;
    if (continental && fraction.length === 3 && whole.length <= 3) {
      return refuse(`“${shown}” could be ${whole}.${fraction} or ${whole}${fraction} ${unit}: with ${unit} a point may separate thousands. Write ${whole},${fraction.replace(/0+$/, '') || '0'} ${unit} for the decimal, or ${whole}${fraction} ${unit} without the point.`);
    }
    return ok(raw);
  }

  const comma = ONE_COMMA.exec(raw);
  if (comma) {
    const [, whole, fraction] = comma;
    if (fraction.length === 3 && whole.length <= 3 && !continental) return ok(`${whole}${fraction}`);
    if (fraction.length <= 2 || continental) return ok(`${whole}.${fraction}`, DECIMAL_COMMA_NOTE);
    return refuse(`“${shown}” has a comma we cannot place: before 3 digits a comma separates thousands (1,500 is 1500), before 1 or 2 it marks decimals (1,5 is 1.5). Write the decimals with a point (${whole}.${fraction}), or group thousands in threes.`);
  }

  if (COMMA_GROUPS.test(raw)) return ok(raw.replace(/,/g, ''));
  if (INDIAN_GROUPS.test(raw)) {
    const digits = raw.replace(/,/g, '');
    return ok(digits, `Indian digit grouping: ${raw} = ${englishGrouping(digits)}`);
  }
  if (POINT_GROUPS.test(raw)) {
    const digits = raw.replace(/\./g, '').replace(',', '.');
    const note = raw.includes(',')
      ? 'points read as thousands separators and the comma as the decimal mark (continental style)'
      : 'points read as thousands separators (continental style)';
    return ok(digits, note);
  }
  if (SPACE_GROUPS.test(raw)) {
    const digits = raw.replace(/ /g, '');
    return digits.includes(',') ? ok(digits.replace(',', '.'), DECIMAL_COMMA_NOTE) : ok(digits);
  }
  if (APOSTROPHE_GROUPS.test(raw)) return ok(raw.replace(/['’]/g, ''));

  if (raw.includes(' ')) {
    return refuse(`“${shown}” has digits split by spaces that are not thousands. Spaces may only separate groups of three digits (1 000 000); otherwise write the number without them.`);
  }
  return refuse(`“${shown}” is not a number we can read. Group thousands in threes (1,234,567 or 1 234 567) and use one decimal mark, e.g. 1,234.5 million or 1 234,5 млн.`);
}

/** "1,234,567.5": the digits of a number grouped the English way, for notes. */
export function englishGrouping(digits: string): string {
  const [whole, fraction] = digits.split('.');
  const groups: string[] = [];
  for (let end = whole.length; end > 0; end -= 3) groups.unshift(whole.slice(Math.max(0, end - 3), end));
  const grouped = groups.join(',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}

function refuse(error: string): NumeralRead {
  return { ok: false, error };
}

/**
 * A numeral in running text, read by the convention of the unit after it (see
 * number-units.ts) where the form would ask: an article cannot be asked, so the
 * reading its sources mean is taken. "3.500 millones" and "4.500 Mrd." group
 * thousands; "1.234 млрд" and "1,234 млрд" are decimals; "3,500 millones" is
 * Latin America's 3500. The plain decimal digits, or null when the numeral is in
 * no convention ("1,2345 billion", "2023 500").
 */
export function readNumeralInText(raw: string, convention: NumberConvention): string | null {
  if (PLAIN.test(raw)) return raw;
  const point = POINT_DECIMAL.exec(raw);
  if (point) {
    const [, whole, fraction] = point;
    const groups = fraction.length === 3 && whole.length <= 3 && (convention === 'point-thousands' || convention === 'spanish');
    return groups ? `${whole}${fraction}` : raw;
  }
  const comma = ONE_COMMA.exec(raw);
  if (comma) {
    const [, whole, fraction] = comma;
    if (fraction.length === 3 && whole.length <= 3) return convention === 'english' || convention === 'spanish' ? `${whole}${fraction}` : `${whole}.${fraction}`;
    return fraction.length <= 2 || convention !== 'english' ? `${whole}.${fraction}` : null;
  }
  if (COMMA_GROUPS.test(raw) || INDIAN_GROUPS.test(raw)) return raw.replace(/,/g, '');
  if (POINT_GROUPS.test(raw)) return raw.replace(/\./g, '').replace(',', '.');
  if (SPACE_GROUPS.test(raw)) return raw.replace(/ /g, '').replace(',', '.');
  if (APOSTROPHE_GROUPS.test(raw)) return raw.replace(/['’]/g, '');
  return null;
}
