import type { Money } from '../money/amounts';
import { givenToCompare, type Figure } from '../roles/figures';
import { lastAtOrBefore, mentionsWithin, type Document } from '../text/document';
import type { SentenceContext } from '../roles/figure-context';
import { findPeriods, type PeriodMention } from './periods-in-text';

// Where a figure whose sentence states no period takes one from: the sentences before it, never
// one after while one before gives a period. Of those, the period the story is about (the
// principal one), not one it is compared with: in "Trade fell to $4bn last year from $5bn in
// 2022. Exports were $0.3bn", the exports are last year's; after "A year earlier the figure was
// $45bn", the figures after it go back to the year before that comparison.

/** How many sentences back that state something (money or a period) a figure's period may come from. */
const SENTENCES_BACK = 2;
/** How far back at all, across sentences of comment that state neither ("Officials praised the talks."). */
const SENTENCES_BACK_AT_MOST = 6;

/** The period the sentences before give: a figure's, or, where no figure was kept, a period the sentence itself states. */
export type PeriodSource = { figure: Figure; sentence: number } | { mention: PeriodMention; sentence: number };

// What may stand between a figure and its own period: "$5bn in 2022", "$5.1bn recorded in the first half".
const FIGURE_TO_PERIOD = /^[\s,]*(?:[\p{L}’'-]+\s+){0,2}$/u;

const sources = new WeakMap<SentenceContext, PeriodSource | null>();

/** The period source of a sentence's undated figures, found once per sentence. */
export function sourceBefore(context: SentenceContext): PeriodSource | null {
  if (sources.has(context)) return sources.get(context) ?? null;
  const source = findSource(context);
  sources.set(context, source);
  return source;
}

function findSource(context: SentenceContext): PeriodSource | null {
  const { figures, index, doc, statementDate } = context;
  let f = figures.length - 1;
  let stating = 0;
  for (let i = index - 1; i >= 0 && i >= index - SENTENCES_BACK_AT_MOST && stating < SENTENCES_BACK; i--) {
    while (f >= 0 && figures[f].sentence > i) f--;
    const last = f;
    while (f >= 0 && figures[f].sentence === i) f--;
    if (last > f) {
      // A sentence of figures: its principal one; when all are comparisons or goals, the sentence before.
      const principal = principalFigure(figures, f + 1, last);
      if (principal) return { figure: principal, sentence: i };
      stating++;
      continue;
    }
    const mention = statedPeriod(doc, i, statementDate);
    if (mention) return { mention, sentence: i };
    if (doc.sentences[i].money.length > 0 || periodsOfSentence(doc, i, statementDate).length > 0) stating++;
  }
  return null;
}

/**
 * The latest figure of figures[from..to] (one sentence) that a later figure may be dated by: reported, dated, and
 * not a comparison, that is not given against another ("up from $5bn in 2022"), not dated as the one before it moved
 * back ("a year earlier"), and not an earlier year of the figure just before it ("$50bn in 2024 … In 2023 it was $45bn").
 */
function principalFigure(figures: readonly Figure[], from: number, to: number): Figure | null {
  for (let j = to; j >= from; j--) {
    const f = figures[j];
    if (f.kind !== 'reported' || !f.periodStated || f.compared || f.periodIsComparison) continue;
    if (!earlierThanBefore(figures, j)) return f;
  }
  return null;
}

/** True when a figure of the same pair and flow, just before figures[j] (its sentence or the one before), is of a later period. */
function earlierThanBefore(figures: readonly Figure[], j: number): boolean {
  const f = figures[j];
  for (let k = j - 1; k >= 0 && figures[k].sentence >= f.sentence - 1; k--) {
    const g = figures[k];
    const samePair = (g.pair.a === f.pair.a && g.pair.b === f.pair.b) || (g.pair.a === f.pair.b && g.pair.b === f.pair.a);
    if (samePair && g.flow === f.flow && g.kind === 'reported' && g.periodStated && !g.compared && g.period.start > f.period.end) return true;
  }
  return false;
}

const readSentences = new WeakMap<Document, Map<number, PeriodMention[]>>();

/** The periods of another sentence of the document, read once. */
export function periodsOfSentence(doc: Document, index: number, statementDate: string): PeriodMention[] {
  let read = readSentences.get(doc);
  if (!read) readSentences.set(doc, (read = new Map()));
  let periods = read.get(index);
  if (!periods) read.set(index, (periods = findPeriods(doc.sentences[index].text, statementDate)));
  return periods;
}

/** A period that may date figures beyond its own: one period (not "since 2015"), no goal, baseline or comparison, not one read against a figure before it. */
function datesOthers(p: PeriodMention): boolean {
  return !p.anaphoric && !p.target && !p.baseline && !p.local && !p.earlier && p.resolve(null) !== null;
}

/** The one period a sentence without figures gives ("Trade hit a record high in 2023, data showed."). */
export function lonePeriod(doc: Document, index: number, statementDate: string): PeriodMention | null {
  if (doc.sentences[index].money.length > 0) return null;
  const periods = periodsOfSentence(doc, index, statementDate).filter(datesOthers);
  return periods.length === 1 ? periods[0] : null;
}

/**
 * The period a sentence that kept no figure states: with no money, its one period; with money that is no
 * bilateral volume ("Turkey's exports rose to a record $250 billion in 2023"), the period nearest its money,
 * not one a figure is compared with ("from $5bn in 2022").
 */
function statedPeriod(doc: Document, index: number, statementDate: string): PeriodMention | null {
  const { text, money } = doc.sentences[index];
  if (money.length === 0) return lonePeriod(doc, index, statementDate);
  let best: PeriodMention | null = null;
  let bestDistance = Infinity;
  for (const p of periodsOfSentence(doc, index, statementDate)) {
    if (!datesOthers(p) || comparedFigureBefore(text, money, p)) continue;
    const distance = distanceToMoney(money, p);
    if (distance < bestDistance) [best, bestDistance] = [p, distance];
  }
  return best;
}

/** How far a period stands from the nearest money of its sentence, in characters. */
function distanceToMoney(money: readonly Money[], p: PeriodMention): number {
  const k = lastAtOrBefore(money, (m) => m.start, p.start);
  const before = k >= 0 ? Math.max(0, p.start - money[k].end) : Infinity;
  const after = k + 1 < money.length ? Math.max(0, money[k + 1].start - p.end) : Infinity;
  return Math.min(before, after);
}

/** True when a period dates a figure given only to compare with: "from $5bn in 2022". */
export function comparedFigureBefore(text: string, money: readonly Money[], p: PeriodMention): boolean {
  const k = lastAtOrBefore(money, (m) => m.end, p.start);
  if (k < 0 || p.start - money[k].end > 40 || !FIGURE_TO_PERIOD.test(text.slice(money[k].end, p.start))) return false;
  return givenToCompare(text.slice(k > 0 ? money[k - 1].end : 0, money[k].start));
}

const firstDated = new WeakMap<Document, number>();

/** True when a sentence before `index` gives a period that may date other figures: then no later sentence dates them. */
export function datedBefore(doc: Document, index: number, statementDate: string): boolean {
  let first = firstDated.get(doc);
  if (first === undefined) {
    const found = doc.sentences.findIndex((_s, i) => periodsOfSentence(doc, i, statementDate).some(datesOthers));
    firstDated.set(doc, (first = found < 0 ? Infinity : found));
  }
  return first < index;
}

/** True when a sentence names no economy, or one of the figure's pair: the same story, which its period may date. */
export function sameStory(doc: Document, index: number, figure: Figure): boolean {
  const { start, text } = doc.sentences[index];
  const named = mentionsWithin(doc, start, start + text.length);
  return named.length === 0 || named.some((m) => m.code === figure.pair.a || m.code === figure.pair.b);
}
