import { isCurrencyCode } from '../domain/currencies';
import { restoreFormula } from '../csv/columns';
import { isIsoDate, todayIso, yearOf } from '../domain/dates';
import { FLOWS, HEDGES, KINDS } from '../domain/vocabulary';
import { isEconomyCode } from '../domain/economies';
import { EARLIEST_YEAR, LATEST_YEAR, MAX_PLAUSIBLE_USD, TEXT_LIMITS } from '../domain/limits';
import type { StatementInput } from '../domain/statement';
import type { RecordHistory } from '../data/statement-writes';
import { RowChecker, type RowResult } from './row-result';

/** The columns that make a file a Tradewatch export. */
export const TRADEWATCH_REQUIRED = ['economy_a', 'economy_b', 'flow', 'kind', 'period_start', 'period_end', 'value_usd', 'statement_date'] as const;

export interface ImportedStatement {
  input: StatementInput;
  history: RecordHistory;
  /** The id of the statement it derives from, as numbered in the file. */
  derivedFromFileId: number | null;
}

const LIMIT_BY_COLUMN: Record<string, number> = {
  period_label: TEXT_LIMITS.short,
  value_text: TEXT_LIMITS.short,
  speaker: TEXT_LIMITS.short,
  speaker_role: TEXT_LIMITS.short,
  organisation: TEXT_LIMITS.short,
  outlet: TEXT_LIMITS.short,
  derivation: TEXT_LIMITS.short,
  source_url: TEXT_LIMITS.url,
  notes: TEXT_LIMITS.notes,
  quote: TEXT_LIMITS.quote,
};

function oneOf<T extends string>(row: RowChecker, column: string, allowed: readonly T[]): T {
  const value = row.cell(column) as T;
  if (!allowed.includes(value)) row.fail(column, `“${value}” is not one of: ${allowed.join(', ')}.`);
  return value;
}

function date(row: RowChecker, column: string, required: boolean): string | null {
  const value = row.cell(column);
  if (!value) {
    if (required) row.fail(column, 'This date is required, written yyyy-mm-dd.');
    return null;
  }
  if (!isIsoDate(value)) row.fail(column, `“${value}” is not a date written yyyy-mm-dd.`);
  else if (yearOf(value) < EARLIEST_YEAR || yearOf(value) > LATEST_YEAR) row.fail(column, `The year must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`);
  else return value;
  return null;
}

function positive(row: RowChecker, column: string, required: boolean): number | null {
  const text = row.cell(column);
  if (!text && !required) return null;
  const value = Number(text);
  if (!text || !Number.isFinite(value) || value <= 0) row.fail(column, `“${text}” is not a number above zero; write it plainly, e.g. 567500000.`);
  return value;
}

/**
 * Free text as typed: cells are kept whole (not trimmed), with the export's
 * formula guard removed, so an export imports back unchanged.
 */
function text(record: Record<string, string>, row: RowChecker, column: string): string | null {
  const raw = restoreFormula(record[column] ?? '');
  if (raw.length > (LIMIT_BY_COLUMN[column] ?? TEXT_LIMITS.short)) row.fail(column, `Longer than ${LIMIT_BY_COLUMN[column]} characters.`);
  return raw === '' ? null : raw;
}

/** One row of a Tradewatch CSV export as a statement, or what is wrong with it. */
export function readTradewatchRow(record: Record<string, string>, line: number): RowResult<ImportedStatement> {
  const row = new RowChecker(record, line);
  const economyA = row.cell('economy_a').toUpperCase();
  const economyB = row.cell('economy_b').toUpperCase();
  for (const [column, code] of [['economy_a', economyA], ['economy_b', economyB]] as const) {
    if (!isEconomyCode(code)) row.fail(column, `“${code}” is not an ISO 3166-1 alpha-3 code (or EUU for the European Union).`);
  }
  if (economyA && economyA === economyB) row.fail('economy_b', 'Economy B must differ from economy A.');
  const flow = oneOf(row, 'flow', FLOWS);
  const kind = oneOf(row, 'kind', KINDS);
  const hedge = oneOf(row, 'hedge', HEDGES);
  const periodStart = date(row, 'period_start', true);
  const periodEnd = date(row, 'period_end', true);
  if (periodStart && periodEnd && periodEnd < periodStart) row.fail('period_end', 'The period ends before it starts.');
  const statementDate = date(row, 'statement_date', true);
  if (statementDate && statementDate > todayIso()) row.fail('statement_date', 'The statement date is in the future.');
  const publishedDate = date(row, 'published_date', false);
  const valueStated = positive(row, 'value_stated', true);
  const usdRate = positive(row, 'usd_rate', false);
  const valueUsd = positive(row, 'value_usd', true);
  if (valueUsd !== null && valueUsd > MAX_PLAUSIBLE_USD) row.fail('value_usd', 'Over $100 trillion; check the unit.');
  const currency = row.cell('currency').toUpperCase() || 'USD';
  if (!isCurrencyCode(currency)) row.fail('currency', `“${currency}” is not an ISO 4217 currency code.`);
  const sourceUrl = text(record, row, 'source_url');
  if (sourceUrl && !/^https?:\/\//i.test(sourceUrl)) row.fail('source_url', 'The source URL must start with http:// or https://.');
  const texts = Object.fromEntries(
    ['period_label', 'value_text', 'speaker', 'speaker_role', 'organisation', 'outlet', 'quote', 'notes', 'derivation'].map((c) => [c, text(record, row, c)]),
  );
  if (!texts.value_text) row.fail('value_text', 'The value as stated is required.');
  const integer = (column: string) => {
    const value = row.cell(column);
    if (value && !/^\d+$/.test(value)) row.fail(column, `“${value}” is not a statement number.`);
    return value ? Number(value) : null;
  };
  const fileId = integer('id');
  const derivedFromFileId = integer('derived_from_id');
  const stamp = (column: string) => (/^\d{4}-\d{2}-\d{2}T/.test(row.cell(column)) ? row.cell(column) : undefined);

  return row.result(() => ({
    input: {
      economyA,
      economyB,
      flow,
      kind,
      periodStart: periodStart!,
      periodEnd: periodEnd!,
      periodLabel: texts.period_label ?? `${periodStart} to ${periodEnd}`,
      valueText: texts.value_text!,
      valueStated: valueStated!,
      currency,
      usdRate,
      valueUsd: valueUsd!,
      hedge,
      speaker: texts.speaker,
      speakerRole: texts.speaker_role,
      organisation: texts.organisation,
      outlet: texts.outlet,
      sourceUrl,
      quote: texts.quote,
      statementDate: statementDate!,
      publishedDate,
      notes: texts.notes,
      derivedFromId: null,
      derivation: texts.derivation,
    },
    history: { id: fileId ?? undefined, createdAt: stamp('created_at'), updatedAt: stamp('updated_at') },
    derivedFromFileId,
  }));
}
