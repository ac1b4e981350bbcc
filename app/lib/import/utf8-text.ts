import { Transform, type TransformCallback } from 'node:stream';

/** Raised when the file's bytes are not UTF-8; `line` counts the header as line 1. */
export class NotUtf8Error extends Error {
  constructor(readonly line: number) {
    super(
      `Line ${line} is not valid UTF-8: the file seems to be saved in another encoding (Latin-1 or Windows-1252, for example), ` +
        'which would store letters such as “é” as “�”. Save it as UTF-8 (in Excel: Save As → “CSV UTF-8 (Comma delimited)”) and import it again.',
    );
  }
}

/** Length of the longest prefix of `bytes` that is whole, valid UTF-8 (only called once a decode has failed). */
function validPrefixLength(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const size = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    for (let k = 1; k < size; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF are invalid too.
    if ((b === 0xe0 && bytes[i + 1] < 0xa0) || (b === 0xed && bytes[i + 1] > 0x9f) || (b === 0xf0 && bytes[i + 1] < 0x90) || (b === 0xf4 && bytes[i + 1] > 0x8f)) return i;
    i += size;
  }
  return i;
}

/** The bytes at the end of a chunk that begin a character the next chunk finishes. */
function unfinishedTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 0xc0) === 0x80) continue;
    const size = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return size > back ? bytes.subarray(bytes.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

const countNewlines = (bytes: Uint8Array, end = bytes.length) => {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
};

/**
 * Bytes in, text out, refusing anything that is not UTF-8 instead of storing
 * U+FFFD in its place. A byte order mark is dropped. The decoder is fatal and
 * streaming, so a character split across two chunks is fine; on a bad byte the
 * chunk is scanned again to name the line it is on.
 */
export function utf8Text(): Transform {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let newlines = 0;
  // The bytes of the chunk before that may end in the middle of a character.
  let tail: Uint8Array = new Uint8Array(0);
  const fail = (bytes: Uint8Array) => new NotUtf8Error(newlines + countNewlines(bytes, validPrefixLength(bytes)) + 1);
  return new Transform({
    readableObjectMode: false,
    decodeStrings: true,
    transform(chunk: Buffer, _encoding, done: TransformCallback) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return done(fail(Buffer.concat([tail, chunk])));
      }
      newlines += countNewlines(chunk);
      tail = unfinishedTail(chunk);
      done(null, text);
    },
    flush(done: TransformCallback) {
      try {
        done(null, decoder.decode());
      } catch {
        done(new NotUtf8Error(newlines + 1));
      }
    },
  });
}
