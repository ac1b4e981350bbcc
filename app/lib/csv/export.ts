import { CSV_COLUMNS } from './columns';
import { openCsvPages } from '../data/csv-pages';
import type { View } from '../dashboard/view';

// Excel needs the byte order mark to read UTF-8; pandas and LibreOffice skip it.
// The column names are plain words, so the header needs no quoting.
const HEADER = `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;

/**
 * Streams the statements of a view (or all, for null) of the database file
 * as CSV: the header, then the pages of lines data/csv-pages.ts writes, one
 * page each time the reader asks for more.
 */
export function streamStatementsCsv(databaseFile: string, view: View | null): ReadableStream<Uint8Array> {
  const pages = openCsvPages(databaseFile, view);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(HEADER));
    },
    // Called only when the reader wants more, so a slow download holds one page at a time.
    async pull(controller) {
      const page = await pages.next();
      if (page) {
        controller.enqueue(page);
      } else {
        pages.close();
        controller.close();
      }
    },
    cancel: () => pages.close(),
  });
}
