import { targetSchema } from '../api/schemas/target';
import type { PackageTargetColumn } from '../csv/package-target-columns';
import type { TableField } from './table-schema';
import { fieldFromZod } from './zod-field';

/** Each targets.csv column's short title; its type, words and description are GET /api/targets' (api/schemas/target.ts). */
const TITLES: Record<PackageTargetColumn, string> = {
  target_id: 'Target',
  pair: 'Pair',
  economy_a: 'Economy A',
  economy_b: 'Economy B',
  flow: 'Flow',
  period_label: 'Period',
  period_start: 'Period start',
  period_end: 'Period end',
  value_usd: 'Target in US dollars',
  hedge: 'Hedge',
  value_text: 'Value as stated',
  speaker: 'Speaker',
  organisation: 'Organisation',
  outlet: 'Outlet',
  source_url: 'Source URL',
  statement_date: 'Statement date',
  verdict: 'Verdict',
  judged_on: 'Judged on',
  share_of_target: 'Share of target',
  outcome_id: 'Reported figure',
  outcome_value_usd: 'Reported in US dollars',
  outcome_outlet: 'Reported by',
  outcome_source_url: 'Reported at',
  outcome_unsourced: 'Reported figure unsourced',
};

/** targets.csv's fields, in the CSV's column order. */
export function targetFields(columns: readonly PackageTargetColumn[]): TableField[] {
  return columns.map((column) => fieldFromZod(column, targetSchema.shape[column], TITLES[column]));
}
