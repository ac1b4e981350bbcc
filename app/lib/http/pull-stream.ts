/*
 * A download as a web ReadableStream that reads its source only when the
 * client asks for more (pull), so a slow client slows the source down rather
 * than filling memory. The CSV exports and the data package's zip both go
 * through it, so they end the same way: the source is closed and onEnd
 * called exactly once, whether the download finished, was cancelled, the
 * request was aborted, the reader stalled for idleMs, it ran past maxMs, or
 * the source failed.
 */

export interface PullSource {
  /** The next chunk, or null at the end. */
  next(): Promise<Uint8Array | null>;
  /** Gives back what the source holds (a connection, a stream); called once. */
  close(): void;
}

export interface PullOptions {
  /** The request's signal: a client that goes away ends the download at once. */
  signal?: AbortSignal;
  /** Called once when the download ends for any reason. */
  onEnd?: () => void;
  idleMs: number;
  maxMs?: number;
  /** Bytes sent before the source's first chunk (a CSV header). */
  first?: Uint8Array;
}

export function pullStream(source: PullSource, { signal, onEnd, idleMs, maxMs = Infinity, first }: PullOptions): ReadableStream<Uint8Array> {
  const startedAt = Date.now();
  let ended = false;
  let idle: ReturnType<typeof setTimeout> | undefined;
  let stream!: ReadableStreamDefaultController<Uint8Array>;

  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(idle);
    signal?.removeEventListener('abort', onAbort);
    source.close();
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
    // A stalled reader alone must not keep a script or test process alive.
    idle.unref?.();
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      stream = controller;
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      if (first) controller.enqueue(first);
      awaitReader();
    },
    // Called only when the reader wants more, so a slow download holds one chunk at a time.
    async pull(controller) {
      clearTimeout(idle);
      if (ended) return;
      if (Date.now() - startedAt > maxMs) return fail(new Error(`The download was stopped after ${maxMs / 60_000} minutes.`));
      let chunk: Uint8Array | null;
      try {
        chunk = await source.next();
      } catch (error) {
        end();
        throw error;
      }
      if (ended) return;
      if (chunk) {
        controller.enqueue(chunk);
        awaitReader();
      } else {
        end();
        controller.close();
      }
    },
    cancel: end,
  });
}
