import type { NewStatement, Statement } from '../../../db/schema';

/** Columns the write path fills in itself: the row's number, the pair key, the origin and the timestamps. */
type Bookkeeping = 'id' | 'pair' | 'origin' | 'createdAt' | 'updatedAt' | 'deletedAt';

/**
 * A statement as every way in hands it to the write path, checked by the
 * core's rules (statement-rules.ts): the table's own columns, derived from
 * the drizzle schema, with every field present (null when empty).
 */
export type StatementInput = Required<Omit<NewStatement, Bookkeeping>>;

/** The fields of a statement, in the schema's order, for mapping a problem to a form field or a CSV column. */
export type StatementField = keyof StatementInput;

/**
 * A statement with a dollar value: what charts, verdicts, conflicts and
 * totals read. A figure in a currency with no known rate is left out of them
 * (and said to be) rather than priced with a guess.
 */
export type PricedStatement = Statement & { valueUsd: number };

export function isPriced<S extends { valueUsd: number | null }>(s: S): s is S & { valueUsd: number } {
  return s.valueUsd !== null;
}
