import type { Money } from '../money/amounts';
import { lastAtOrBefore, mentionsWithin, mostNamed, pairNamedIn, type Document } from '../text/document';
import type { EconomyMention } from './economies-in-text';
import type { Figure, ReadState } from './figures';
import type { Listed } from './lists';
import { mentionsBilateral, type Pair } from './pair-in-text';
import { findPeriods, type PeriodMention } from '../periods/periods-in-text';
import { LANGUAGE_CLAUSE } from './language-figure';
import type { Attribution, Span } from '../speakers/speaker';

/** What every figure of one sentence is read against. */
export interface SentenceContext {
  doc: Document;
  index: number;
  text: string;
  /** Offset of the sentence in the whole text. */
  start: number;
  statementDate: string;
  mentions: EconomyMention[];
  quotes: Span[];
  periods: PeriodMention[];
  clauses: number[];
  named: string[];
  bilateral: boolean;
  /** The statements read so far, in the earlier sentences, in order. */
  figures: readonly Figure[];
  /** The latest statement read so far, in any earlier sentence. */
  latest: Figure | null;
  /** The latest statement, when it is in this sentence's predecessor: the text may continue it. */
  previous: Figure | null;
  nearby: Pair | null;
  attribution: { found: Attribution | null } | null;
}

/** Where a figure stands among the others of its sentence. */
export interface Place {
  k: number;
  money: Money;
  /** The figure read just before, in the same sentence. */
  before: Figure | null;
  prevEnd: number;
  nextStart: number;
  window: string;
  /** The figure is one of a list matching a list of partners: "exports to X, Y and Z of $5bn, $3bn and $1bn". */
  listed: Listed | null;
}

// Where one clause ends and the next begins; a figure's period is looked for in its own clause first.
const CLAUSE = /;|:(?=\s)|,\s*(?:but|while|whereas|which|although|though)\b|\s(?:but|against|compared\s+(?:to|with)|versus|vs\.?|whereas|while)\s/gi;

export function sentenceContext(doc: Document, index: number, statementDate: string, state: ReadState): SentenceContext {
  const { text, start } = doc.sentences[index];
  const end = start + text.length;
  const mentions = mentionsWithin(doc, start, end).map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
  const latest = state.figures[state.figures.length - 1] ?? null;
  const previous = latest && latest.sentence >= index - 1 ? latest : null;
  return {
    doc,
    index,
    text,
    start,
    statementDate,
    mentions,
    quotes: quotesWithin(doc, start, end),
    periods: findPeriods(text, statementDate),
    clauses: [...text.matchAll(CLAUSE), ...text.matchAll(LANGUAGE_CLAUSE)].map((m) => m.index).sort((a, b) => a - b),
    named: mostNamed(doc, end, state.named),
    bilateral: mentionsBilateral(text),
    figures: state.figures,
    latest,
    previous,
    nearby: mentions.length > 0 ? null : previous ? previous.pair : pairNamedIn(doc, index - 1),
    attribution: null,
  };
}

/** The quotations overlapping [start, end): found by halving, as they are in order and apart, not by reading all for each sentence. */
function quotesWithin(doc: Document, start: number, end: number): Span[] {
  const inside: Span[] = [];
  for (let i = lastAtOrBefore(doc.quotes, (q) => q.start, end - 1); i >= 0 && doc.quotes[i].end > start; i--) inside.push(doc.quotes[i]);
  return inside.reverse();
}
