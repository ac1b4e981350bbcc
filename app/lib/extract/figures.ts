import type { Flow, Hedge, Kind } from '../domain';
import type { Money } from './amounts';
import type { Document } from './document';
import type { EconomyMention } from './economies-in-text';
import { cueAfter, isOneCommodity, lastCue, manyPartners, type Cue } from './flow';
import { kindOf } from './kind';
import { mentionsBilateral, resolvePair, type Pair } from './pair-in-text';
import { findPeriods, type PeriodMention } from './periods-in-text';
import { calendarYear, shiftYears, yearOfDate, type Period } from './periods-relative';
import { claimAfter, claimBefore, type RelativeClaim } from './relative';
import { attributionInSentence, attributionOfQuote, type Attribution } from './speaker';

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

export interface ReadState {
  figures: Figure[];
  lastSpeaker: string | null;
  /** How often each economy is named in the text read so far, and where last. */
  named: Map<string, { count: number; last: number }>;
  namedUpTo: number;
}

export function startReading(doc: Document): ReadState {
  const named = new Map(doc.urlEconomies.map((code, i) => [code, { count: 1, last: -1 - i }]));
  return { figures: [], lastSpeaker: null, named, namedUpTo: 0 };
}

/** Reads every figure of one sentence that states a bilateral trade volume. */
export function readSentence(doc: Document, index: number, statementDate: string, state: ReadState): Figure[] {
  const sentence = doc.sentences[index];
  const text = sentence.text;
  const end = sentence.start + text.length;
  const mentions: EconomyMention[] = onlyPairedCapitals(text, mentionsWithin(doc, sentence.start, end).map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start })));
  const quotes = doc.quotes.filter((q) => q.end > sentence.start && q.start < end);
  let sentenceAttribution: { found: Attribution | null } | null = null;
  const bilateral = mentionsBilateral(text);
  const named = mostNamed(doc, end, state);
  const periods = findPeriods(text, statementDate);
  const clauses = [...text.matchAll(CLAUSE)].map((m) => m.index);
  const previousStatement = state.figures[state.figures.length - 1] ?? null;
  const follows = previousStatement !== null && previousStatement.sentence >= index - 1;
  const nearby = mentions.length > 0 ? null : follows ? previousStatement.pair : pairNamedIn(doc, index - 1);
  const found: Figure[] = [];
  let cueFrom = 0;
  let lastFigure: Figure | null = null;

  sentence.money.forEach((money, k) => {
    const before = lastFigure?.money === sentence.money[k - 1] ? lastFigure : null;
    const prevEnd = k > 0 ? sentence.money[k - 1].end : 0;
    const nextStart = sentence.money[k + 1]?.start ?? text.length;
    const window = text.slice(prevEnd, money.start);
    const clauseStart = Math.max(prevEnd, clauses[lastAtOrBefore(clauses, (c) => c, money.start)] ?? 0);
    const clauseEnd = Math.min(nextStart, clauses[lastAtOrBefore(clauses, (c) => c, money.end - 1) + 1] ?? text.length);

    // A change figure is skipped, but its words still describe the figure it leads to: "fell by $200 million to $1.1 billion".
    const from = cueFrom;
    cueFrom = money.end;
    if (CHANGE.test(window.slice(-40))) {
      cueFrom = from;
      return;
    }
    const after = cueAfter(text, money.end);
    const cue: Cue | null = after ?? lastCue(text, from, money.start);
    if (cue?.measures === 'other') return;
    // Without a word of its own, a figure continues the one before it: "…and is expected to rise to $2 billion".
    const source = cue ? null : before ?? (k === 0 && follows && ANAPHOR.test(window) ? previousStatement : null);
    if (!cue && !source) return;
    // "…with trade of $24.1 billion, followed by Russia at $26.1 billion": a new economy, so not a continuation.
    if (source && mentions.some((m) => m.start >= prevEnd && m.end <= money.start && m.code !== source.pair.a && m.code !== source.pair.b)) return;

    let pair: Pair | null;
    let flow: Flow;
    if (cue) {
      if (isOneCommodity(text, cue, money.end)) return;
      const roleEnd = (from: number) => {
        const cut = text.slice(from, Math.min(nextStart, from + 60)).search(/[;,]|\b(?:and|while|whereas|but)\b/);
        return cut === -1 ? Math.min(nextStart, from + 60) : from + cut;
      };
      const regions: [number, number][] = cue.start > money.end
        ? [[cue.end, roleEnd(cue.end)]]
        : [[cue.end, money.figureStart], [money.end, roleEnd(money.end)]];
      const first = lastAtOrBefore(mentions, (m) => m.start, money.start - NEIGHBOURHOOD) + 1;
      const last = lastAtOrBefore(mentions, (m) => m.start, money.end + NEIGHBOURHOOD);
      const near = mentions.slice(first, last + 1);
      pair = resolvePair(text, near, cue, regions, {
        inherited: before?.pair ?? (after && follows ? previousStatement.pair : null),
        inheritedDirected: (before ?? (after && follows ? previousStatement : null))?.flow !== 'total' && (before !== null || (after !== null && follows)),
        previous: previousStatement?.pair ?? null,
        named,
        bilateral,
        manyPartners: manyPartners(text, cue),
        nearby,
      });
      flow = cue.flow;
    } else {
      pair = source!.pair;
      flow = source!.flow;
    }
    if (!pair || pair.a === pair.b) return;

    const compared = COMPARED.test(window.slice(-40));
    const anchor = before?.period ?? (follows ? previousStatement.period : null);
    const chosen = choosePeriod(periods, money, clauseStart, clauseEnd);
    let period: Period | null = chosen ? chosen.resolve(chosen.anaphoric ? anchor : null) : null;
    let periodStated = period !== null;
    if (!period && compared && before?.periodStated) {
      period = shiftYears(before.period, -1);
      periodStated = true;
    }
    if (!period) {
      const earlier = periods[lastAtOrBefore(periods, (p) => p.end, clauseStart)];
      period = earlier ? earlier.resolve(earlier.anaphoric ? anchor : null) : null;
      periodStated = period !== null;
    }
    const target = chosen?.target ?? false;
    if (!period) period = { ...calendarYear(yearOfDate(statementDate)), label: `not stated (as of ${statementDate})` };

    const kind = kindOf(window, periodStated ? period : null, target, statementDate);
    const met = kind === 'projected' ? TARGET_MET.exec(window) : null;
    const figureAt = sentence.start + money.figureStart;
    const quote = quotes.find((q) => q.start < figureAt && figureAt < q.end);
    sentenceAttribution ??= { found: attributionInSentence(text) };
    const attribution = (quote && attributionOfQuote(doc.text, quote)) || sentenceAttribution.found;
    const speaker = attribution
      ? speakerOf(doc, attribution, sentence.start, state.lastSpeaker)
      : (before?.speaker ?? (follows ? previousStatement.speaker : null));
    if (speaker) state.lastSpeaker = speaker;

    found.push({
      sentence: index,
      quote: text,
      money,
      pair,
      flow,
      kind,
      hedge: money.hedge,
      currency: money.sharedName ? (doc.specificRupee ?? rupeeOf(pair) ?? money.currency) : money.currency,
      period,
      periodStated,
      speaker,
      claim: compared ? null : (claimBefore(text, prevEnd, money.start) ?? claimAfter(text, money.end, nextStart)),
      targetMet: met ? (MET_HEDGE[met[1].toLowerCase()] ?? 'at least') : null,
      compared,
    });
    lastFigure = found[found.length - 1];
  });
  sharePeriods(found);
  if (follows) inheritPeriod(found, previousStatement);
  return found;
}

