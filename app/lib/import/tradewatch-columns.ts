import type { StatementField } from '../domain/statement';

/** The columns that make a file a Tradewatch export. */
export const TRADEWATCH_REQUIRED = ['economy_a', 'economy_b', 'flow', 'kind', 'period_start', 'period_end', 'value_usd', 'statement_date'] as const;

/** The CSV column that holds each field of a statement: the database's own column names. */
export const COLUMN_OF_FIELD: Record<StatementField, string> = {
  economyA: 'economy_a',
  economyB: 'economy_b',
  flow: 'flow',
  kind: 'kind',
  periodStart: 'period_start',
  periodEnd: 'period_end',
  periodLabel: 'period_label',
  valueText: 'value_text',
  valueStated: 'value_stated',
  currency: 'currency',
  usdRate: 'usd_rate',
  valueUsd: 'value_usd',
  rateOrigin: 'rate_origin',
  rateSource: 'rate_source',
  hedge: 'hedge',
  speaker: 'speaker',
  speakerRole: 'speaker_role',
  organisation: 'organisation',
  outlet: 'outlet',
  sourceUrl: 'source_url',
  quote: 'quote',
  statementDate: 'statement_date',
  publishedDate: 'published_date',
  notes: 'notes',
  derivedFromId: 'derived_from_id',
  derivation: 'derivation',
};
