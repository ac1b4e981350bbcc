import { languagePhrases, type LanguageWords } from '../../domain/phrases/languages';
import { languageAlternation as alt, languageWords, WORD_END, WORD_START } from '../../domain/phrases/languages/pattern';
import type { Flow } from '../../domain/vocabulary';
import type { EconomyMention } from './economies-in-text';
import { isForeignSentence } from './sentence-language';

// Who trades with whom, in the words of Spanish, French and Russian:
// "entre la France et l’Algérie", "vers l’Algérie", "из России в Китай",
// "exportations françaises", "экспорт Китая". Read only in sentences of those
// languages (sentence-language.ts); English sentences keep pair-words.ts alone.

type Connector = keyof LanguageWords['connectors'];
const connectors = (key: Connector) => languagePhrases((l) => l.connectors[key]);

// "la", "l’", "el", "the": what may stand between a connector and a name.
const ARTICLE = `(?:(?:${alt([...connectors('articles').filter((a) => !/['’]$/.test(a)), 'the'])})\\s+|[lL]['’]\\s*)?`;

/** A connector, then an article, at the end of the text before a name. Connectors ending in an apostrophe ("d’") join the name. */
function leadSource(phrases: readonly string[]): string {
  const elided = phrases.filter((p) => /['’]$/.test(p));
  const spaced = phrases.filter((p) => !/['’]$/.test(p));
  const parts = [`(?:${alt(spaced)})\\s+${ARTICLE}`];
  if (elided.length) parts.push(`(?:${alt(elided)})\\s*`);
  return `${WORD_START}(?:${parts.join('|')})$`;
}

// English leads as pair-words.ts and balance-pair.ts pass them, and what each is in these languages.
const EQUIVALENTS: Record<string, Connector[]> = {
  from: ['from', 'goods'],
  to: ['to'],
  into: ['into'],
  with: ['with'],
  against: ['balancePartner'],
  for: ['holder'],
  'in favour of': ['holder'],
  between: ['between'],
};

const LEADS = new Map<string, RegExp>();

/** The pattern for "from", "to", "with"… in these languages, for the text just before a name; null when none is known. */
export function languageLead(english: readonly string[]): RegExp | null {
  const key = english.join('|');
  let pattern = LEADS.get(key);
  if (pattern === undefined) {
    const kinds = new Set(english.flatMap((word) => EQUIVALENTS[word] ?? []));
    const phrases = [...kinds].flatMap((kind) => connectors(kind));
    pattern = new RegExp(phrases.length ? leadSource(phrases) : '(?!)', 'i');
    LEADS.set(key, pattern);
  }
  return pattern;
}

/** True when the text before a name ends in one of the leads, in English or, in a sentence of these languages, theirs. */
export function endsInLead(sentence: string, before: string, english: readonly string[], englishPattern: RegExp): boolean {
  if (englishPattern.test(before)) return true;
  return isForeignSentence(sentence) && (languageLead(english)?.test(before) ?? false);
}

// Pairs and lists, in English and these languages at once: "between the", "entre la", "между";
// "and", "et l’", "и"; ", l’Espagne et l’Italie". None of these words means anything else next to two names.
const AND = alt(['and', '&', ...connectors('and')]);
export const PAIR_BETWEEN = new RegExp(`(?:\\bbetween|${WORD_START}(?:${alt(connectors('between'))}))\\s+${ARTICLE}$`, 'i');
export const PAIR_BETWEEN_AND = new RegExp(`^\\s*(?:${AND})\\s+${ARTICLE}$`, 'i');
export const PAIR_AND = new RegExp(`^\\s+(?:${AND})\\s+${ARTICLE}$`, 'i');
export const LIST_COMMA = new RegExp(`^\\s*,\\s*${ARTICLE}$`);
export const LIST_GAP = new RegExp(`^\\s*(?:,|(?:${AND})(?=\\s))\\s*${ARTICLE}$`, 'i');
/** Two names joined as a pair phrase, capitals too: "Moscow-Beijing", "Москва и Кабул", "Paris et Alger". */
export const JOINED_NAMES = new RegExp(`^\\s*(?:[-–—/]|(?:${AND})${WORD_END})\\s*$`, 'i');
/** The sentence speaks of a pair already named: "les deux pays", "обе страны", "ambos países". */
export const LANGUAGE_BILATERAL = new RegExp(languageWords(languagePhrases((l) => l.bilateral)), 'i');

/** Words between an economy and its flow word, for pair-words.ts's ADJACENT: "la France a exporté", "российский несырьевой экспорт". */
export const LANGUAGE_FLOW_MODIFIERS: readonly string[] = [...connectors('modifiers'), ...connectors('auxiliaries')];

const MODIFIERS = alt(connectors('modifiers'));
// "exportations françaises", "экспорт России": the name right after the flow word owns it.
const DIRECT = new RegExp(`^\\s*(?:(?:${MODIFIERS})\\s+)*$`, 'i');
const OF = alt(connectors('of').filter((w) => !/['’]$/.test(w)));
// "de la France", "du Maroc", "des États-Unis", "del Perú": with an article, the owner.
const OF_ARTICLE = new RegExp(`^\\s+(?:(?:${MODIFIERS})\\s+)*(?:(?:du|des|del)\\s+|(?:de)\\s+(?:(?:la|les|los|las|el)\\s+|l['’]\\s*))$`, 'i');
// "de Chine", "d’Algérie", "de México": without one, for imports the origin.
const OF_BARE = new RegExp(`^\\s+(?:(?:${MODIFIERS})\\s+)*(?:(?:${OF})\\s+|d['’]\\s*)$`, 'i');
// "importations de biens algériens", "exportaciones de productos de China": the goods' origin.
const GOODS = alt(connectors('goods'));
const GOODS_GAP = new RegExp(`^\\s+(?:(?:de|d['’])\\s*)?(?:${GOODS})\\s+(?:(?:de|du|des|del)\\s+${ARTICLE}|d['’]\\s*)?$`, 'i');
// "российских товаров": an adjective before the goods.
const GOODS_NEXT = new RegExp(`^\\s+(?:${GOODS})${WORD_END}`, 'i');

/**
 * An economy written after a flow word, and what it is to the flow:
 * `owner`, whose exports, imports or balance they are ("exportations françaises",
 * "экспорт России", "déficit commercial de la France"); `origin`, where the goods
 * come from ("importations de biens algériens", "импорт китайских товаров").
 * "importaciones de China" (no article) is the origin unless the text names one
 * with "desde", when China owns them.
 */
export function economyAfterCue(
  sentence: string,
  mentions: EconomyMention[],
  cue: { flow?: Flow; end: number },
  originNamed: boolean,
): { owner: string | null; origin: string | null } {
  const none = { owner: null, origin: null };
  if (!isForeignSentence(sentence)) return none;
  const next = mentions.find((m) => m.start >= cue.end);
  if (!next || next.start - cue.end > 40) return none;
  const gap = sentence.slice(cue.end, next.start);
  const goodsNext = GOODS_NEXT.test(sentence.slice(next.end, next.end + 20));
  let role: 'owner' | 'origin' | 'of' | null = null;
  if (DIRECT.test(gap)) role = goodsNext ? 'origin' : 'owner';
  else if (OF_ARTICLE.test(gap)) role = 'owner';
  else if (OF_BARE.test(gap)) role = goodsNext ? 'origin' : 'of';
  else if (GOODS_GAP.test(gap)) role = 'origin';
  if (!role) return none;
  if (cue.flow === 'exports') return { owner: next.code, origin: null };
  if (cue.flow === 'imports') {
    if (role === 'owner' || (role === 'of' && originNamed)) return { owner: next.code, origin: null };
    return { owner: null, origin: next.code };
  }
  return role === 'origin' ? none : { owner: next.code, origin: null };
}
