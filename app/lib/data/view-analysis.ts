import 'server-only';
import { getDb } from '../../../db/client';
import type { Statement } from '../../../db/schema';
import { buildChartSeries, type ChartSeries } from '../dashboard/chart-points';
import { chartSample } from '../dashboard/chart-sample';
import { type Conflict, type Consistency, consistencyOfDerived, findConflicts } from '../domain/conflicts';
import { todayIso } from '../domain/dates';
import { type Pair, pairKey } from '../domain/pair';
import { pairRevision } from './pair-revisions';
import { fetchViewStatements } from './statement-reads';
import { judgeTargets, type TargetOutcome } from '../domain/verdicts';
import { targetHistories } from '../domain/target-history';
import { TokenCache } from './token-cache';
import { type View, viewQuery } from '../dashboard/view';

/** Everything the dashboard derives from all of a view's statements, before choosing what to show. */
export interface ViewAnalysis {
  statementCount: number;
  chart: ChartSeries;
  /** The chart draws the most trusted figure per period, not every statement. */
  chartThinned: boolean;
  /** Every target with its verdict, newest period first, as the dashboard lists them. */
  outcomes: TargetOutcome<Statement>[];
  histories: Statement[][];
  conflicts: Map<number, Conflict>;
  consistency: Map<number, Consistency>;
}

// A view's analysis reads every statement of its pair, so it is kept until that
// pair changes (any writer bumps pair_revisions) or the day does (verdicts
// depend on it). Readers far outnumber writes; a save elsewhere costs nothing here.
const analyses = new TokenCache<ViewAnalysis>(64);

function analyse(view: View): ViewAnalysis {
  const rows = fetchViewStatements(view);
  const sample = chartSample(rows);
  return {
    statementCount: rows.length,
    chart: buildChartSeries(sample.shown),
    chartThinned: sample.thinned,
    outcomes: judgeTargets(rows, todayIso()).reverse(),
    histories: targetHistories(rows),
    conflicts: findConflicts(rows),
    consistency: consistencyOfDerived(rows),
  };
}

export function analyseView(view: View & { pair: Pair }): ViewAnalysis {
  const revision = pairRevision(getDb(), pairKey(view.pair.first, view.pair.second));
  return analyses.get(viewQuery(view), `${revision}:${todayIso()}`, () => analyse(view));
}
