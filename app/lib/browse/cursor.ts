import { type AnyColumn, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Sort } from './browse-query';

/*
 * Keyset paging: a page's link names the last row it showed (its sort value
 * and id), and the next page starts after it. A deep page is read off the
 * sort's index from that point, so page 500 costs what page 1 does, and a
 * row added meanwhile neither repeats nor skips a row.
 */

export type SortValue = string | number | null;
export interface Cursor {
  value: SortValue;
  id: number;
}

const NUMERIC: ReadonlySet<Sort> = new Set(['value']);

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.id])).toString('base64url');
}

/** The cursor in a page link, or null when it is not one this sort wrote. */
export function decodeCursor(text: string, sort: Sort): Cursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed as unknown[];
    if (!Number.isSafeInteger(id) || (id as number) < 1) return null;
    const fits = value === null || (NUMERIC.has(sort) ? typeof value === 'number' && Number.isFinite(value) : typeof value === 'string' && value.length <= 300);
    return fits ? { value: value as SortValue, id: id as number } : null;
  } catch {
    return null;
  }
}

/**
 * The SQL condition "after this row" in an order by `column` (a column, or
 * one under a collation) then `id`, both ascending or both descending. SQLite sorts NULL first ascending and last
 * descending; the condition follows it, so rows without a value page too.
 * A row value, `(column, id) > (v, last)`, lets SQLite start reading the
 * sort's index at the cursor, so a deep page reads no more than the first;
 * the same test written with OR made it walk the index from the top.
 */
export function afterCondition(column: SQLWrapper, notNull: boolean, id: AnyColumn, dir: 'asc' | 'desc', cursor: Cursor): SQL {
  const { value, id: last } = cursor;
  if (dir === 'asc') {
    if (value === null) return sql`((${column} is null and ${id} > ${last}) or ${column} is not null)`;
    // A NULL compares as unknown, so rows without a value (which came first) are left out, as they should be.
    return sql`((${column}, ${id}) > (${value}, ${last}))`;
  }
  if (value === null) return sql`(${column} is null and ${id} < ${last})`;
  if (notNull) return sql`((${column}, ${id}) < (${value}, ${last}))`;
  return sql`((${column}, ${id}) < (${value}, ${last}) or ${column} is null)`;
}
