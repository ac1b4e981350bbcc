import Database from 'better-sqlite3';
import { stringify } from 'csv-stringify/sync';
import { asc, desc } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { statements } from '../../db/schema';
import { CSV_COLUMNS, FREE_TEXT_COLUMNS, neutraliseFormula } from './csv-columns';
import { isPartialYear } from './parse-period';
import { viewCondition } from './statement-filter';
import type { View } from './view';

const ROWS_PER_CHUNK = 2000;
// Excel needs the byte order mark to read UTF-8; pandas and LibreOffice skip it.
const BOM = '\uFEFF';

type RawRow = Record<string, string | number | null>;

function toCells(row: RawRow): (string | number)[] {
  return CSV_COLUMNS.map((column) => {
    if (column === 'partial_period') return String(isPartialYear(String(row.period_start), String(row.period_end)));
    const value = row[column];
    if (value === null || value === undefined) return '';
    if (typeof value === 'number') return value;
    return FREE_TEXT_COLUMNS.has(column) ? neutraliseFormula(value) : value;
  });
}

function csvText(records: (string | number)[][]): string {
  // RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break.
  return stringify(records, { record_delimiter: 'windows', cast: { number: (n) => String(n) } });
}

/**
 * Streams the statements of a view (or all, for null) as CSV from its own
 * read-only connection: an open cursor would block the app's shared
 * connection, and WAL lets this reader see one consistent snapshot.
 */
export function streamStatementsCsv(databaseFile: string, view: View | null): ReadableStream<Uint8Array> {
  const connection = new Database(databaseFile, { readonly: true, fileMustExist: true });
  const query = drizzle(connection)
    .select()
    .from(statements)
    .where(viewCondition(view))
    .orderBy(...(view ? [desc(statements.statementDate), desc(statements.id)] : [asc(statements.id)]))
    .toSQL();
  const rows = connection.prepare(query.sql).raw(false).iterate(...query.params) as IterableIterator<RawRow>;
  const encoder = new TextEncoder();
  const close = () => {
    rows.return?.();
    if (connection.open) connection.close();
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(BOM + csvText([[...CSV_COLUMNS]])));
    },
    pull(controller) {
      try {
        const chunk: (string | number)[][] = [];
        for (let next = rows.next(); !next.done; next = rows.next()) {
          chunk.push(toCells(next.value));
          if (chunk.length === ROWS_PER_CHUNK) break;
        }
        if (chunk.length) controller.enqueue(encoder.encode(csvText(chunk)));
        if (chunk.length < ROWS_PER_CHUNK) {
          close();
          controller.close();
        }
      } catch (error) {
        close();
        controller.error(error);
      }
    },
    cancel: close,
  });
}
