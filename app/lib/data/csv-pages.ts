import Database from 'better-sqlite3';
import { desc, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { getDb } from '../../../db/client';
import { statements } from '../../../db/schema';
import { CSV_LINE_SQL, registerCsvFunctions } from './csv-line-sql';
import { viewCondition } from './statement-filter';
import type { View } from '../dashboard/view';

/** Reads one page from a prepared query: what allStatementPages and viewPages hand back. */
type NextCsvPage = () => Uint8Array | null;

/** The CSV lines of an export, page by page, from one snapshot of the database. */
export interface CsvPages {
  /** The next page of lines as UTF-8, or null after the last. */
  next(): Promise<Uint8Array | null>;
  /** Ends the read; safe to call more than once. */
  close(): void;
}

/**
 * The statements of a view (or all, for null) as CSV lines, read from their
 * own read-only connection to the database file: a long export would
 * otherwise hold up the app's shared connection. One read transaction spans
 * every page, so with WAL the download is one consistent snapshot however
 * long it takes.
 */
export function openCsvPages(databaseFile: string, view: View | null): CsvPages {
  const connection = new Database(databaseFile, { readonly: true, fileMustExist: true });
  let nextPage: NextCsvPage;
  try {
    registerCsvFunctions(connection);
    nextPage = view ? viewPages(connection, view) : allStatementPages(connection);
    connection.exec('BEGIN');
  } catch (error) {
    connection.close();
    throw error;
  }
  const close = () => {
    if (connection.open) connection.close();
  };
  return {
    next: async () => {
      try {
        return nextPage();
      } catch (error) {
        close();
        throw error;
      }
    },
    close,
  };
}

// About half a megabyte of CSV per page: few round trips, little memory.
const ROWS_PER_PAGE = 1000;

/**
 * Pages of every live statement in id order, each found from the last id of
 * the one before, so each page is a short walk along the table.
 */
function allStatementPages(connection: Database.Database): NextCsvPage {
  const live = new SQLiteSyncDialect().sqlToQuery(viewCondition(null) ?? sql`1`);
  const page = connection
    .prepare(
      `SELECT max(id), CAST(group_concat(line, '' ORDER BY id) AS BLOB)
       FROM (SELECT id, ${CSV_LINE_SQL} AS line FROM statements
             WHERE (${live.sql}) AND id > ? ORDER BY id LIMIT ${ROWS_PER_PAGE})`,
    )
    .raw();
  let lastId = -Infinity;
  return () => {
    const [last, csv] = page.get(...live.params, lastId) as [number | null, Buffer | null];
    if (last === null || csv === null) return null;
    lastId = last;
    return csv;
  };
}

/**
 * Pages of a view's statements, newest first. No index gives that order, so
 * the ids are sorted once up front (a million take ~8 MB) and each page
 * looks up its share of them.
 */
function viewPages(connection: Database.Database, view: View): NextCsvPage {
  const ids = drizzle(connection)
    .select({ id: statements.id })
    .from(statements)
    .where(viewCondition(view))
    .orderBy(desc(statements.statementDate), desc(statements.id))
    .toSQL();
  const page = connection
    .prepare(
      `SELECT CAST(group_concat(line, '' ORDER BY position) AS BLOB)
       FROM (SELECT listed.key AS position, ${CSV_LINE_SQL} AS line
             FROM (SELECT key, value FROM json_each(?)) AS listed
             JOIN statements ON statements.id = listed.value)`,
    )
    .pluck();
  let sorted: number[] | null = null;
  let next = 0;
  return () => {
    sorted ??= connection.prepare(ids.sql).pluck().all(...ids.params) as number[];
    if (next >= sorted.length) return null;
    const share = sorted.slice(next, next + ROWS_PER_PAGE);
    next += share.length;
    return page.get(JSON.stringify(share)) as Buffer;
  };
}

/**
 * The file of the database in use (start-up, a script or a test chose it with
 * useDatabase), which the export reads from a connection of its own.
 */
export function databaseFileInUse(): string {
  return getDb().$client.name;
}
