import { findMoney, type Money } from './amounts';
import { economiesInUrl, findEconomies, type EconomyMention } from './economies-in-text';
import type { Pair } from './pair-in-text';
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
  /** The rupee a bare "Rs" or "rupees" means: one the text names elsewhere, else the outlet's country's. */
  specificRupee: string | null;
}

// "Rs" is India's rupee unless the text is about another rupee country and not India.
const RUPEES: Record<string, string> = { PAK: 'PKR', NPL: 'NPR', LKA: 'LKR' };
// An outlet writes "Rs" for its own country's rupee: one at a .np, .pk, .lk or .in address.
const RUPEE_DOMAINS: Record<string, string> = { np: 'NPR', pk: 'PKR', lk: 'LKR', in: 'INR' };

export function readDocument(text: string, url: string | null | undefined): Document {
  const sentences = splitSentences(text).map((s) => ({ ...s, money: findMoney(s.text) }));
  const named = new Set(sentences.flatMap((s) => s.money.filter((m) => !m.sharedName).map((m) => m.currency)));
  const rupees = Object.values(RUPEES).filter((code) => named.has(code));
  const outlet = rupeeOfOutlet(url);
  return {
    text,
    sentences,
    quotes: findQuotes(text),
    mentions: findEconomies(text),
    urlEconomies: economiesInUrl(url),
    persons: findPersons(text),
    acronyms: findAcronyms(text),
    specificRupee: rupees.length === 1 ? rupees[0] : outlet,
  };
}

function rupeeOfOutlet(url: string | null | undefined): string | null {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    return null;
  }
  return RUPEE_DOMAINS[host.split('.').pop() ?? ''] ?? null;
}

/** The currency of a figure, reading a shared name such as "Rs" by what the text is about. */
export function currencyOf(doc: Document, money: Money, pair: Pair): string {
  if (!money.sharedName) return money.currency;
  if (doc.specificRupee) return doc.specificRupee;
  if (pair.a === 'IND' || pair.b === 'IND') return money.currency;
  return RUPEES[pair.a] ?? RUPEES[pair.b] ?? money.currency;
}

/** The economies named inside [start, end); a capital only when it is joined to another, as in "Moscow-Beijing". */
export function mentionsWithin(doc: Document, start: number, end: number): EconomyMention[] {
  const first = lastAtOrBefore(doc.mentions, (m) => m.start, start - 1) + 1;
  const last = lastAtOrBefore(doc.mentions, (m) => m.start, end - 1);
  const inside = doc.mentions.slice(first, last + 1).filter((m) => m.end <= end);
  const joined = (x: EconomyMention | undefined, y: EconomyMention | undefined) =>
    !!x && !!y && /^\s*(?:[-–—/]|and|&)\s*$/i.test(doc.text.slice(x.end, y.start));
  return inside.filter((m, i) => !m.capital || joined(inside[i - 1], m) || joined(m, inside[i + 1]));
}

/** The two economies a sentence names, when it names exactly two. */
export function pairNamedIn(doc: Document, index: number): Pair | null {
  const sentence = doc.sentences[index];
  if (!sentence) return null;
  const mentions = mentionsWithin(doc, sentence.start, sentence.start + sentence.text.length);
  const codes = [...new Set(mentions.filter((m) => !m.capital).map((m) => m.code))];
  return codes.length === 2 ? { a: codes[0], b: codes[1] } : null;
}

/** Counts of economies named so far, read forward as the sentences are. */
export interface NamedSoFar {
  counts: Map<string, { count: number; last: number }>;
  upTo: number;
}

export function startCounting(doc: Document): NamedSoFar {
  return { counts: new Map(doc.urlEconomies.map((code, i) => [code, { count: 1, last: -1 - i }])), upTo: 0 };
}

/** Economies named before `end` and in the page address, the most named first, ties to the latest. */
export function mostNamed(doc: Document, end: number, soFar: NamedSoFar): string[] {
  for (; soFar.upTo < doc.mentions.length && doc.mentions[soFar.upTo].end <= end; soFar.upTo++) {
    const m = doc.mentions[soFar.upTo];
    if (!m.capital) soFar.counts.set(m.code, { count: (soFar.counts.get(m.code)?.count ?? 0) + 1, last: m.start });
  }
  return [...soFar.counts.entries()].sort(([, x], [, y]) => y.count - x.count || y.last - x.last).map(([code]) => code);
}

/** Index of the last item whose key is at most `at`, in a list sorted by that key; -1 if none. */
export function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let [low, high] = [0, items.length - 1];
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (key(items[mid]) <= at) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
