import type { Statement } from '../../../db/schema';
import { isPriced, type PricedStatement } from '../domain/statement';
import { buildChartSeries, type ChartSeries } from './chart-points';
import { chartSample } from './chart-sample';
import { type Conflict, type Consistency, consistencyOfDerived, distinctConflicts, findConflicts } from '../domain/conflicts';
import { assessTargets, type TargetAssessment } from '../domain/verdicts';
import { targetHistories } from '../domain/target-history';
import { isPartialYear } from '../domain/period';
import { preferredPerPeriod } from '../domain/preferred-figures';

/** Everything the dashboard derives from all of a view's statements, whatever the date. */
export interface ViewAnalysis {
  statementCount: number;
  /** Statements in a currency with no known rate for their period: in the table, not on the chart or in the verdicts. */
  unpricedCount: number;
  chart: ChartSeries;
  /** The chart draws the most trusted figure per period, not every statement. */
  chartThinned: boolean;
  /** Every target assessed, newest period first, as the dashboard lists them; `outcomeOn` gives the day's verdict. */
  assessments: TargetAssessment<PricedStatement>[];
  histories: PricedStatement[][];
  /** The most trusted figure of the latest full period reported: what the headline says when no target is settled. */
  latestReported: PricedStatement | null;
  conflicts: Map<number, Conflict>;
  consistency: Map<number, Consistency>;
}

/** A view's analysis from all its statements, newest first as the view reads them. */
export function analyseStatements(all: Statement[]): ViewAnalysis {
  const rows = all.filter(isPriced);
  const sample = chartSample(rows);
  // Found once, in every statement: the table's flags and the chart's bars agree however the chart is thinned.
  const conflicts = findConflicts(rows);
  return {
    statementCount: all.length,
    unpricedCount: all.length - rows.length,
    chart: buildChartSeries(sample.shown, distinctConflicts(conflicts)),
    chartThinned: sample.thinned,
    assessments: assessTargets(rows).reverse(),
    histories: targetHistories(rows),
    latestReported: preferredPerPeriod(rows.filter((r) => r.kind === 'reported' && !isPartialYear(r.periodStart, r.periodEnd))).at(-1) ?? null,
    conflicts,
    consistency: consistencyOfDerived(rows),
  };
}
