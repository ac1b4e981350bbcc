/**
 * How many significant digits a stored dollar value or rate keeps: what a
 * double prints exactly, and what LibreOffice and Excel keep when they save a
 * CSV. Storing no more means a spreadsheet round trip gives back the same
 * number, so the duplicate check recognises the figure (issue 10).
 */
export const SIGNIFICANT_DIGITS = 15;

/** A number rounded to 15 significant digits: 8693716475.095785 → 8693716475.09579. */
export function canonicalNumber(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(SIGNIFICANT_DIGITS)) : value;
}

/** The dollar value of a stated amount: the amount itself for dollars (no rate), else amount × rate. */
export function usdValueOf(amount: number, usdRate: number | null): number {
  return canonicalNumber(usdRate === null ? amount : amount * usdRate);
}
