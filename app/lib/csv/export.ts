import Database from 'better-sqlite3';
import { CSV_COLUMNS } from './columns';
import { registerCsvFunctions } from '../data/csv-line-sql';
import { allStatementPages, type NextCsvPage, viewPages } from '../data/csv-pages';
import type { View } from '../dashboard/view';

// Excel needs the byte order mark to read UTF-8; pandas and LibreOffice skip it.
// The column names are plain words, so the header needs no quoting.
const HEADER = `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;

/**
 * Streams the statements of a view (or all, for null) as CSV from its own
 * read-only connection: a long export would otherwise hold up the app's
 * shared connection. One read transaction spans every page, so with WAL the
 * download is one consistent snapshot however long it takes.
 */
export function streamStatementsCsv(databaseFile: string, view: View | null): ReadableStream<Uint8Array> {
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

  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(HEADER));
    },
    // Called only when the reader wants more, so a slow download holds one page at a time.
    pull(controller) {
      try {
        const page = nextPage();
        if (page) {
          controller.enqueue(page);
        } else {
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
