import { findMoney, type Money } from './amounts';
import { economiesInUrl, findEconomies, type EconomyMention } from './economies-in-text';
import { splitSentences, type Sentence } from './sentences';
import { findAcronyms, findPersons, type Person } from './speaker';

/** Everything read once from the whole text; offsets are within the whole text. */
export interface Document {
  text: string;
  sentences: (Sentence & { money: Money[] })[];
  paragraphs: { start: number; text: string }[];
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
  const paragraphs: Document['paragraphs'] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    paragraphs.push({ start, text: line });
    start += line.length + 1;
  }
  const named = new Set(sentences.flatMap((s) => s.money.filter((m) => !m.sharedName).map((m) => m.currency)));
  const rupees = RUPEES.filter((code) => named.has(code));
  return {
    text,
    sentences,
    paragraphs,
    mentions: findEconomies(text),
    urlEconomies: economiesInUrl(url),
    persons: findPersons(text),
    acronyms: findAcronyms(text),
    specificRupee: rupees.length === 1 ? rupees[0] : null,
  };
}
