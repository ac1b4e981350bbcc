import type { PricedStatement } from '../domain/statement';
import 'server-only';
import type { ViewAnalysis } from '../dashboard/view-analysis';
import type { Statement } from '../../../db/schema';
import type { ChartSeries } from '../dashboard/chart-points';
import { defaultPair } from '../dashboard/default-pair';
import { buildOfficialSeries, type OfficialSeries } from '../dashboard/official-series';
import { type PageSlice, pageSlice } from '../dashboard/paging';
import { asofDay, type View, viewQuery } from '../dashboard/view';
import type { Conflict, Consistency } from '../domain/conflicts';
import { todayIso } from '../domain/dates';
import type { Flow } from '../domain/vocabulary';
import { flowLabelsFor } from '../domain/flow-labels';
import { type Pair, pairTitle } from '../domain/pair';
import { verdictTally } from '../domain/verdict-tally';
import { outcomeOn, type TargetOutcome, verdictOn } from '../domain/verdicts';
import { settlementsOn } from '../dashboard/chart-settlements';
import { type Headline, headlineFor } from '../domain/headline';
import { fetchOfficialRows, fetchViewOfficialFigures, type OfficialCsvFigure } from './official-reads';
import { fetchOfficialBook } from './official-outcome-reads';
import { type OfficialOutcome, officialOutcomes } from '../domain/official-outcome';
import { fetchPairs, fetchStatement, fetchViewPage, type PairSummary } from './statement-reads';
import { analyseView } from './view-analysis';

/** Rows per page of each table: enough to scan, few enough that a pair with thousands of statements loads as fast as a small one. */
export const STATEMENTS_PAGE_SIZE = 50;
export const TARGETS_PAGE_SIZE = 25;

/** Which page of each table, as the URL asks for it, and the statement just saved, if any. */
export interface DashboardPages {
  statements?: string | string[];
  targets?: string | string[];
  added?: number;
}

/** Everything the dashboard shows for one view. */
export interface DashboardView {
  view: View & { pair: Pair };
  title: string;
  /** The query string that reproduces the view. */
  query: string;
  pairOptions: string[];
  flowLabels: Record<Flow, string>;
  added: Statement | null;
  statementCount: number;
  /** The story in a sentence or two, from the verdicts: shown under the title, in the PNG and in link previews. */
  headline: Headline | null;
  /** The date the verdicts are judged on: today, or the pinned date of a pinned view. */
  judgedOn: string;
  chart: ChartSeries;
  chartThinned: boolean;
  official: OfficialSeries[];
  /** `official`: each target of the page beside the official figures for its pair, flow and period from each side, by target id. */
  targets: { slice: PageSlice; total: number; rows: TargetOutcome<PricedStatement>[]; tally: string | null; official: Map<number, OfficialOutcome> };
  histories: PricedStatement[][];
  statements: { slice: PageSlice; rows: Statement[] };
  conflicts: Map<number, Conflict>;
  consistency: Map<number, Consistency>;
}

/**
 * The targets the chart draws: each projected mark's first member, the one its
 * verdict is about. A thinned chart of a pair with a thousand targets joins
 * only those to their outcomes, not a connector for every target stored.
 */
function drawnTargets(analysis: ViewAnalysis): ViewAnalysis['assessments'] {
  const drawn = new Set(analysis.chart.groups.filter((g) => g.kind === 'projected').map((g) => g.members[0].id));
  return analysis.assessments.filter((a) => drawn.has(a.target.id));
}

/** No pair has statements yet: nothing to show but the way to add one. */
export type Dashboard = { view: null } | DashboardView;

/** A pinned view is judged as it stood that day: a target not yet due then is not judged by a later figure. */
function judgedOn(view: View): string {
  return view.asof ? asofDay(view.asof) : todayIso();
}

/** The pair a view shows: its own, or the default pair (null while no pair has statements). */
async function viewWithPair(requested: View): Promise<{ view: View & { pair: Pair }; pairs: PairSummary[] } | null> {
  const pairs = await fetchPairs();
  const pair = requested.pair ?? defaultPair(pairs);
  return pair ? { view: { ...requested, pair }, pairs } : null;
}

