import { languagePhrases } from '../../domain/phrases/languages';
import { languageWords } from '../../domain/phrases/languages/pattern';

// Reported or projected, in Spanish, French and Russian: "devrait atteindre",
// "планируют увеличить", "alcanzará" against "a atteint", "составил", "alcanzó".
// kind.ts weighs them with the English words: the nearer kind of word wins.

export const LANGUAGE_PROJECTED = new RegExp(languageWords(languagePhrases((l) => l.projected)), 'gi');
export const LANGUAGE_REPORTED = new RegExp(languageWords(languagePhrases((l) => l.reported)), 'gi');
