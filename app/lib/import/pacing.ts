import { Transform } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** How long the import works before handing the thread back, so a page request waits at most about this long. */
export const SLICE_MS = 4;

/** Hands the thread back once SLICE_MS of work have gone by since the last time it did. */
export function timeSlicer(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await nextTurn();
    since = performance.now();
  };
}

/** Bytes at most this many at a time: csv-parse reads a whole chunk in one go, and 64 KB of it takes over 20 ms. */
const PIECE_BYTES = 4 * 1024;

/**
 * Passes the file on in small pieces, handing the thread back between them,
 * and reports the share read (at most once per whole percent).
 */
export function pacedBytes(totalBytes: number | undefined, onProgress: ((fraction: number) => void) | undefined): Transform {
  let read = 0;
  let reported = -1;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      void (async () => {
        for (let at = 0; at < chunk.length; at += PIECE_BYTES) {
          if (at > 0) await nextTurn();
          this.push(chunk.subarray(at, at + PIECE_BYTES));
        }
        read += chunk.length;
        const percent = totalBytes ? Math.min(100, Math.floor((read / totalBytes) * 100)) : -1;
        if (onProgress && percent > reported) {
          reported = percent;
          onProgress(percent / 100);
        }
        done();
      })().catch(done);
    },
  });
}
