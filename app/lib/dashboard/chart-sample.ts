import type { PricedStatement as Statement } from '../domain/statement';
import { isPartialYear } from '../domain/period';
import { preferredPerPeriod } from '../domain/preferred-figures';

/** Beyond this many statements a chart stops being readable and slows every page load. */
export const MAX_CHART_STATEMENTS = 400;

/**
 * Of each year's part-year figures, those for the longest stretch (Jan–Sep
 * over Q1): the latest word on how that year went.
 */
function longestPartPerYear(partial: Statement[]): Statement[] {
  const latestEnd = new Map<string, string>();
  for (const s of partial) {
    const year = s.periodStart.slice(0, 4);
    if ((latestEnd.get(year) ?? '') < s.periodEnd) latestEnd.set(year, s.periodEnd);
  }
  return partial.filter((s) => latestEnd.get(s.periodStart.slice(0, 4)) === s.periodEnd);
}

/**
 * The statements the chart draws: all of them for a readable view, else the
 * most trusted figure per period, with one part-year figure per year, so the
 * points sent grow with the years covered, not with the statements stored
 * (every statement stays in the table and the CSV).
 */
export function chartSample(rows: Statement[]): { shown: Statement[]; thinned: boolean } {
  if (rows.length <= MAX_CHART_STATEMENTS) return { shown: rows, thinned: false };
  const reported = rows.filter((r) => r.kind === 'reported');
  const shown = [
    ...preferredPerPeriod(reported.filter((r) => !isPartialYear(r.periodStart, r.periodEnd))),
    ...preferredPerPeriod(longestPartPerYear(reported.filter((r) => isPartialYear(r.periodStart, r.periodEnd)))),
    ...preferredPerPeriod(rows.filter((r) => r.kind === 'projected')),
  ];
  return { shown, thinned: true };
}
