import { CSV_COLUMNS } from './columns';
import { inExportTurn } from './export-turns';
import { pullStream, type PullSource } from '../http/pull-stream';
import { type CsvPages, type ExportSource, openCsvPages } from '../data/csv-pages';
import type { View } from '../dashboard/view';

// Excel needs the byte order mark to read UTF-8; pandas and LibreOffice skip it.
// The column names are plain words, so the header needs no quoting.
const HEADER = `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;

/**
 * A reader that asks for nothing more for this long is dropped: its
 * connection is closed and its place among the running exports given back.
 * Without it a client that starts a download and never reads keeps both for
 * as long as it keeps the socket open.
 */
export const EXPORT_IDLE_MS = 30_000;
/** No export runs longer than this, however steadily it is read (a million rows take well under a minute). */
export const EXPORT_MAX_MS = 30 * 60_000;

export interface ExportOptions {
  /** The request's signal: a client that goes away ends the export at once. */
  signal?: AbortSignal;
  /** Called once when the export ends for any reason (done, cancelled, aborted, stalled, failed). */
  onEnd?: () => void;
  idleMs?: number;
  maxMs?: number;
}

/**
 * Streams the statements of a view (or all, for null) of the database
 * as CSV: the header, then the pages of lines data/csv-pages.ts writes, one
 * page each time the reader asks for more. The connection behind it is
 * closed whichever way the export ends: the last page, the stream's cancel,
 * the request's signal, a reader idle for idleMs, or maxMs in all.
 */
export function streamStatementsCsv(source: ExportSource, view: View | null, options: ExportOptions = {}): ReadableStream<Uint8Array> {
  return streamExport(() => openCsvPages(source, view), HEADER, options);
}

/** The CSV header every statements export starts with. */
export const STATEMENTS_CSV_HEADER = HEADER;

/**
 * Streams an export's pages after `header`, one page each time the reader
 * asks for more, ending (and closing the pages) whichever way it ends.
 */
export function streamExport(open: () => CsvPages, header: string, options: ExportOptions = {}): ReadableStream<Uint8Array> {
  const { signal, onEnd, idleMs = EXPORT_IDLE_MS, maxMs = EXPORT_MAX_MS } = options;
  let pages: CsvPages;
  try {
    pages = open();
  } catch (error) {
    onEnd?.();
    throw error;
  }
  let closed = false;
  const source: PullSource = {
    // A download that ended while waiting for its turn reads no page.
    next: () => inExportTurn(() => (closed ? null : pages.next())),
    close: () => {
      closed = true;
      pages.close();
    },
  };
  return pullStream(source, { signal, onEnd, idleMs, maxMs, first: header ? new TextEncoder().encode(header) : undefined });
}
