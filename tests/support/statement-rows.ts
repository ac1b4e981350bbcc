import { CSV_COLUMNS } from '../../app/lib/csv/columns';
import type { SeedStatement } from '../../app/lib/data/seed-statements';
import { emptyFormValues, type FormValues } from '../../app/lib/statements/form-fields';
import type { ProposalCard } from '../../app/lib/extract/state';

/**
 * One statement written once in plain typed values, and rendered as each way
 * in receives it: the entry form's text (also the JSON API's body and an
 * extraction card), a Tradewatch CSV line, and a seed statement.
 */
export interface StatementRow {
  economyA: string;
  economyB: string;
  flow: string;
  kind: string;
  /** The period as typed into the form; empty when the form gets the exact dates instead. */
  periodText: string;
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  valueText: string;
  valueStated: number;
  currency: string;
  usdRate: number | null;
  /** What the CSV and the seed carry; the form computes it from the rate. Null: no rate typed, for the table to price. */
  valueUsd: number | null;
  hedge: string;
  sourceUrl: string;
  statementDate: string;
  publishedDate: string;
}

export function formValuesOfRow(row: StatementRow): FormValues {
  return {
    ...emptyFormValues(),
    economyA: row.economyA,
    economyB: row.economyB,
    flow: row.flow,
    kind: row.kind,
    period: row.periodText || row.periodLabel,
    periodStart: row.periodText ? '' : row.periodStart,
    periodEnd: row.periodText ? '' : row.periodEnd,
    valueText: row.valueText,
    currency: row.currency,
    usdRate: row.usdRate === null ? '' : String(row.usdRate),
    hedge: row.hedge,
    sourceUrl: row.sourceUrl,
    statementDate: row.statementDate,
    publishedDate: row.publishedDate,
  };
}

export function cardOfRow(row: StatementRow): ProposalCard {
  return { values: formValuesOfRow(row), valueSpan: null, derivedFrom: null, duplicateId: null, selected: true, errors: {} };
}

const quoted = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** A Tradewatch CSV with the export's header and this one row, on line 2. */
export function csvOfRow(row: StatementRow): string {
  const cells: Partial<Record<(typeof CSV_COLUMNS)[number], string>> = {
    economy_a: row.economyA,
    economy_b: row.economyB,
    flow: row.flow,
    kind: row.kind,
    period_start: row.periodStart,
    period_end: row.periodEnd,
    period_label: row.periodLabel,
    value_text: row.valueText,
    value_stated: String(row.valueStated),
    currency: row.currency,
    usd_rate: row.usdRate === null ? '' : String(row.usdRate),
    value_usd: row.valueUsd === null ? '' : String(row.valueUsd),
    hedge: row.hedge,
    source_url: row.sourceUrl,
    statement_date: row.statementDate,
    published_date: row.publishedDate,
  };
  return `${CSV_COLUMNS.join(',')}\r\n${CSV_COLUMNS.map((c) => quoted(cells[c] ?? '')).join(',')}\r\n`;
}

export function seedOfRow(row: StatementRow): SeedStatement {
  return {
    key: 'row',
    economyA: row.economyA,
    economyB: row.economyB,
    flow: row.flow as SeedStatement['flow'],
    kind: row.kind as SeedStatement['kind'],
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    periodLabel: row.periodLabel,
    valueText: row.valueText,
    valueStated: row.valueStated,
    currency: row.currency,
    usdRate: row.usdRate,
    hedge: row.hedge as SeedStatement['hedge'],
    sourceUrl: row.sourceUrl || null,
    statementDate: row.statementDate,
    publishedDate: row.publishedDate || null,
  };
}
