import { findMoney, type Money } from './amounts';
import { economiesInUrl, findEconomies, type EconomyMention } from './economies-in-text';
import { splitSentences, type Sentence } from './sentences';
import { findAcronyms, findPersons, findQuotes, type Person, type Span } from './speaker';

/** Everything read once from the whole text; offsets are within the whole text. */
export interface Document {
  text: string;
  sentences: (Sentence & { money: Money[] })[];
  quotes: Span[];
  mentions: EconomyMention[];
  urlEconomies: string[];
  persons: Person[];
  acronyms: Map<string, string>;
  /** A currency specific to one country that the text names, for reading a bare "Rs" or "rupees". */
  specificRupee: string | null;
}

const RUPEES = ['NPR', 'PKR', 'LKR'];

export function readDocument(text: string, url: string | null | undefined): Document {
  const sentences = splitSentences(text).map((s) => ({ ...s, money: findMoney(s.text) }));
  const named = new Set(sentences.flatMap((s) => s.money.filter((m) => !m.sharedName).map((m) => m.currency)));
  const rupees = RUPEES.filter((code) => named.has(code));
  return {
    text,
    sentences,
    quotes: findQuotes(text),
    mentions: findEconomies(text),
    urlEconomies: economiesInUrl(url),
    persons: findPersons(text),
    acronyms: findAcronyms(text),
    specificRupee: rupees.length === 1 ? rupees[0] : null,
  };
}
