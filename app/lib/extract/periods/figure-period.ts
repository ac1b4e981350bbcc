import { calendarYear, shiftYears, yearOfDate, type Period } from '../../domain/period';
import type { Money } from '../money/amounts';
import { lastAtOrBefore } from '../text/document';
import type { Figure } from '../roles/figures';
import type { Place, SentenceContext } from '../roles/figure-context';
import type { Pair } from '../roles/pair-in-text';
import { findPeriods, statedByOf, type PeriodMention } from './periods-in-text';

// The period of a figure: its own clause's, else one it shares or inherits.

export function periodOf(context: SentenceContext, place: Place, compared: boolean, pair: Pair): { period: Period; periodStated: boolean; target: boolean } {
  const { periods, clauses, text, statementDate } = context;
  const { money, before } = place;
  const clauseStart = Math.max(place.prevEnd, clauses[lastAtOrBefore(clauses, (c) => c, money.start)] ?? 0);
  const clauseEnd = Math.min(place.nextStart, clauses[lastAtOrBefore(clauses, (c) => c, money.end - 1) + 1] ?? text.length);
  const anchor = before?.period ?? context.previous?.period ?? null;
  const resolve = (mention: PeriodMention) => mention.resolve(mention.anaphoric ? anchor : null, statedByOf(pair, money));

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
export function sharePeriods(found: Figure[]): void {
  // Each figure without a period takes the nearest later one of its kind that states one (and is not a comparison),
  // as the text gives it, not as shared: found in one pass from the end, then given.
  const nearest = new Map<Figure['kind'], Figure>();
  const shared: [Figure, Figure][] = [];
  for (let i = found.length - 1; i >= 0; i--) {
    const figure = found[i];
    const later = nearest.get(figure.kind);
    if (!figure.periodStated && later) shared.push([figure, later]);
    if (figure.periodStated && !figure.compared) nearest.set(figure.kind, figure);
  }
  for (const [figure, later] of shared) Object.assign(figure, { period: later.period, periodStated: true });
}

/** "Trade reached $2.5 billion in 2022. Of this, exports were $1.9 billion": the period carries over. */
export function inheritPeriod(found: Figure[], previous: Figure): void {
  if (!previous.periodStated || previous.kind !== 'reported') return;
  for (const figure of found) {
    if (!figure.periodStated && figure.kind === 'reported') Object.assign(figure, { period: previous.period, periodStated: true });
  }
}

/**
 * "In 2022, China accounted for 9.4% of South Africa’s exports. In rand terms, exports to China totalled R188.4 billion":
 * a figure with no period takes the one period of the sentence before, in the same paragraph, when that sentence states no figure.
 */
export function inheritSentencePeriod(found: Figure[], context: SentenceContext): void {
  const { doc, index, statementDate } = context;
  const [sentence, before] = [doc.sentences[index], doc.sentences[index - 1]];
  if (!before || before.paragraph !== sentence.paragraph || before.money.length > 0) return;
  const periods = findPeriods(before.text, statementDate).filter((p) => !p.anaphoric && !p.target);
  if (periods.length !== 1) return;
  for (const figure of found) {
    if (figure.periodStated || figure.kind !== 'reported') continue;
    const period = periods[0].resolve(null, statedByOf(figure.pair, figure.money));
    if (period && period.end <= statementDate) Object.assign(figure, { period, periodStated: true });
  }
}
