// Helpers for the period words of languages whose letters \b does not see
// (é, ñ, Cyrillic): word edges, and words read by their stems.

// Letters and digits of the languages read here, as a class: patterns without the u flag
// (much faster to scan) cannot say \p{L}.
const LETTER = '0-9A-Za-zÀ-ÖØ-öø-ÿĀ-žА-яЁё';
/** Where a word starts: no letter or digit just before. */
export const START = `(?<![${LETTER}])`;
/** Where a word ends: no letter or digit just after. */
export const END = `(?![${LETTER}])`;

/** Letters without their accents, lower case: "Février" is "fevrier". */
export function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The value of the first stem (in plain letters) that a word begins with, else 0.
 * List longer stems before the shorter ones they begin with ("двенадцат" before "дв").
 */
export function byStem(stems: readonly (readonly [string, number])[], word: string): number {
  const w = plain(word);
  return stems.find(([stem]) => w.startsWith(stem))?.[1] ?? 0;
}

/** A count written in digits or, by its stem, in words. */
export function countOf(stems: readonly (readonly [string, number])[], word: string): number {
  return /^\d+$/.test(word) ? Number(word) : byStem(stems, word);
}
