import type { Statement } from '../../../db/schema';
import { isUnsourced } from '../domain/provenance';
import type { TargetOutcome } from '../domain/verdicts';
import type { CsvCell } from './csv-text';

const free = (text: string | null): CsvCell => ({ freeText: text });

/**
 * The targets CSV's columns, in order, and how each is read off a target's
 * outcome on the day it is judged: the targets table of the dashboard, as
 * data. Values are USD numbers (a balance seen from the view's side, as on
 * screen); share_of_target is a ratio (0.19 for 19%), empty where none is
 * given (a balance, or a target not yet due).
 */
const COLUMNS = {
  target_id: (o) => o.target.id,
  pair: (o) => o.target.pair,
  flow: (o) => o.target.flow,
  period_label: (o) => free(o.target.periodLabel),
  period_start: (o) => o.target.periodStart,
  period_end: (o) => o.target.periodEnd,
  value_usd: (o) => o.target.valueUsd,
  hedge: (o) => o.target.hedge,
  value_text: (o) => free(o.target.valueText),
  speaker: (o) => free(o.target.speaker),
  organisation: (o) => free(o.target.organisation),
  outlet: (o) => free(o.target.outlet),
  source_url: (o) => free(o.target.sourceUrl),
  statement_date: (o) => o.target.statementDate,
  verdict: (o) => o.verdict,
  judged_on: (_, judgedOn) => judgedOn,
  share_of_target: (o) => o.ratio,
  outcome_id: (o) => o.outcome?.id ?? null,
  outcome_value_usd: (o) => o.outcome?.valueUsd ?? null,
  outcome_outlet: (o) => free(o.outcome?.outlet ?? null),
  outcome_source_url: (o) => free(o.outcome?.sourceUrl ?? null),
  outcome_unsourced: (o) => (o.outcome ? isUnsourced(o.outcome) : null),
  sources_differ_min_usd: (o) => o.spread?.min ?? null,
  sources_differ_max_usd: (o) => o.spread?.max ?? null,
} satisfies Record<string, (o: TargetOutcome<Statement>, judgedOn: string) => CsvCell>;

export type TargetCsvColumn = keyof typeof COLUMNS;
export const TARGET_CSV_COLUMNS = Object.keys(COLUMNS) as TargetCsvColumn[];

/** One target's cells, in column order. */
export function targetCells(outcome: TargetOutcome<Statement>, judgedOn: string): CsvCell[] {
  return TARGET_CSV_COLUMNS.map((column) => COLUMNS[column](outcome, judgedOn));
}
