import { languageCapitals, languageEconomyWords, languagePhrases } from '../../domain/phrases/languages';
import { languageAlternation as alt, WORD_END, WORD_START } from '../../domain/phrases/languages/pattern';

// Economies named in Spanish, French and Russian, for economies-in-text.ts:
// names in every case ("России", "Россией"), adjectives in lower case
// ("française", "российских"), pair prefixes ("franco-", "российско-"),
// capitals, regions; and the words before a name that make it a currency
// ("долларов США") or a group ("pays de l’UE", "стран ЕС").

export { languageCapitals, languageEconomyWords };

export const LANGUAGE_REGIONS: readonly string[] = languagePhrases((l) => l.regions);

/** "долларов США", "dólares estadounidenses": the country word names the currency. */
export const CURRENCY_BEFORE = new RegExp(`${WORD_START}(?:${alt(languagePhrases((l) => l.currencyBefore))})\\s+(?:de\\s+(?:los\\s+)?)?$`, 'i');
/** "стран ЕС", "pays de l’UE", "Estados miembros de la UE": the name stands for a group. */
export const GROUP_BEFORE = new RegExp(`${WORD_START}(?:${alt(languagePhrases((l) => l.groupBefore))})\\s*(?:(?:la|el|los|las)\\s+|[lL]['’]\\s*)?$`, 'i');
/** "российских рублей": the adjective names the currency. */
export const CURRENCY_AFTER = new RegExp(`^\\s+(?:${alt(languagePhrases((l) => l.currencyAfter))})${WORD_END}`, 'i');

/** True when the economy at text[start, end) names a currency or a group in these languages' words. */
export function namesCurrencyOrGroup(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 28), start);
  return CURRENCY_BEFORE.test(before) || GROUP_BEFORE.test(before) || CURRENCY_AFTER.test(text.slice(end, end + 16));
}