/**
 * The dashboard's story in a sentence or two, without its tables: what a link
 * preview says. Reads the same cached analysis as getDashboard.
 */
export async function getDashboardHeadline(requested: View): Promise<{ view: View & { pair: Pair }; headline: Headline | null; judgedOn: string } | null> {
  const found = await viewWithPair(requested);
  if (!found) return null;
  const { view } = found;
  const analysis = await analyseView(view);
  const today = judgedOn(view);
  return { view, headline: headlineFor(analysis.assessments, analysis.latestReported, flowLabelsFor(view.pair)[view.flow], today), judgedOn: today };
}

/** Every target of a view with its verdict on the view's day, newest period first: the targets CSV. */
export async function getViewTargets(
  requested: View,
): Promise<{ view: View & { pair: Pair }; judgedOn: string; outcomes: TargetOutcome<PricedStatement>[]; official: Map<number, OfficialOutcome> } | null> {
  const found = await viewWithPair(requested);
  if (!found) return null;
  const today = judgedOn(found.view);
  const [{ assessments }, book] = await Promise.all([analyseView(found.view), fetchOfficialBook(found.view)]);
  const official = officialOutcomes(assessments.map((a) => a.target), book, today);
  return { view: found.view, judgedOn: today, outcomes: assessments.map((a) => outcomeOn(a, today)), official };
}

/** Every official figure of a view (annual and monthly, both sides), in period order: the official figures CSV. */
export async function getViewOfficialFigures(requested: View): Promise<{ view: View & { pair: Pair }; figures: OfficialCsvFigure[] } | null> {
  const found = await viewWithPair(requested);
  if (!found) return null;
  return { view: found.view, figures: await fetchViewOfficialFigures(found.view) };
}

/**
 * The dashboard for a view (its pair falls back to the default pair), with
 * the requested pages of its tables. The analysis of the view's statements is
 * cached until its pair changes; only today's verdicts, the table pages and
 * the official figures are read per request. A pinned view (view.asof) shows
 * the record as it stood then, judged on its day.
 */
export async function getDashboard(requested: View, pages: DashboardPages): Promise<Dashboard> {
  const found = await viewWithPair(requested);
  if (!found) return { view: null };
  const { view, pairs } = found;
  const pair = view.pair;
  const [analysis, officialRows, officialBook, added] = await Promise.all([
    analyseView(view),
    fetchOfficialRows(view),
    fetchOfficialBook(view),
    pages.added ? fetchStatement(pages.added) : undefined,
  ]);
  const today = judgedOn(view);
  const flowLabels = flowLabelsFor(pair);
  const statementSlice = pageSlice(pages.statements, analysis.statementCount, STATEMENTS_PAGE_SIZE);
  const targetSlice = pageSlice(pages.targets, analysis.assessments.length, TARGETS_PAGE_SIZE);
  const assessments = analysis.assessments;
  const targetPage = assessments.slice(targetSlice.offset, targetSlice.offset + targetSlice.size);
  return {
    view,
    title: pairTitle(pair),
    query: viewQuery(view),
    pairOptions: pairs.map((p) => pairTitle(p)),
    flowLabels,
    added: added ?? null,
    statementCount: analysis.statementCount,
    headline: headlineFor(assessments, analysis.latestReported, flowLabels[view.flow], today),
    judgedOn: today,
    chart: { ...analysis.chart, settlements: settlementsOn(drawnTargets(analysis), today) },
    chartThinned: analysis.chartThinned,
    official: buildOfficialSeries(view, officialRows),
    targets: {
      slice: targetSlice,
      total: assessments.length,
      rows: targetPage.map((a) => outcomeOn(a, today)),
      tally: assessments.length ? verdictTally(assessments.map((a) => ({ verdict: verdictOn(a, today) }))) : null,
      official: officialOutcomes(targetPage.map((a) => a.target), officialBook, today),
    },
    histories: analysis.histories,
    statements: { slice: statementSlice, rows: await fetchViewPage(view, statementSlice.offset, statementSlice.size) },
    conflicts: analysis.conflicts,
    consistency: analysis.consistency,
  };
}
