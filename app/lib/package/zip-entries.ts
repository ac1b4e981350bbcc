import { once } from 'node:events';
import { Readable } from 'node:stream';
import { ZipArchive } from 'archiver';

/** A file of the zip, opened only when the zip comes to it. */
export interface ZipEntry {
  name: string;
  open: () => Readable | Buffer;
}

// Text compresses to a fifth or less; zlib's default level is most of that for far less time than 9.
const COMPRESSION_LEVEL = 6;

/**
 * A zip of `entries`, written one after another as the archive's reader asks
 * for it: archiver starts reading a stream as soon as it is appended, so each
 * is appended (and opened) only once the one before is written. That keeps
 * one export's connection open at a time, and lets a later entry be made
 * from what the earlier ones counted. Destroying the archive destroys the
 * entry being written, which closes its connection.
 */
export function zipOf(entries: ZipEntry[], date: Date): ZipArchive {
  const archive = new ZipArchive({ zlib: { level: COMPRESSION_LEVEL } });
  const closed = new AbortController();
  let current: Readable | null = null;
  archive.once('close', () => {
    closed.abort();
    current?.destroy();
  });
  const write = async () => {
    for (const entry of entries) {
      const written = once(archive, 'entry', { signal: closed.signal });
      const source = entry.open();
      current = source instanceof Readable ? source : null;
      archive.append(source, { name: entry.name, date });
      await written;
    }
    current = null;
    await archive.finalize();
  };
  write().catch((error: unknown) => {
    if (!closed.signal.aborted) archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return archive;
}

/** A web stream of bytes as a Node stream the zip can read, each chunk passed to `seen` on its way. */
export function nodeStreamOf(stream: ReadableStream<Uint8Array>, seen: (chunk: Uint8Array) => void): Readable {
  async function* chunks() {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        seen(value);
        yield value;
      }
    } finally {
      // Ends the export (and closes its connection) when the zip is destroyed mid-file; a no-op after the last page.
      await reader.cancel().catch(() => undefined);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