/** "Trade reached $2.5 billion in 2022. Of this, exports were $1.9 billion": the period carries over. */
function inheritPeriod(found: Figure[], previous: Figure): void {
  if (!previous.periodStated || previous.kind !== 'reported') return;
  for (const figure of found) {
    if (!figure.periodStated && figure.kind === 'reported') Object.assign(figure, { period: previous.period, periodStated: true });
  }
}

/** Economies named before `end` and in the page address, the most named first, ties to the latest. */
function mostNamed(doc: Document, end: number, state: ReadState): string[] {
  for (; state.namedUpTo < doc.mentions.length && doc.mentions[state.namedUpTo].end <= end; state.namedUpTo++) {
    const m = doc.mentions[state.namedUpTo];
    if (m.capital) continue;
    state.named.set(m.code, { count: (state.named.get(m.code)?.count ?? 0) + 1, last: m.start });
  }
  return [...state.named.entries()].sort(([, x], [, y]) => y.count - x.count || y.last - x.last).map(([code]) => code);
}

// "Rs" is India's rupee unless the text is about another rupee country and not India.
const RUPEES: Record<string, string> = { PAK: 'PKR', NPL: 'NPR', LKA: 'LKR' };

function rupeeOf(pair: Pair): string | null {
  if (pair.a === 'IND' || pair.b === 'IND') return null;
  return RUPEES[pair.a] ?? RUPEES[pair.b] ?? null;
}

