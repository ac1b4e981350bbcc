import { fiscalYearRule } from '../../domain/fiscal-years';
import { calendarYear, lastFullFiscalYear, shiftYears, yearOfDate, type Period } from '../../domain/period';
import type { StatedBy } from '../../domain/stated-by';
import type { Money } from '../money/amounts';
import { lastAtOrBefore } from '../text/document';
import type { Figure } from '../roles/figures';
import type { Place, SentenceContext } from '../roles/figure-context';
import type { Pair } from '../roles/pair-in-text';
import type { PeriodMention } from './periods-in-text';
import { comparedFigureBefore, datedBefore, lonePeriod, periodsOfSentence, sameStory, sourceBefore, type PeriodSource } from './period-source';
import { reportingEconomy } from './reporting-economy';

// The period of a figure: its own clause's, else one it shares with the figures
// of its sentence or inherits from the text before it; failing all, a guess from
// the text after it, not counted as stated.

/** How far ahead a lede's undated figures look for the period the next sentences give. */
const SENTENCES_AHEAD = 3;
/** What joins the figures of a run: "$4.2 billion and $1.0 billion", "€97bn, €25bn". */
const RUN_GAP = /^\s*(?:,|and|or|&|y|et|и)?\s*$/i;
/** What may stand between a baseline period and its own figure: "than in 2021 (474.3 million)". */
const BASELINE_GAP = /^\s*[(,:–—-]?\s*$/;

export function periodOf(context: SentenceContext, place: Place, compared: boolean, pair: Pair): {
  period: Period; periodStated: boolean; periodIsComparison: boolean; target: boolean;
} {
  const { periods, clauses, text, statementDate } = context;
  const { money, before } = place;
  const clause = clauses[lastAtOrBefore(clauses, (c) => c, money.start)] ?? 0;
  const clauseStart = Math.max(place.prevEnd, clause);
  const clauseEnd = Math.min(place.nextStart, clauses[lastAtOrBefore(clauses, (c) => c, money.end - 1) + 1] ?? text.length);
  const statedBy = reportingEconomy(context.doc, context.index, pair, money);
  const anchor = (before?.periodStated ? before.period : null) ?? anchorBefore(context, statedBy);
  const resolve = (mention: PeriodMention) => mention.resolve(mention.anaphoric ? anchor : null, statedBy);

  const chosen = choosePeriod(text, periods, money, clauseStart, clauseEnd, compared);
  const target = chosen?.target ?? false;
  const own = chosen ? resolve(chosen) : null;
  if (own) return { period: own, periodStated: true, periodIsComparison: chosen?.earlier ?? false, target };
  if (compared && before?.periodStated) {
    // "against exports of $257.9 million": a year before the figure it is compared with;
    // "to $50 billion by 2026-27 from $31.8 billion": a goal's starting point is the latest full year.
    const period = before.kind === 'projected' ? lastFullFiscalYear(statementDate, fiscalYearRule(statedBy)) : shiftYears(before.period, -1);
    return { period, periodStated: true, periodIsComparison: true, target };
  }
  // "$4.2 billion and $1.0 billion in 2022": the first of a run takes the run's period (sharePeriods), not an earlier clause's.
  const inRun = place.nextStart < text.length && place.nextStart - money.end <= 8 && RUN_GAP.test(text.slice(money.end, place.nextStart));
  const inherited = inRun ? null : earlierPeriod(context, clauseStart, clause, resolve);
  if (inherited) return { period: inherited, periodStated: true, periodIsComparison: false, target };
  return { period: notStated(statementDate), periodStated: false, periodIsComparison: false, target };
}

/** What "a year earlier" in a sentence's first clause is read against: the period the sentences before are about. */
function anchorBefore(context: SentenceContext, statedBy: StatedBy): Period | null {
  const source = sourceBefore(context);
  if (!source) return null;
  return 'figure' in source ? source.figure.period : source.mention.resolve(null, statedBy);
}

function notStated(statementDate: string): Period {
  return { ...calendarYear(yearOfDate(statementDate)), label: `not stated (as of ${statementDate})` };
}

/**
 * The period nearest the figure within its clause, not reaching past another figure. A baseline ("higher than in
 * 2021") is the period of the figure given right after it ("(474.3 million)"), of no other. Before a figure given to
 * compare with, only words for that figure itself ("from current levels of") date it: in "to $50 billion by 2026-27
 * from $31.8 billion" the deadline is the goal's.
 */
function choosePeriod(text: string, periods: PeriodMention[], money: Money, from: number, to: number, compared: boolean): PeriodMention | null {
  let best: PeriodMention | null = null;
  let bestDistance = Infinity;
  for (let i = lastAtOrBefore(periods, (p) => p.start, from - 1) + 1; i < periods.length && periods[i].start < to; i++) {
    const p = periods[i];
    const before = p.end <= money.start;
    if (p.end > to || (compared && before && !p.local)) continue;
    if (p.baseline && !(before && money.start - p.end <= 4 && BASELINE_GAP.test(text.slice(p.end, money.start)))) continue;
    const distance = p.end <= money.start ? money.start - p.end : p.start - money.end;
    if (distance < bestDistance || (distance === bestDistance && p.start > money.end)) {
      best = p;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The last period before the figure's clause that may date it: not one that describes only its own figure ("current
 * levels of…"), a baseline, the period of a figure given to compare with ("from $4bn in 2022, while…", "up from $4bn
 * a year earlier; exports were…"), or a goal's deadline in another clause ("by 2030, while exports were…"; in
 * "within three years, from $2.7 billion to about $6 billion" the deadline is the goal's, in its clause).
 */
function earlierPeriod(context: SentenceContext, clauseStart: number, clause: number, resolve: (mention: PeriodMention) => Period | null): Period | null {
  const { periods, text } = context;
  const money = context.doc.sentences[context.index].money;
  for (let i = lastAtOrBefore(periods, (p) => p.end, clauseStart); i >= 0; i--) {
    const p = periods[i];
    if (p.local || p.baseline || p.earlier || (p.target && p.end <= clause) || comparedFigureBefore(text, money, p)) continue;
    return resolve(p);
  }
  return null;
}

/** Once the figures of a sentence share their periods (sharePeriods): what is still undated is inherited, else guessed. */
export function inheritPeriods(found: Figure[], context: SentenceContext): void {
  const source = sourceBefore(context);
  if (source) inheritFrom(found, context, source);
  else if (!context.latest?.periodStated && !datedBefore(context.doc, context.index, context.statementDate)) guessLaterPeriod(found, context);
}

function inheritFrom(found: Figure[], context: SentenceContext, source: PeriodSource): void {
  if ('figure' in source) inheritPeriod(found, source.figure);
  else inheritSentencePeriod(found, context, source.sentence, source.mention);
}

/** "Exports grew to $3.2 billion, while imports stood at $5.1 billion in 2022": both are 2022. */
export function sharePeriods(found: Figure[]): void {
  // Each figure without a period takes the nearest later one of its kind that states one (and is not a comparison),
  // as the text gives it, not as shared: found in one pass from the end, then given.
  const nearest = new Map<Figure['kind'], Figure>();
  const shared: [Figure, Figure][] = [];
  for (let i = found.length - 1; i >= 0; i--) {
    const figure = found[i];
    const later = nearest.get(figure.kind);
    if (!figure.periodStated && later) shared.push([figure, later]);
    if (figure.periodStated && !figure.compared && !figure.periodIsComparison) nearest.set(figure.kind, figure);
  }
  for (const [figure, later] of shared) Object.assign(figure, { period: later.period, periodStated: true });
}

/**
 * "Trade reached $2.5 billion in 2022. Of this, exports were $1.9 billion": the period carries over to figures
 * of the same story, that is of a pair with an economy in common ("Trade with Russia was…" after "Trade with China…").
 */
export function inheritPeriod(found: Figure[], previous: Figure): void {
  if (!previous.periodStated || previous.kind !== 'reported') return;
  const { a, b } = previous.pair;
  for (const figure of found) {
    const related = [a, b].includes(figure.pair.a) || [a, b].includes(figure.pair.b);
    if (!figure.periodStated && figure.kind === 'reported' && related) Object.assign(figure, { period: previous.period, periodStated: true });
  }
}

/**
 * "In 2022, China accounted for 9.4% of South Africa’s exports. In rand terms, exports to China totalled R188.4 billion";
 * "Turkey's exports rose to a record $250 billion in 2023. Exports to Germany reached $20 billion": a figure with no
 * period takes the one an earlier sentence without a kept figure states, when that sentence is of the same story.
 */
function inheritSentencePeriod(found: Figure[], context: SentenceContext, sentence: number, mention: PeriodMention): void {
  const { doc, statementDate } = context;
  for (const figure of found) {
    if (figure.periodStated || figure.kind !== 'reported' || !sameStory(doc, sentence, figure)) continue;
    const period = mention.resolve(null, whoStates(context, figure));
    if (period && period.end <= statementDate) Object.assign(figure, { period, periodStated: true });
  }
}

/**
 * "Japan logged a surplus of ¥111.77 billion. Exports rose to ¥1.20 trillion. The export figures in February
 * reflect…": a lede's undated figures, with nothing dated before them, take the one period a sentence just
 * after gives, as a guess (not stated, so a dated restatement still replaces them).
 */
function guessLaterPeriod(found: Figure[], context: SentenceContext): void {
  const { doc, index, statementDate } = context;
  if (!found.some((f) => !f.periodStated && f.kind === 'reported')) return;
  for (let i = index + 1; i <= index + SENTENCES_AHEAD && i < doc.sentences.length; i++) {
    if (periodsOfSentence(doc, i, statementDate).length === 0) continue;
    const lone = lonePeriod(doc, i, statementDate);
    if (!lone) return;
    for (const figure of found) {
      if (figure.periodStated || figure.kind !== 'reported') continue;
      const period = lone.resolve(null, whoStates(context, figure));
      if (period && period.end <= statementDate) figure.period = period;
    }
    return;
  }
}

function whoStates(context: SentenceContext, figure: Figure): StatedBy {
  return reportingEconomy(context.doc, figure.sentence, figure.pair, figure.money);
}
