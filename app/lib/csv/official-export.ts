import type { OfficialCsvFigure } from '../data/official-reads';
import { BYTE_ORDER_MARK, csvLine } from './csv-text';
import { inExportTurn } from './export-turns';
import { OFFICIAL_CSV_COLUMNS, officialCells } from './official-columns';

const HEADER = `${BYTE_ORDER_MARK}${OFFICIAL_CSV_COLUMNS.join(',')}\r\n`;

// A page of rows per turn, as the targets export does: a slow reader holds one
// page of text at a time, and other requests get the thread between pages.
const ROWS_PER_PAGE = 500;

/** A view's official figures as CSV, a page each time the reader asks for more. */
export function streamOfficialCsv(figures: OfficialCsvFigure[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(HEADER));
    },
    async pull(controller) {
      if (next >= figures.length) return controller.close();
      const page = await inExportTurn(() => figures.slice(next, next + ROWS_PER_PAGE).map((f) => csvLine(officialCells(f))).join(''));
      next += ROWS_PER_PAGE;
      controller.enqueue(encoder.encode(page));
    },
    cancel() {
      next = figures.length;
    },
  });
}
