import type { Readable } from 'node:stream';
import { EXPORT_IDLE_MS } from '../csv/export';
import { pullStream } from '../http/pull-stream';

export interface WebStreamOptions {
  /** The request's signal: a client that goes away ends the stream at once. */
  signal?: AbortSignal;
  /** Called once when the stream ends for any reason (done, cancelled, aborted, stalled, failed). */
  onEnd?: () => void;
  idleMs?: number;
}

/**
 * A Node stream as a web ReadableStream for a Response, read only when the
 * response's reader asks for more (pull), so a slow client slows the zip
 * down rather than filling memory. A reader that asks for nothing for
 * idleMs is dropped, as the CSV exports drop one (csv/export.ts).
 */
export function webStreamOf(source: Readable, { signal, onEnd, idleMs = EXPORT_IDLE_MS }: WebStreamOptions = {}): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  return pullStream(
    {
      next: async () => {
        const next = await chunks.next();
        return next.done ? null : new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      },
      close: () => source.destroy(),
    },
    { signal, onEnd, idleMs },
  );
}
