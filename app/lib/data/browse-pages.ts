import { drizzle } from 'drizzle-orm/better-sqlite3';
import { statements } from '../../../db/schema';
import type { BrowseQuery } from '../browse/browse-query';
import { CSV_LINE_SQL } from './csv-line-sql';
import { type CsvPages, listedIdPages, openExportPages } from './csv-pages';
import { JSON_LINE_SQL } from './json-line-sql';
import { browseCondition, browseOrder } from './statement-search';

export type ExportFormat = 'csv' | 'ndjson';
const LINE_SQL: Record<ExportFormat, string> = { csv: CSV_LINE_SQL, ndjson: JSON_LINE_SQL };

/**
 * Every row of a browse query, in its order, as CSV or NDJSON lines, from the
 * export's own read-only connection, page by page as the dashboard's export
 * is written (csv-pages.ts).
 */
export function openBrowsePages(databaseFile: string, query: BrowseQuery, today: string, format: ExportFormat): CsvPages {
  return openExportPages(databaseFile, (connection) => {
    const ids = drizzle(connection).select({ id: statements.id }).from(statements).where(browseCondition(query, today)).orderBy(...browseOrder(query)).toSQL();
    return listedIdPages(connection, ids, LINE_SQL[format]);
  });
}
