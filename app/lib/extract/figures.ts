import type { Flow, Hedge, Kind } from '../domain/vocabulary';
import type { Money } from './amounts';
import {
  currencyOf, lastAtOrBefore, mentionsWithin, mostNamed, pairNamedIn, startCounting, type Document, type NamedSoFar,
} from './document';
import type { EconomyMention } from './economies-in-text';
import { cueAfter, isOneCommodity, lastCue, manyPartners, type Cue } from './flow';
import { kindOf } from './kind';
import { mentionsBilateral, resolvePair, type Pair } from './pair-in-text';
import { findPeriods, type PeriodMention } from './periods-in-text';
import { calendarYear, shiftYears, yearOfDate, type Period } from './periods-relative';
import { claimAfter, claimBefore, type RelativeClaim } from './relative';
import { attributionInSentence, attributionOfQuote, resolveSpeaker, type Attribution, type Span } from './speaker';

/** A statement as first read from one figure; offsets are within its sentence. */
export interface Figure {
  sentence: number;
  quote: string;
  money: Money;
  pair: Pair;
  flow: Flow;
  kind: Kind;
  hedge: Hedge;
  currency: string;
  period: Period;
  /** False when the text gives no period and the statement date's year stands in. */
  periodStated: boolean;
  speaker: string | null;
  claim: RelativeClaim | null;
  /** "We have crossed the target of $30 billion": the figure is also a lower bound on actual trade. */
  targetMet: Hedge | null;
  /** Given only to compare with, as in "against exports of $257.9 million". */
  compared: boolean;
}

export interface ReadState {
  figures: Figure[];
  lastSpeaker: string | null;
  named: NamedSoFar;
}

// Where one clause ends and the next begins; a figure's period is looked for in its own clause first.
const CLAUSE = /;|:(?=\s)|,\s*(?:but|while|whereas|which|although|though)\b|\s(?:but|against|compared\s+(?:to|with)|versus|vs\.?|whereas|while)\s/gi;
// A figure given only to compare with: "against exports of $257.9 million", "up from $4 billion".
const COMPARED = /\b(?:against|compared\s+(?:to|with)|versus|vs\.?|from|than)\s+(?:(?:exports?|imports?|trade|turnover|a|an|the|of|only|just|some)\s+){0,3}$/i;
// "fell by $200 million", "an increase of $1.2 billion": a change, not a volume.
const CHANGE = /\b(?:(?:rose|risen|increased|grew|grown|fell|fallen|dropped|declined|decreased|jumped|climbed|shrank|shrunk|up|down)\s+(?:by\s+)?|(?:an?\s+)?(?:increase|rise|growth|decline|decrease|drop|fall|jump|reduction)\s+(?:of\s+|by\s+)?)$/i;
// Words that point back to the statement before: "this amount will surpass…", "set a goal of…".
const ANAPHOR = /\b(?:this|that|the)\s+(?:amount|figure|volume|sum|number|value|turnover|indicator)\b|\bit\b|\b(?:goal|target|objective)\s+(?:of|is|was|at)\s*$/i;
const TARGET_MET = /\b(crossed|exceeded|surpassed|overshot|beaten|beat|achieved|met|reached|hit)\s+(?:(?:the|its|our|their|a)\s+)?(?:[\w-]+\s+){0,4}?(?:target|goal)\b[^.;]*$/i;
const MET_HEDGE: Record<string, Hedge> = { crossed: 'more than', exceeded: 'more than', surpassed: 'more than', overshot: 'more than', beaten: 'more than', beat: 'more than' };
// How far from a figure its pair is looked for; real sentences are shorter, run-on junk is not.
const NEIGHBOURHOOD = 400;

/** What every figure of one sentence is read against. */
interface SentenceContext {
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
  /** The latest statement read so far, in any earlier sentence. */
  latest: Figure | null;
  /** The latest statement, when it is in this sentence's predecessor: the text may continue it. */
  previous: Figure | null;
  nearby: Pair | null;
  attribution: { found: Attribution | null } | null;
}

/** Where a figure stands among the others of its sentence. */
interface Place {
  k: number;
  money: Money;
  /** The figure read just before, in the same sentence. */
  before: Figure | null;
  prevEnd: number;
  nextStart: number;
  window: string;
}

export function startReading(doc: Document): ReadState {
  return { figures: [], lastSpeaker: null, named: startCounting(doc) };
}

