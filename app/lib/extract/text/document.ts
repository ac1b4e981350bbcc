import countries from 'i18n-iso-countries';
import { findMoney, type Money } from '../money/amounts';
import type { CurrencyContext } from '../money/currency-of';
import { economiesInUrl, findEconomies, type EconomyMention } from '../roles/economies-in-text';
import { JOINED_NAMES } from '../roles/language-pair';
import type { Pair } from '../roles/pair-in-text';
import { splitSentences, type Sentence } from './sentences';
import { findAcronyms } from '../speakers/acronyms';
import { findPersons, findQuotes, type Person, type Span } from '../speakers/speaker';

export { currencyOf } from '../money/currency-of';

/** Everything read once from the whole text; offsets are within the whole text. */
export interface Document extends CurrencyContext {
  text: string;
  sentences: (Sentence & { money: Money[] })[];
  quotes: Span[];
  mentions: EconomyMention[];
  urlEconomies: string[];
  persons: Person[];
  acronyms: Map<string, string>;
}

// Country-code domains whose letters are not the country's ISO code.
const DOMAIN_COUNTRIES: Record<string, string> = { uk: 'GBR' };

export function readDocument(text: string, url: string | null | undefined): Document {
  const sentences = splitSentences(text).map((s) => ({ ...s, money: findMoney(s.text) }));
  return {
    text,
    sentences,
    quotes: findQuotes(text),
    mentions: joinedOnly(text, findEconomies(text)),
    urlEconomies: economiesInUrl(url),
    persons: findPersons(text),
    acronyms: findAcronyms(text),
    namedCurrencies: new Set(sentences.flatMap((s) => s.money.filter((m) => !m.shared).map((m) => m.currency))),
    outletEconomy: economyOfOutlet(url),
  };
}

function economyOfOutlet(url: string | null | undefined): string | null {
  let host = '';
  try {
    host = url ? new URL(url).hostname : '';
  } catch {
    return null;
  }
  const domain = host.split('.').pop() ?? '';
  if (domain.length !== 2) return null;
  return DOMAIN_COUNTRIES[domain] ?? countries.alpha2ToAlpha3(domain.toUpperCase()) ?? null;
}

/** The economies named inside [start, end). */
export function mentionsWithin(doc: Document, start: number, end: number): EconomyMention[] {
  const first = lastAtOrBefore(doc.mentions, (m) => m.start, start - 1) + 1;
  const last = lastAtOrBefore(doc.mentions, (m) => m.start, end - 1);
  return doc.mentions.slice(first, last + 1).filter((m) => m.end <= end);
}

// Where a capital stands for its government: "Beijing's exports", "in Canberra's favour", "the deficit with Beijing",
// "exports to Moscow". Elsewhere it is a place ("talks in Kabul").
const GOVERNMENT_AFTER = /^['’]s\b/;
const GOVERNMENT_BEFORE = /(?:\b(?:with|against|vis-à-vis|vis-a-vis|favou?r\s+of)|\b(?:exports?|imports?|shipments|deliveries|supplies)\s+(?:to|from))\s+$/i;

/**
 * A combining form ("Sino-") counts only when it is joined to another economy, as in "Sino-Russian"; a capital
 * too ("Moscow-Beijing"), or where it stands for its government.
 */
function joinedOnly(text: string, mentions: EconomyMention[]): EconomyMention[] {
  const joined = (x: EconomyMention | undefined, y: EconomyMention | undefined) =>
    !!x && !!y && y.start - x.end <= 8 && JOINED_NAMES.test(text.slice(x.end, y.start));
  const government = (m: EconomyMention) => !m.combining
    && (GOVERNMENT_AFTER.test(text.slice(m.end, m.end + 3)) || GOVERNMENT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)));
  return mentions.filter((m, i) => !m.capital || joined(mentions[i - 1], m) || joined(m, mentions[i + 1]) || government(m));
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
    soFar.counts.set(m.code, { count: (soFar.counts.get(m.code)?.count ?? 0) + 1, last: m.start });
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
