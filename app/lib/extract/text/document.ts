import countries from 'i18n-iso-countries';
import { codesOf, resolveSharedWord } from '../../domain/currency-words';
import { findMoney, type Money } from '../money/amounts';
import { economiesInUrl, findEconomies, type EconomyMention } from '../roles/economies-in-text';
import type { Pair } from '../roles/pair-in-text';
import { splitSentences, type Sentence } from './sentences';
import { findAcronyms } from '../speakers/acronyms';
import { findPersons, findQuotes, type Person, type Span } from '../speakers/speaker';

/** Everything read once from the whole text; offsets are within the whole text. */
export interface Document {
  text: string;
  sentences: (Sentence & { money: Money[] })[];
  quotes: Span[];
  mentions: EconomyMention[];
  urlEconomies: string[];
  persons: Person[];
  acronyms: Map<string, string>;
  /** Currencies the text names plainly ("NPR", "Nepalese rupees"), for a shared word elsewhere ("Rs"). */
  namedCurrencies: Set<string>;
  /** The economy of the outlet's country-code address (.np, .pk, .jp): it writes "Rs" or "¥" for its own. */
  outletEconomy: string | null;
}

// Country-code domains whose letters are not the country's ISO code.
const DOMAIN_COUNTRIES: Record<string, string> = { uk: 'GBR' };

export function readDocument(text: string, url: string | null | undefined): Document {
  const sentences = splitSentences(text).map((s) => ({ ...s, money: findMoney(s.text) }));
  return {
    text,
    sentences,
    quotes: findQuotes(text),
    mentions: findEconomies(text),
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

/**
 * The currency of a figure. A shared word ("Rs", "dinars", "¥") is read as the
 * one currency of its kind the text names plainly elsewhere, else the outlet's
 * country's, else the pair's (economy A first: see currency-words.ts); '' when
 * none of them uses the word and it has no usual reading.
 */
export function currencyOf(doc: Document, money: Money, pair: Pair): string {
  const word = money.shared;
  if (!word) return money.currency;
  const named = codesOf(word).filter((code) => doc.namedCurrencies.has(code));
  if (named.length === 1) return named[0];
  const outlet = doc.outletEconomy ? word.byEconomy[doc.outletEconomy] : undefined;
  if (outlet) return outlet;
  return resolveSharedWord(word, '', { economyA: pair.a, economyB: pair.b })?.code ?? '';
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