/** Reads every figure of one sentence that states a bilateral trade volume. */
export function readSentence(doc: Document, index: number, statementDate: string, state: ReadState): Figure[] {
  const sentence = doc.sentences[index];
  const { text, start } = sentence;
  const end = start + text.length;
  const mentions = mentionsWithin(doc, start, end).map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
  const latest = state.figures[state.figures.length - 1] ?? null;
  const previous = latest && latest.sentence >= index - 1 ? latest : null;
  const context: SentenceContext = {
    doc,
    index,
    text,
    start,
    statementDate,
    mentions,
    quotes: doc.quotes.filter((q) => q.end > start && q.start < end),
    periods: findPeriods(text, statementDate),
    clauses: [...text.matchAll(CLAUSE)].map((m) => m.index),
    named: mostNamed(doc, end, state.named),
    bilateral: mentionsBilateral(text),
    latest,
    previous,
    nearby: mentions.length > 0 ? null : previous ? previous.pair : pairNamedIn(doc, index - 1),
    attribution: null,
  };

  const found: Figure[] = [];
  // Where the words describing the next figure begin; a skipped change figure does not move it.
  let cueFrom = 0;
  sentence.money.forEach((money, k) => {
    const last = found[found.length - 1];
    const prevEnd = k > 0 ? sentence.money[k - 1].end : 0;
    const place: Place = {
      k,
      money,
      before: last && last.money === sentence.money[k - 1] ? last : null,
      prevEnd,
      nextStart: sentence.money[k + 1]?.start ?? text.length,
      window: text.slice(prevEnd, money.start),
    };
    // "fell by $200 million to $1.1 billion": the first is a change, the words before it describe the second.
    if (CHANGE.test(place.window.slice(-40))) return;
    const figure = readFigure(context, place, cueFrom, state);
    cueFrom = money.end;
    if (figure) found.push(figure);
  });
  sharePeriods(found);
  if (previous) inheritPeriod(found, previous);
  return found;
}

function readFigure(context: SentenceContext, place: Place, cueFrom: number, state: ReadState): Figure | null {
  const { text, previous } = context;
  const { money, before, window } = place;
  const after = cueAfter(text, money.end);
  const cue: Cue | null = after ?? lastCue(text, cueFrom, money.start);
  if (cue?.measures === 'other') return null;

  let pair: Pair | null;
  let flow: Flow;
  if (cue) {
    if (isOneCommodity(text, cue, money.end)) return null;
    pair = pairOf(context, place, cue, after !== null);
    flow = cue.flow;
  } else {
    // Without a word of its own, a figure continues the one before it: "…and is expected to rise to $2 billion".
    const source = before ?? (place.k === 0 && previous && ANAPHOR.test(window) ? previous : null);
    if (!source) return null;
    // "…with trade of $24.1 billion, followed by Russia at $26.1 billion": a new economy, so not a continuation.
    const named = context.mentions.filter((m) => m.start >= place.prevEnd && m.end <= money.start);
    if (named.some((m) => m.code !== source.pair.a && m.code !== source.pair.b)) return null;
    pair = source.pair;
    flow = source.flow;
  }
  if (!pair || pair.a === pair.b) return null;

  const compared = COMPARED.test(window.slice(-40));
  const { period, periodStated, target } = periodOf(context, place, compared);
  const kind = kindOf(window, periodStated ? period : null, target, context.statementDate);
  const met = kind === 'projected' ? TARGET_MET.exec(window) : null;
  const speaker = speakerOf(context, place, state);
  return {
    sentence: context.index,
    quote: text,
    money,
    pair,
    flow,
    kind,
    hedge: money.hedge,
    currency: currencyOf(context.doc, money, pair),
    period,
    periodStated,
    speaker,
    claim: compared ? null : (claimBefore(text, place.prevEnd, money.start) ?? claimAfter(text, money.end, place.nextStart)),
    targetMet: met ? (MET_HEDGE[met[1].toLowerCase()] ?? 'at least') : null,
    compared,
  };
}

