import { desc, getTableColumns, type SQL, sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from '../../../db/client';
import type { PostgresDb } from '../../../db/postgres/client';
import { statements as postgresStatements } from '../../../db/postgres/schema';
import { type Statement, statements } from '../../../db/schema';
import { asofInstant } from '../dashboard/asof';
import type { View } from '../dashboard/view';
import type { NextCsvPage } from './csv-pages';
import { csvLineOf, POSTGRES_CSV_PIECES } from './postgres-line-sql';
import { viewCondition } from './statement-filter';
import { statementsAsOf } from './view-as-of';

/*
 * The exports' pages on PostgreSQL, as csv-pages.ts reads them from SQLite:
 * each page one query on the app's pool, so no connection or snapshot is held
 * between pages however slowly the download is read. The server writes each
 * line's text, the app its numbers (postgres-line-sql.ts).
 */

const ROWS_PER_PAGE = 1000;
const encoder = new TextEncoder();
const dialect = new PgDialect();

/** A query's rows as arrays of its columns: a page of a thousand rows builds no object per row. */
async function arrayRows(db: Db, query: SQL): Promise<unknown[][]> {
  const { sql: text, params } = dialect.sqlToQuery(query);
  const result = await (db as unknown as PostgresDb).$client.query({ text, values: params, rowMode: 'array' });
  return result.rows as unknown[][];
}

/** How a page's rows become its bytes: CSV lines from their pieces, or lines the server wrote whole. */
export interface PostgresLines {
  /** The SQL columns of one row, over a table or subquery called statements. */
  columns: string;
  line: (row: unknown[]) => string;
}

export const POSTGRES_CSV_LINES: PostgresLines = { columns: POSTGRES_CSV_PIECES.join(', '), line: (row) => csvLineOf(row as (string | null)[]) };

/** Lines the server writes whole (`lineSql`, such as an NDJSON line). */
export const wholeLines = (lineSql: string): PostgresLines => ({ columns: lineSql, line: (row) => row[0] as string });

const bytesOf = (rows: unknown[][], lines: PostgresLines, skip = 0) => encoder.encode(rows.map((row) => lines.line(row.slice(skip))).join(''));

/** Every live statement in id order, each page found from the last id of the one before. */
export function postgresAllStatementPages(db: Db): NextCsvPage {
  let lastId = 0;
  return async () => {
    const rows = await arrayRows(
      db,
      sql`SELECT id, ${sql.raw(POSTGRES_CSV_LINES.columns)} FROM statements
          WHERE ${viewCondition(null)} AND id > ${lastId} ORDER BY id LIMIT ${ROWS_PER_PAGE}`,
    );
    if (rows.length === 0) return null;
    lastId = Number(rows.at(-1)![0]);
    return bytesOf(rows, POSTGRES_CSV_LINES, 1);
  };
}

/**
 * The statements `ids` lists, in its order, as `lines` writes each: the ids
 * are listed when the first page is read, and one deleted since is left out.
 */
export function postgresListedIdPages(db: Db, ids: SQL, lines: PostgresLines = POSTGRES_CSV_LINES): NextCsvPage {
  let sorted: number[] | null = null;
  let next = 0;
  return async () => {
    sorted ??= (await arrayRows(db, ids)).map((row) => Number(row[0]));
    if (next >= sorted.length) return null;
    const share = JSON.stringify(sorted.slice(next, next + ROWS_PER_PAGE));
    next += ROWS_PER_PAGE;
    // Empty, not null, when every statement of the share was deleted since the ids were listed.
    const rows = await arrayRows(
      db,
      sql`SELECT ${sql.raw(lines.columns)}
          FROM jsonb_array_elements_text(${share}::jsonb) WITH ORDINALITY AS listed(value, position)
          JOIN statements ON statements.id = listed.value::bigint
          WHERE statements.deleted_at IS NULL ORDER BY listed.position`,
    );
    return bytesOf(rows, lines);
  };
}

/** A view's statements, newest first (ids listed up front, as csv-pages.ts viewPages). */
export function postgresViewPages(db: Db, view: View): NextCsvPage {
  return postgresListedIdPages(db, db.select({ id: statements.id }).from(statements).where(viewCondition(view)).orderBy(desc(statements.statementDate), desc(statements.id)).getSQL());
}

/** The statements' columns from a JSON array of rows as JSON.stringify writes them, named as the table's, in a table called statements. */
const ROW_COLUMNS = Object.entries(getTableColumns(postgresStatements)).map(([field, column]) => ({ field, name: column.name, type: column.getSQLType() }));
const ROWS_FROM_JSON = (rows: string) =>
  sql`(SELECT position, ${sql.raw(ROW_COLUMNS.map(({ field, name }) => `"${field}" AS ${name}`).join(', '))}
       FROM jsonb_to_recordset(${rows}::jsonb) AS listed(position bigint, ${sql.raw(ROW_COLUMNS.map(({ field, type }) => `"${field}" ${type}`).join(', '))})) AS statements`;

/** A pinned view: its statements as they stood at its moment, read from the history when its first page is read. */
export function postgresPinnedPages(db: Db, view: View, asof: string): NextCsvPage {
  let rows: Statement[] | null = null;
  let next = 0;
  return async () => {
    rows ??= await statementsAsOf(db, view, asofInstant(asof));
    if (next >= rows.length) return null;
    const share = JSON.stringify(rows.slice(next, next + ROWS_PER_PAGE).map((row, position) => ({ ...row, position })));
    next += ROWS_PER_PAGE;
    return bytesOf(await arrayRows(db, sql`SELECT ${sql.raw(POSTGRES_CSV_LINES.columns)} FROM ${ROWS_FROM_JSON(share)} ORDER BY position`), POSTGRES_CSV_LINES);
  };
}
