import { restoreFormula } from '../csv/columns';
import type { StatementField, StatementInput } from '../domain/statement';
import { STATEMENT_MESSAGES as M } from '../domain/statement-messages';
import { checkStatement, type StatementCandidate, type StatementErrors } from '../domain/statement-rules';
import type { RecordHistory } from '../data/statement-writes';
import { RowChecker, type RowError, type RowResult } from './row-result';
import { COLUMN_OF_FIELD } from './tradewatch-columns';

export { TRADEWATCH_REQUIRED } from './tradewatch-columns';

export interface ImportedStatement {
  /** As the core's rules checked it; derivedFromId is left null (the import links it). */
  input: StatementInput;
  history: RecordHistory;
  /** The row's id cell: only a link for other rows, or a round trip of a statement already here; never stored as given. */
  fileId: number | null;
  /** The id of the statement it derives from, as numbered in the file. */
  derivedFromFileId: number | null;
}

/**
 * The largest statement number a file may name: far beyond any real database,
 * and far below 2^53, past which JavaScript cannot tell two numbers apart.
 */
export const MAX_FILE_ID = 2 ** 40;

/** The core's problems with a statement, each at its line and CSV column. */
export function rowErrorsOf(errors: StatementErrors, line: number): RowError[] {
  return (Object.entries(errors) as [StatementField, string[]][]).flatMap(([field, messages]) =>
    messages.map((message) => ({ line, column: COLUMN_OF_FIELD[field], message })),
  );
}

/** A number cell: empty is null, anything else must be a plain number (a spreadsheet may write 1E+20). */
function number(row: RowChecker, column: string): number | null {
  const text = row.cell(column);
  if (!text) return null;
  const value = Number(text);
  if (!Number.isFinite(value)) row.fail(column, M.notANumber(`“${text.slice(0, 40)}”`));
  return value;
}

function statementNumber(row: RowChecker, column: string): number | null {
  const value = row.cell(column);
  if (!value) return null;
  if (!/^[1-9]\d*$/.test(value)) {
    row.fail(column, `“${value.slice(0, 40)}” is not a statement number; write the number from the file's id column, e.g. 12.`);
    return null;
  }
  if (value.length > 13 || Number(value) > MAX_FILE_ID) {
    row.fail(column, `${value.slice(0, 40)} is not a statement number this database could have given (they go up from 1); use the id from an export, or leave the cell empty.`);
    return null;
  }
  return Number(value);
}

/**
 * Free text as typed: cells are kept whole (not trimmed), with the export's
 * formula guard removed, so an export imports back unchanged.
 */
function text(record: Record<string, string>, column: string): string | null {
  const raw = restoreFormula(record[column] ?? '');
  return raw === '' ? null : raw;
}

/**
 * One row of a Tradewatch CSV export as a candidate statement, checked by the
 * core's rules, or what is wrong with it at its line and column. Columns the
 * export derives (pair, partial_period) are not read: the write path derives them again.
 */
export function readTradewatchRow(record: Record<string, string>, line: number): RowResult<ImportedStatement> {
  const row = new RowChecker(record, line);
  const valueStated = number(row, 'value_stated');
  const usdRate = number(row, 'usd_rate');
  const valueUsd = number(row, 'value_usd');
  const fileId = statementNumber(row, 'id');
  const derivedFromFileId = statementNumber(row, 'derived_from_id');
  const stamp = (column: string) => (/^\d{4}-\d{2}-\d{2}T/.test(row.cell(column)) ? row.cell(column) : undefined);
  const statement: StatementCandidate = {
    economyA: row.cell('economy_a'),
    economyB: row.cell('economy_b'),
    flow: row.cell('flow'),
    kind: row.cell('kind'),
    periodStart: row.cell('period_start'),
    periodEnd: row.cell('period_end'),
    periodLabel: text(record, 'period_label') ?? '',
    valueText: text(record, 'value_text') ?? '',
    valueStated: valueStated ?? Number.NaN,
    currency: row.cell('currency').toUpperCase() || 'USD',
    usdRate,
    valueUsd,
    // Whose rate it was travels with an export; a file without the columns leaves a typed rate the editor's.
    rateOrigin: (row.cell('rate_origin') || null) as StatementCandidate['rateOrigin'],
    rateSource: text(record, 'rate_source'),
    hedge: row.cell('hedge') || 'exact',
    speaker: text(record, 'speaker'),
    speakerRole: text(record, 'speaker_role'),
    organisation: text(record, 'organisation'),
    outlet: text(record, 'outlet'),
    sourceUrl: text(record, 'source_url'),
    quote: text(record, 'quote'),
    statementDate: row.cell('statement_date'),
    publishedDate: row.cell('published_date') || null,
    notes: text(record, 'notes'),
    // Linked by the write path: to a row of this file, or to a statement already in the database.
    derivedFromId: null,
    derivation: text(record, 'derivation'),
  };
  const check = checkStatement(statement);
  const cellErrors = new Set(row.errors.map((e) => e.column));
  // A cell that is not a number at all keeps only that message, not the core's about its stand-in.
  if (!check.ok) for (const error of rowErrorsOf(check.errors, line)) if (!cellErrors.has(error.column)) row.errors.push(error);
  if (!check.ok) return { kind: 'invalid', errors: row.errors };
  return row.result(() => ({
    input: check.statement,
    history: { createdAt: stamp('created_at'), updatedAt: stamp('updated_at') },
    fileId,
    derivedFromFileId,
  }));
}