/** Keeps a capital only when it is joined to another economy: "between Islamabad and Kabul", "Moscow-Beijing". */
function onlyPairedCapitals(text: string, mentions: EconomyMention[]): EconomyMention[] {
  const joined = (x: EconomyMention | undefined, y: EconomyMention | undefined) => !!x && !!y && /^\s*(?:[-–—/]|and|&)\s*$/i.test(text.slice(x.end, y.start));
  return mentions.filter((m, i) => !m.capital || joined(mentions[i - 1], m) || joined(m, mentions[i + 1]));
}

function mentionsWithin(doc: Document, start: number, end: number): EconomyMention[] {
  const first = lastAtOrBefore(doc.mentions, (m) => m.start, start - 1) + 1;
  const last = lastAtOrBefore(doc.mentions, (m) => m.start, end - 1);
  return doc.mentions.slice(first, last + 1).filter((m) => m.end <= end);
}

/** The two economies a sentence names, when it names exactly two. */
function pairNamedIn(doc: Document, index: number): Pair | null {
  const sentence = doc.sentences[index];
  if (!sentence) return null;
  const codes = [...new Set(mentionsWithin(doc, sentence.start, sentence.start + sentence.text.length).filter((m) => !m.capital).map((m) => m.code))];
  return codes.length === 2 ? { a: codes[0], b: codes[1] } : null;
}

/** "Exports grew to $3.2 billion, while imports stood at $5.1 billion in 2022": both are 2022. */
function sharePeriods(found: Figure[]): void {
  found.forEach((figure, i) => {
    if (figure.periodStated) return;
    const later = found.slice(i + 1).find((f) => f.periodStated && f.kind === figure.kind && !f.compared);
    if (later) Object.assign(figure, { period: later.period, periodStated: true });
  });
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

/** Index of the last item whose key is at most `at`, in a list sorted by that key; -1 if none. */
function lastAtOrBefore<T>(items: T[], key: (item: T) => number, at: number): number {
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

function speakerOf(doc: Document, attribution: Attribution, before: number, lastSpeaker: string | null): string | null {
  const earlier = doc.persons.filter((p) => p.start < before);
  const lastPerson = earlier[earlier.length - 1]?.name ?? null;
  if (attribution.refersBack) {
    if (/^(?:he|she)$/i.test(attribution.who)) return lastSpeaker ?? lastPerson;
    return lastPerson ?? attribution.who;
  }
  const who = attribution.who;
  const full = doc.persons.find((p) => p.name !== who && p.name.endsWith(` ${who}`));
  if (full) return full.name;
  // "Kazakh Trade Minister Arman Shakkaliyev": the name is enough.
  const named = doc.persons.find((p) => p.name.includes(' ') && who.includes(p.name));
  if (named) return named.name;
  const acronym = /^([A-Z]{2,8})(?:\s+(?:data|figures|statistics))?$/.exec(who);
  return (acronym && doc.acronyms.get(acronym[1])) || who;
}
