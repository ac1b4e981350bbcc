import { ES } from './es';
import { FR } from './fr';
import { RU } from './ru';
import type { LanguageWords } from './words';

// Spanish, French and Russian beside English: each list of LanguageWords,
// joined across the languages, for the engine's patterns and the name lookup.

export type { LanguageWords } from './words';

export const LANGUAGES: readonly LanguageWords[] = [ES, FR, RU];

/** One list of LanguageWords across the languages: `languagePhrases((l) => l.flows.total)`. */
export function languagePhrases(pick: (language: LanguageWords) => readonly string[]): string[] {
  return [...new Set(LANGUAGES.flatMap(pick))];
}

export interface LanguageEconomyWord {
  word: string;
  code: string;
  /** An adjective these languages write in lower case: "française", "российской". */
  lowercase: boolean;
  /** Read only before a hyphen: "franco-", "российско-". */
  prefix: boolean;
}

/** Names, short forms, adjectives and pair prefixes of economies in every language. */
export function languageEconomyWords(): readonly LanguageEconomyWord[] {
  return LANGUAGE_ECONOMY_WORDS;
}

/** Capitals in every language, by how each is written: "Москвой" → RUS. */
export function languageCapitals(): Readonly<Record<string, string>> {
  return Object.assign({}, ...LANGUAGES.map((l) => l.capitals));
}

const LANGUAGE_ECONOMY_WORDS: LanguageEconomyWord[] = LANGUAGES.flatMap((l) => [
  ...Object.entries(l.names).map(([word, code]) => ({ word, code, lowercase: false, prefix: false })),
  ...Object.entries(l.adjectives).map(([word, code]) => ({ word, code, lowercase: true, prefix: false })),
  ...Object.entries(l.prefixes).map(([word, code]) => ({ word, code, lowercase: true, prefix: true })),
]);
