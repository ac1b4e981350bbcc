import { statementSchema } from '../api/schemas/statement';
import { CSV_COLUMNS, type CsvColumn } from '../csv/columns';
import type { TableField } from './table-schema';
import { fieldFromZod } from './zod-field';

/** Each statements.csv column's short title; its type, words and description are the read API's (api/schemas/statement.ts). */
const TITLES: Record<CsvColumn, string> = {
  id: 'Statement number',
  economy_a: 'Economy A',
  economy_b: 'Economy B',
  pair: 'Pair',
  flow: 'Flow',
  kind: 'Kind',
  period_start: 'Period start',
  period_end: 'Period end',
  period_label: 'Period',
  partial_period: 'Partial period',
  value_text: 'Value as stated',
  value_stated: 'Value in the stated currency',
  currency: 'Currency',
  usd_rate: 'Rate to US dollars',
  value_usd: 'Value in US dollars',
  rate_origin: 'Whose rate',
  rate_source: 'Rate source',
  hedge: 'Hedge',
  speaker: 'Speaker',
  speaker_role: 'Speaker’s role',
  organisation: 'Organisation',
  outlet: 'Outlet',
  source_url: 'Source URL',
  quote: 'Verbatim quote',
  statement_date: 'Statement date',
  published_date: 'Publication date',
  notes: 'Notes',
  derived_from_id: 'Derived from statement',
  derivation: 'How it is derived',
  created_at: 'Recorded at',
  updated_at: 'Last changed at',
};

const INSTANTS: ReadonlySet<CsvColumn> = new Set(['created_at', 'updated_at']);

/** statements.csv's fields, in the export's column order. */
export function statementFields(): TableField[] {
  return CSV_COLUMNS.map((column) => fieldFromZod(column, statementSchema.shape[column], TITLES[column], { instant: INSTANTS.has(column) }));
}
