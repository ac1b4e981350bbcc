import type { Readable } from 'node:stream';
import { EXPORT_IDLE_MS } from '../csv/export';

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
  let ended = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let stream!: ReadableStreamDefaultController<Uint8Array>;

  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(idle);
    signal?.removeEventListener('abort', onAbort);
    source.destroy();
    onEnd?.();
  };
  const fail = (reason: unknown) => {
    end();
    try {
      stream.error(reason);
    } catch {
      // already closed or errored
    }
  };
  const onAbort = () => fail(signal?.reason ?? new Error('The download was cancelled.'));
  const awaitReader = () => {
    idle = setTimeout(() => fail(new Error(`The download was dropped: nothing was read for ${idleMs / 1000} s.`)), idleMs);
    idle.unref?.();
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      stream = controller;
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      awaitReader();
    },
    async pull(controller) {
      clearTimeout(idle);
      if (ended) return;
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (error) {
        end();
        throw error;
      }
      if (ended) return;
      if (next.done) {
        end();
        controller.close();
        return;
      }
      controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
      awaitReader();
    },
    cancel: end,
  });
}
