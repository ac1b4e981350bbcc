import Database from 'better-sqlite3';
import { desc, getTableColumns, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { SQLiteSyncDialect } from 'drizzle-orm/sqlite-core';
import { type Db, getDb } from '../../../db/client';
import * as schema from '../../../db/schema';
import { type Statement, statements } from '../../../db/schema';
import { CSV_LINE_SQL, registerCsvFunctions } from './csv-line-sql';
import { viewCondition } from './statement-filter';
import { asofInstant } from '../dashboard/asof';
import type { View } from '../dashboard/view';
import { statementsAsOf } from './view-as-of';
import { postgresAllStatementPages, postgresPinnedPages, postgresViewPages } from './postgres-export-pages';
import { isPostgres } from './sql-dialect';

/**
 * Where an export reads: a SQLite file, which the export opens read-only on a
 * connection of its own, or the PostgreSQL database in use, whose pool each
 * page borrows a connection from.
 */
export type ExportSource = string | Db;

/** Reads one page from a prepared query: what allStatementPages and viewPages hand back. */
/** The next page, or null after the last; a pinned view's first page waits for its history to be read. */
export type NextCsvPage = () => Uint8Array | null | Promise<Uint8Array | null>;

/** The CSV lines of an export, page by page, each page read in a short read of its own. */
export interface CsvPages {
  /** The next page of lines as UTF-8, or null after the last. */
  next(): Promise<Uint8Array | null>;
  /** Ends the read; safe to call more than once. */
  close(): void;
}

// The exports' connections open now: what a test checks an abandoned download gave back.
const openConnections = new Set<Database.Database>();

export function csvConnectionsOpen(): number {
  return openConnections.size;
}

/**
 * The statements of a view (or all, for null) as CSV lines, read from their
 * own read-only connection to the database file, so that the export's
 * prepared queries and functions stay off the app's shared connection.
 * Each page is one statement in autocommit, so no read transaction is open
 * between pages: a reader that stalls mid-download pins no snapshot, and the
 * WAL can be checkpointed past it (one transaction over every page made a
 * stalled download hold the WAL for as long as its socket stayed open). Each
 * page is consistent; a statement edited while the file downloads appears as
 * it was when its page was read (all statements go by id, so none is missed
 * or repeated; a view's ids are listed when its first page is read).
 */
export function openCsvPages(source: ExportSource, view: View | null): CsvPages {
  if (typeof source !== 'string') return pagesOnPool(view?.asof ? postgresPinnedPages(source, view, view.asof) : view ? postgresViewPages(source, view) : postgresAllStatementPages(source));
  return openExportPages(source, (connection) => (view?.asof ? pinnedPages(connection, view, view.asof) : view ? viewPages(connection, view) : allStatementPages(connection)));
}

/**
 * An export's pages from a read-only connection of its own (see openCsvPages),
 * as `pagesOf` reads them; the connection closes after the last page, on
 * close(), or when a page fails.
 */
export function openExportPages(databaseFile: string, pagesOf: (connection: Database.Database) => NextCsvPage): CsvPages {
  const connection = new Database(databaseFile, { readonly: true, fileMustExist: true });
  openConnections.add(connection);
  let nextPage: NextCsvPage;
  try {
    registerCsvFunctions(connection);
    nextPage = pagesOf(connection);
  } catch (error) {
    openConnections.delete(connection);
    connection.close();
    throw error;
  }
  const close = () => {
    openConnections.delete(connection);
    if (connection.open) connection.close();
  };
  return {
    next: async () => {
      try {
        return await nextPage();
      } catch (error) {
        close();
        throw error;
      }
    },
    close,
  };
}

/**
 * An export's pages read through drizzle on either engine: from a read-only
 * SQLite connection of its own (openExportPages), or from the PostgreSQL pool.
 */
export function openExportReads(source: ExportSource, pagesOf: (db: Db) => NextCsvPage): CsvPages {
  if (typeof source !== 'string') return pagesOnPool(pagesOf(source));
  return openExportPages(source, (connection) => pagesOf(drizzle(connection, { schema }) as Db));
}

/** An export's pages on PostgreSQL: nothing is held between pages, so there is nothing to close. */
export function pagesOnPool(nextPage: NextCsvPage): CsvPages {
  let done = false;
  return {
    next: async () => (done ? null : nextPage()),
    close: () => {
      done = true;
    },
  };
}

// About 125 KB of CSV per page, a few milliseconds of work: short enough that
// eight downloads filling their sockets at once leave the dashboard a turn
// every few tens of milliseconds (pages of 1 000 rows took 25-80 ms each and
// held it up to 2.8 s), long enough that the query per page costs little.
const ROWS_PER_PAGE = 250;

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
 * looks up its share of them (leaving out any deleted since).
 */
function viewPages(connection: Database.Database, view: View): NextCsvPage {
  const ids = drizzle(connection)
    .select({ id: statements.id })
    .from(statements)
    .where(viewCondition(view))
    .orderBy(desc(statements.statementDate), desc(statements.id))
    .toSQL();
  return listedIdPages(connection, ids);
}

/**
 * Pages of the statements `ids` lists, in its order, as `lineSql` writes each
 * (a CSV line unless told otherwise): the ids are listed when the first page
 * is read, and a statement deleted since is left out.
 */
export function listedIdPages(connection: Database.Database, ids: { sql: string; params: unknown[] }, lineSql: string = CSV_LINE_SQL): NextCsvPage {
  const page = connection
    .prepare(
      `SELECT CAST(group_concat(line, '' ORDER BY position) AS BLOB)
       FROM (SELECT listed.key AS position, ${lineSql} AS line
             FROM (SELECT key, value FROM json_each(?)) AS listed
             JOIN statements ON statements.id = listed.value
             WHERE statements.deleted_at IS NULL)`,
    )
    .pluck();
  let sorted: number[] | null = null;
  let next = 0;
  return () => {
    sorted ??= connection.prepare(ids.sql).pluck().all(...ids.params) as number[];
    if (next >= sorted.length) return null;
    const share = sorted.slice(next, next + ROWS_PER_PAGE);
    next += share.length;
    // Empty, not null, when every statement of the share was deleted since the ids were listed.
    return (page.get(JSON.stringify(share)) as Buffer | null) ?? new Uint8Array(0);
  };
}

/** The columns of `statements`, read from a JSON array of rows as JSON.stringify writes them. */
const ROWS_FROM_JSON = `SELECT key AS position, ${Object.entries(getTableColumns(statements))
  .map(([field, column]) => `json_extract(value, '$.${field}') AS ${column.name}`)
  .join(', ')} FROM json_each(?)`;

/**
 * Pages of a pinned view: its statements as they stood at its moment (read
 * from the history when its first page is read), written by the same SQL as
 * every other export from the rows as JSON, so the columns and quoting agree.
 */
function pinnedPages(connection: Database.Database, view: View, asof: string): NextCsvPage {
  const page = connection
    .prepare(`SELECT CAST(group_concat(line, '' ORDER BY position) AS BLOB) FROM (SELECT position, ${CSV_LINE_SQL} AS line FROM (${ROWS_FROM_JSON}))`)
    .pluck();
  let rows: Statement[] | null = null;
  let next = 0;
  return async () => {
    rows ??= await statementsAsOf(drizzle(connection, { schema }), view, asofInstant(asof));
    if (next >= rows.length) return null;
    const share = rows.slice(next, next + ROWS_PER_PAGE);
    next += share.length;
    return page.get(JSON.stringify(share)) as Buffer;
  };
}

/**
 * Where exports read the database in use (start-up, a script or a test chose
 * it with useDatabase): its SQLite file, or the PostgreSQL database itself.
 */
export function exportSourceInUse(): ExportSource {
  const db = getDb();
  return isPostgres(db) ? db : db.$client.name;
}
