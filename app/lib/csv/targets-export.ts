import type { PricedStatement as Statement } from '../domain/statement';
import type { OfficialOutcome } from '../domain/official-outcome';
import type { TargetOutcome } from '../domain/verdicts';
import { BYTE_ORDER_MARK, csvLine } from './csv-text';
import { inExportTurn } from './export-turns';
import { TARGET_CSV_COLUMNS, targetCells } from './target-columns';

const HEADER = `${BYTE_ORDER_MARK}${TARGET_CSV_COLUMNS.join(',')}\r\n`;

// A page of rows per read, as the statements export does: a slow reader holds
// one page of text at a time, and other requests get the thread between pages.
const ROWS_PER_PAGE = 500;

/**
 * A view's targets as CSV, a page each time the reader asks for more (the
 * outcomes are the cached analysis's, so nothing but the text is built here).
 */
export function streamTargetsCsv(
  outcomes: TargetOutcome<Statement>[],
  judgedOn: string,
  official: ReadonlyMap<number, OfficialOutcome> = new Map(),
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(HEADER));
    },
    async pull(controller) {
      if (next >= outcomes.length) return controller.close();
      const page = await inExportTurn(() => outcomes.slice(next, next + ROWS_PER_PAGE).map((o) => csvLine(targetCells(o, judgedOn, official.get(o.target.id) ?? null))).join(''));
      next += ROWS_PER_PAGE;
      controller.enqueue(encoder.encode(page));
    },
    cancel() {
      next = outcomes.length;
    },
  });
}
