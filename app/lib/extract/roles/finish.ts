import type { Hedge, Kind } from '../../domain/vocabulary';
import type { Figure } from './figures';
import type { Period } from '../../domain/period';

/** A statement ready to be returned, before indices are assigned. */
export interface Proposal {
  figure: Figure;
  kind: Kind;
  value: number;
  hedge: Hedge;
  period: Period;
  valueText: string;
  valueSpan: [number, number];
  /** The proposal this one is worked out from, and how. */
  parent: Proposal | null;
  derivation: string | null;
}

const SAME_VALUE = 0.005;

/** Turns figures into proposals: adds the figures a relative claim or a met target implies, drops restatements. */
export function finish(figures: Figure[], statementDate: string): Proposal[] {
  const kept = figures.filter((f, i) => !restates(f, figures.slice(0, i)) && !undatedCopy(f, figures) && !inOtherTerms(f, figures.slice(0, i)));
  const proposals: Proposal[] = [];
  for (const figure of kept) {
    const own = stated(figure);
    proposals.push(own);
    const implied = baselineOf(own, kept, statementDate) ?? targetMetBy(own, statementDate);
    if (implied) proposals.push(implied);
  }
  return proposals;
}

function stated(figure: Figure): Proposal {
  const { money } = figure;
  return {
    figure,
    kind: figure.kind,
    // A balance is signed from economy A's side: its deficit is negative.
    value: figure.sign * money.value,
    hedge: figure.hedge,
    period: figure.period,
    valueText: balanceWords(figure, figure.quote.slice(money.start, money.end)),
    valueSpan: [money.start, money.end],
    parent: null,
    derivation: null,
  };
}

/** "$1 billion last year, a twofold rise from the year before" implies about $0.5 billion the year before. */
function baselineOf(parent: Proposal, figures: Figure[], statementDate: string): Proposal | null {
  const { figure } = parent;
  const claim = figure.claim;
  if (!claim || !figure.periodStated) return null;
  const period = claim.baseline(figure.period);
  if (!period || period.end > statementDate) return null;
  // The text gives the baseline itself, as in "2.1 times higher than in 2021 (474.3 million)".
  const given = figures.some((f) => f !== figure && f.sentence === figure.sentence && f.flow === figure.flow && samePair(f, figure) && f.period.start <= figure.period.start);
  if (given) return null;
  const value = roughly(figure.money.value / claim.factor);
  const phrase = figure.quote.slice(claim.start, claim.end);
  return {
    figure,
    kind: 'reported',
    value,
    hedge: figure.hedge === 'exact' ? 'approximately' : figure.hedge,
    period,
    valueText: phrase,
    valueSpan: [claim.start, claim.end],
    parent,
    derivation: `${phrase}: ${figure.money.value} ÷ ${Number(claim.factor.toFixed(6))}`,
  };
}

/**
 * "We have crossed the target of $30 billion": trade so far is above that figure. The text states it
 * in so many words, so it is a statement of its own (no parent), not a figure worked out from another.
 */
function targetMetBy(target: Proposal, statementDate: string): Proposal | null {
  const { figure } = target;
  if (!figure.targetMet) return null;
  const year = statementDate.slice(0, 4);
  return {
    ...target,
    kind: 'reported',
    hedge: figure.targetMet,
    period: { start: `${year}-01-01`, end: `${year}-12-31`, label: `not stated (as of ${statementDate})` },
    parent: null,
    derivation: `the target was met: ${figure.targetMet} ${figure.money.value}`,
  };
}

/** A lede's "reaching $1 billion" and a later "this year it exceeded $1 billion" are one statement: keep the dated one. */
function undatedCopy(figure: Figure, figures: Figure[]): boolean {
  return !figure.periodStated && figures.some((g) => g !== figure && g.periodStated && sameFact(figure, g));
}

// "Exports rose to Tk 11,460 crore… In dollar terms, the shipments were worth about $960 million": the same statement in another currency.
const OTHER_TERMS = /^\s*in\s+(?:[\w-]+\s+){1,2}terms\b/i;

/** A sentence opened by "In dollar terms" that gives the sentence before's statement in another currency restates it. */
function inOtherTerms(figure: Figure, earlier: Figure[]): boolean {
  if (!OTHER_TERMS.test(figure.quote)) return false;
  return earlier.some((e) => e.sentence === figure.sentence - 1 && e.flow === figure.flow && e.currency !== figure.currency && samePair(e, figure));
}

function restates(figure: Figure, earlier: Figure[]): boolean {
  return earlier.some((e) => sameFact(figure, e) && e.period.start === figure.period.start && e.period.end === figure.period.end && e.hedge === figure.hedge);
}

function sameFact(a: Figure, b: Figure): boolean {
  return a.flow === b.flow && a.kind === b.kind && a.currency === b.currency && samePair(a, b)
    && Math.abs(a.money.value - b.money.value) <= SAME_VALUE * Math.max(a.money.value, b.money.value);
}

function samePair(a: Figure, b: Figure): boolean {
  if (a.flow === 'total') return (a.pair.a === b.pair.a && a.pair.b === b.pair.b) || (a.pair.a === b.pair.b && a.pair.b === b.pair.a);
  return a.pair.a === b.pair.a && a.pair.b === b.pair.b;
}

/** A balance's value in words that carry its sign, "a deficit of €291 billion", so the form reads it as A's negative. */
function balanceWords(figure: Figure, words: string): string {
  return figure.flow === 'balance' ? `a ${figure.sign < 0 ? 'deficit' : 'surplus'} of ${words}` : words;
}

/** Four significant digits: a figure worked out from a rounded ratio is no more precise than that. */
function roughly(value: number): number {
  return Number(value.toPrecision(4));
}
