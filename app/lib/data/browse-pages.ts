import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../../db/client';
import { statements } from '../../../db/schema';
import type { BrowseQuery } from '../browse/browse-query';
import { CSV_LINE_SQL } from './csv-line-sql';
import { type CsvPages, type ExportSource, listedIdPages, openExportPages, pagesOnPool } from './csv-pages';
import { POSTGRES_CSV_LINES, type PostgresLines, postgresListedIdPages, wholeLines } from './postgres-export-pages';
import { POSTGRES_JSON_LINE_SQL } from './postgres-line-sql';
import { JSON_LINE_SQL } from './json-line-sql';
import { browseCondition, browseOrder } from './statement-search';

export type ExportFormat = 'csv' | 'ndjson';
const LINE_SQL: Record<ExportFormat, string> = { csv: CSV_LINE_SQL, ndjson: JSON_LINE_SQL };
const POSTGRES_LINES: Record<ExportFormat, PostgresLines> = { csv: POSTGRES_CSV_LINES, ndjson: wholeLines(POSTGRES_JSON_LINE_SQL) };

/**
 * Every row of a browse query, in its order, as CSV or NDJSON lines, from the
 * export's own read-only connection (or PostgreSQL's pool), page by page as the dashboard's export
 * is written (csv-pages.ts).
 */
export function openBrowsePages(source: ExportSource, query: BrowseQuery, today: string, format: ExportFormat): CsvPages {
  if (typeof source !== 'string') {
    const ids = source.select({ id: statements.id }).from(statements).where(browseCondition(source, query, today)).orderBy(...browseOrder(source, query)).getSQL();
    return pagesOnPool(postgresListedIdPages(source, ids, POSTGRES_LINES[format]));
  }
  return openExportPages(source, (connection) => {
    const db = drizzle(connection) as unknown as Db;
    const ids = db.select({ id: statements.id }).from(statements).where(browseCondition(db, query, today)).orderBy(...browseOrder(db, query)).toSQL();
    return listedIdPages(connection, ids, LINE_SQL[format]);
  });
}
