import { LETTERS } from '../../domain/phrases/languages/pattern';

// Whether a sentence is written in Spanish, French or Russian rather than
// English, so that those languages' connectors ("a", "en", "de") are read only
// where they mean what they mean there: an English "a Chinese official" is no
// destination. Counted from the short words every sentence has.

const CYRILLIC = /[\u0400-\u04ff]/;
const NOT_AFTER = `(?<![${LETTERS}0-9])`;
const NOT_BEFORE = `(?![${LETTERS}0-9])`;
const FOREIGN = new RegExp(
  `${NOT_AFTER}(?:de|la|le|les|des|du|el|los|las|del|y|et|en|que|qui|est|sont|ont|au|aux|por|para|con|avec|pour|una|une|se|su|sus|ses|leur|leurs|al|entre|ha|han|fue|été|sur|dans)${NOT_BEFORE}|${NOT_AFTER}[dl]['’](?=[${LETTERS}])`,
  'gi',
);
const ENGLISH = new RegExp(`${NOT_AFTER}(?:the|of|and|to|in|is|was|were|with|from|for|by|at|has|have|had|its|their|that|this|which|will|would)${NOT_BEFORE}`, 'gi');
const ACCENTED = /[àâçéèêëîïôûùüÿñáíóú¿¡œ]/i;

let last: { sentence: string; foreign: boolean } | null = null;

/** True for a sentence in Spanish, French or Russian. */
export function isForeignSentence(sentence: string): boolean {
  if (last?.sentence === sentence) return last.foreign;
  const foreign = readForeign(sentence);
  last = { sentence, foreign };
  return foreign;
}

function readForeign(sentence: string): boolean {
  if (CYRILLIC.test(sentence)) return true;
  const score = count(FOREIGN, sentence) - count(ENGLISH, sentence);
  return score > 0 || (score === 0 && ACCENTED.test(sentence));
}

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(text)) n++;
  return n;
}
