import type { Statement } from '../../db/schema';
import { isPartialYear } from './parse-period';
import { preferredPerPeriod } from './targets';

/** Beyond this many statements a chart stops being readable and slows every page load. */
export const MAX_CHART_STATEMENTS = 400;

/**
 * The statements the chart draws: all of them for a readable view, else the
 * most trusted figure of each kind per period (every statement stays in the
 * table and the CSV).
 */
export function chartSample(rows: Statement[]): { shown: Statement[]; thinned: boolean } {
  if (rows.length <= MAX_CHART_STATEMENTS) return { shown: rows, thinned: false };
  const reported = rows.filter((r) => r.kind === 'reported');
  const shown = [
    ...preferredPerPeriod(reported.filter((r) => !isPartialYear(r.periodStart, r.periodEnd))),
    ...preferredPerPeriod(reported.filter((r) => isPartialYear(r.periodStart, r.periodEnd))),
    ...preferredPerPeriod(rows.filter((r) => r.kind === 'projected')),
  ];
  return { shown, thinned: true };
}
