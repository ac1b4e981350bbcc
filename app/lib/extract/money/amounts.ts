import type { SharedCurrencyWord } from '../../domain/currency-words';
import type { Hedge } from '../../domain/vocabulary';
import { readFigure, type Figure } from './figure';
import { foldEquivalents } from './equivalents';
import { hedgeBefore } from './hedge';
import { nextNumeralStart } from './numerals';

/** A sum of money in a sentence. Offsets are within the sentence. */
export interface Money {
  /** Start of the hedge when one is written right before the figure, else of the figure. */
  start: number;
  /** Start of the figure itself (its currency mark included), after any hedge. */
  figureStart: number;
  end: number;
  /** The amount in its currency; for a range ("$2-3 billion"), its upper bound. */
  value: number;
  currency: string;
  hedge: Hedge;
  /** A US dollar figure given alongside, as in "1.69 trillion yuan ($235.90 billion)". */
  usdEquivalent: number | null;
  /**
   * A word several economies share ("Rs", "dinars", "¥"), read later from the figure's pair;
   * `currency` holds its usual reading meanwhile ('' when it has none).
   */
  shared: SharedCurrencyWord | null;
  /** True when `shared` is set: what the period reader asks. */
  sharedName: boolean;
  /** Both bounds of a range ("$2-3 billion", "between $2 billion and $3 billion"); null for one amount. */
  range: { low: number; high: number } | null;
}

// No sentence states more sums than this; a "sentence" with more is a table or junk, and
// only its first ones are read, so that what is done for each stays small.
const MAX_SUMS = 100;
// What may follow a figure with no currency for it to take a neighbour's: a stop, or a word that goes
// on with the sentence ("in 2023", "contre", "y", "в"), not a noun like "tonnes".
const BARE_NEXT = new RegExp(
  '^(?:\\s*(?:[,.;:)]|$)|\\s+(?:'
    + ['in', 'during', 'for', 'last', 'this', 'next', 'by', 'and', 'or', 'from', 'to', 'compared', 'against', 'while',
      'respectively', 'a year', 'year-on-year', 'on', 'over', 'up', 'down', 'en', 'pour', 'contre', 'et', 'dans', 'au', 'à',
      'y', 'o', 'frente', 'para', 'durante', 'del', 'a', 'в', 'во', 'за', 'и', 'против', 'по', 'на', 'с', 'а'].join('|')
    + ')(?![\\p{L}]))',
  'iu',
);
const CARRY_DISTANCE = 120;

/**
 * Every sum of money stated in a sentence (the first hundred), with its hedge. A range ("$2-3 billion",
 * "between $2 billion and $3 billion") is one figure: its upper bound, "up to" unless a hedge is written,
 * as the labels have no range qualifier and the upper bound is what a range commits to (see figure.ts).
 * An equivalent in another currency is folded into the figure it restates (see equivalents.ts).
 */
export function findMoney(sentence: string): Money[] {
  const found: Money[] = [];
  const bare: Figure[] = [];
  for (let at = nextNumeralStart(sentence, 0); at >= 0 && found.length + bare.length < MAX_SUMS; ) {
    const read = readFigure(sentence, at);
    at = nextNumeralStart(sentence, Math.max(at + 1, read.skipTo));
    if (!read.figure) continue;
    if (read.figure.currency) found.push(toMoney(sentence, read.figure));
    else bare.push(read.figure);
  }
  const all = [...found, ...carryCurrency(sentence, bare, found)].sort((a, b) => a.start - b.start);
  return foldEquivalents(sentence, all);
}

function toMoney(sentence: string, figure: Figure): Money {
  const hedge = figure.plus ? null : hedgeBefore(sentence, figure.start, figure.end);
  const currency = figure.currency!;
  return {
    start: hedge ? figure.start - hedge.length : figure.start,
    figureStart: figure.start,
    end: figure.end,
    value: figure.value,
    currency: currency.code,
    hedge: figure.plus ? 'more than' : (hedge?.hedge ?? (figure.range ? 'up to' : 'exact')),
    usdEquivalent: currency.code === 'USD' ? figure.value : null,
    shared: currency.shared,
    sharedName: currency.shared !== null,
    range: figure.range,
  };
}

/** "$5 billion in 2022 and 6 billion in 2023": the second figure is in the first one's currency. */
function carryCurrency(sentence: string, bare: Figure[], found: Money[]): Money[] {
  const carried: Money[] = [];
  for (const figure of bare) {
    if (!figure.scaled || !BARE_NEXT.test(sentence.slice(figure.end, figure.end + 20))) continue;
    let nearest: Money | null = null;
    for (const money of found) if (!nearest || distance(money, figure) < distance(nearest, figure)) nearest = money;
    if (!nearest || distance(nearest, figure) > CARRY_DISTANCE) continue;
    carried.push(toMoney(sentence, { ...figure, currency: { code: nearest.currency, shared: nearest.shared } }));
  }
  return carried;
}

function distance(money: Money, figure: { start: number; end: number }): number {
  return money.end <= figure.start ? figure.start - money.end : money.start - figure.end;
}