function pairOf(context: SentenceContext, place: Place, cue: Cue & { measures: 'trade' }, cueIsAfter: boolean): Pair | null {
  const { text, mentions, previous } = context;
  const { money, before, nextStart } = place;
  // "from X" and "to Y" are looked for after the cue, up to a comma or the next clause.
  const roleEnd = (from: number) => {
    const cut = text.slice(from, Math.min(nextStart, from + 60)).search(/[;,]|\b(?:and|while|whereas|but)\b/);
    return cut === -1 ? Math.min(nextStart, from + 60) : from + cut;
  };
  const regions: [number, number][] = cue.start > money.end
    ? [[cue.end, roleEnd(cue.end)]]
    : [[cue.end, money.figureStart], [money.end, roleEnd(money.end)]];
  const first = lastAtOrBefore(mentions, (m) => m.start, money.start - NEIGHBOURHOOD) + 1;
  const last = lastAtOrBefore(mentions, (m) => m.start, money.end + NEIGHBOURHOOD);
  // "…, $1 billion of which were exports": a part of the figure before.
  const continued = before ?? (cueIsAfter ? previous : null);
  return resolvePair(text, mentions.slice(first, last + 1), cue, regions, {
    inherited: continued?.pair ?? null,
    inheritedDirected: continued !== null && continued.flow !== 'total',
    previous: context.latest?.pair ?? null,
    named: context.named,
    bilateral: context.bilateral,
    manyPartners: manyPartners(text, cue),
    nearby: context.nearby,
  });
}

function periodOf(context: SentenceContext, place: Place, compared: boolean): { period: Period; periodStated: boolean; target: boolean } {
  const { periods, clauses, text, statementDate } = context;
  const { money, before } = place;
  const clauseStart = Math.max(place.prevEnd, clauses[lastAtOrBefore(clauses, (c) => c, money.start)] ?? 0);
  const clauseEnd = Math.min(place.nextStart, clauses[lastAtOrBefore(clauses, (c) => c, money.end - 1) + 1] ?? text.length);
  const anchor = before?.period ?? context.previous?.period ?? null;
  const resolve = (mention: PeriodMention) => mention.resolve(mention.anaphoric ? anchor : null);

  const chosen = choosePeriod(periods, money, clauseStart, clauseEnd);
  const target = chosen?.target ?? false;
  const own = chosen ? resolve(chosen) : null;
  if (own) return { period: own, periodStated: true, target };
  // "against exports of $257.9 million": with no period of its own, a year before the figure it is compared with.
  if (compared && before?.periodStated) return { period: shiftYears(before.period, -1), periodStated: true, target };
  const earlier = periods[lastAtOrBefore(periods, (p) => p.end, clauseStart)];
  const inherited = earlier ? resolve(earlier) : null;
  if (inherited) return { period: inherited, periodStated: true, target };
  const period = { ...calendarYear(yearOfDate(statementDate)), label: `not stated (as of ${statementDate})` };
  return { period, periodStated: false, target };
}

function speakerOf(context: SentenceContext, place: Place, state: ReadState): string | null {
  const { doc, text, start, quotes } = context;
  const figureAt = start + place.money.figureStart;
  const quote = quotes.find((q) => q.start < figureAt && figureAt < q.end);
  context.attribution ??= { found: attributionInSentence(text) };
  const attribution = (quote && attributionOfQuote(doc.text, quote)) || context.attribution.found;
  const speaker = attribution
    ? resolveSpeaker(attribution, doc.persons, doc.acronyms, start, state.lastSpeaker)
    : (place.before?.speaker ?? context.previous?.speaker ?? null);
  if (speaker) state.lastSpeaker = speaker;
  return speaker;
}

/** The period nearest the figure within its clause, not reaching past another figure. */
function choosePeriod(periods: PeriodMention[], money: Money, from: number, to: number): PeriodMention | null {
  let best: PeriodMention | null = null;
  let bestDistance = Infinity;
  for (let i = lastAtOrBefore(periods, (p) => p.start, from - 1) + 1; i < periods.length && periods[i].start < to; i++) {
    const p = periods[i];
    if (p.end > to) continue;
    const distance = p.end <= money.start ? money.start - p.end : p.start - money.end;
    if (distance < bestDistance || (distance === bestDistance && p.start > money.end)) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

/** "Exports grew to $3.2 billion, while imports stood at $5.1 billion in 2022": both are 2022. */
function sharePeriods(found: Figure[]): void {
  found.forEach((figure, i) => {
    if (figure.periodStated) return;
    const later = found.slice(i + 1).find((f) => f.periodStated && f.kind === figure.kind && !f.compared);
    if (later) Object.assign(figure, { period: later.period, periodStated: true });
  });
}

/** "Trade reached $2.5 billion in 2022. Of this, exports were $1.9 billion": the period carries over. */
function inheritPeriod(found: Figure[], previous: Figure): void {
  if (!previous.periodStated || previous.kind !== 'reported') return;
  for (const figure of found) {
    if (!figure.periodStated && figure.kind === 'reported') Object.assign(figure, { period: previous.period, periodStated: true });
  }
}
