/**
 * The letters of English, Spanish, French and Russian as one character class
 * body: Latin with its accented forms, and Cyrillic. Patterns use it instead of
 * `\p{L}` with the `u` flag, which V8 compiles and runs many times slower on
 * alternations as long as these (hundreds of milliseconds for the first match);
 * with the `i` flag alone, case still folds for these letters.
 */
export const LETTERS = 'a-zA-Z\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0400-\\u04ff';
export const LETTER = `[${LETTERS}]`;

/**
 * A regular-expression alternation of the phrases of LanguageWords, longest
 * first: `*` ends a stem (at most seven more letters, so no run of letters is
 * rescanned), `'` is either apostrophe, a space any run of spaces.
 */
export function languageAlternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) =>
      p
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, `${LETTER}{0,7}`)
        .replace(/['’]/g, "['’]")
        .replace(/ /g, '\\s+'),
    )
    .join('|');
}

/** Letters or digits on neither side: what `\b` means for words of any of these scripts. */
export const WORD_START = `(?<![${LETTERS}0-9])`;
export const WORD_END = `(?![${LETTERS}0-9])`;

/** The phrases as whole words: `(?<!letter)(?:…)(?!letter)`. */
export function languageWords(phrases: Iterable<string>): string {
  return `${WORD_START}(?:${languageAlternation(phrases)})${WORD_END}`;
}
