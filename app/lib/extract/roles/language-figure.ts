import { languagePhrases } from '../../domain/phrases/languages';
import { languageAlternation as alt, languageWords, WORD_END, WORD_START } from '../../domain/phrases/languages/pattern';

// What figures.ts and figure-context.ts read around a figure, in Spanish,
// French and Russian: a figure given to compare with ("contre 11,2 milliards"),
// a change rather than a volume ("вырос на $200 млн"), a pointer back to the
// figure before ("ce montant"), and where a clause ends (", что", ", mientras").

const phrases = languagePhrases;
// "contre des exportations de", "frente a los": articles and flow words may stand between.
const FILLER = alt([
  ...phrases((l) => l.connectors.articles.filter((a) => !/['’]$/.test(a))), 'de', 'des', 'du', 'unos', 'unas', 'seulement', 'solo', 'sólo', 'только',
  ...phrases((l) => [...l.flows.total, ...l.flows.exports, ...l.flows.imports]),
]);
export const LANGUAGE_COMPARED = new RegExp(`${WORD_START}(?:${alt(phrases((l) => l.compared))})\\s+(?:(?:(?:${FILLER})\\s+|[dl]['’]\\s*)){0,3}$`, 'i');
export const LANGUAGE_CHANGE = new RegExp(`${WORD_START}(?:${alt(phrases((l) => l.changeBefore))})\\s*$`, 'i');
export const LANGUAGE_CHANGE_AFTER = new RegExp(`^\\s+(?:${alt(phrases((l) => l.changeAfter))})${WORD_END}`, 'i');
export const LANGUAGE_ANAPHOR = new RegExp(languageWords(phrases((l) => l.anaphors)), 'i');

// Connectors that are also comparison words ("desde", "с") would cut clauses at every name they lead.
const CONNECTORS = new Set(phrases((l) => Object.values(l.connectors).flat()));
const BREAKS = phrases((l) => l.compared).filter((p) => p.length > 3 && !CONNECTORS.has(p));
/** Where a clause begins in these languages: ", что", ", qui", " contre ", " frente a ". */
export const LANGUAGE_CLAUSE = new RegExp(`,\\s*(?:${alt(phrases((l) => l.clauseOpeners))})${WORD_END}|\\s(?:${alt(BREAKS)})\\s`, 'gi');
