import { createHash } from 'node:crypto';

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

/**
 * What datapackage.json and README.txt say of a CSV once it has been written:
 * its size, its SHA-256 and its rows (the header left out). Fed the bytes as
 * they stream past, so nothing is kept: a record ends at a line feed outside
 * quotes (a quoted field may hold line breaks, and a doubled quote inside one
 * toggles twice, so the count stays right).
 */
export class CsvTally {
  bytes = 0;
  private lines = 0;
  private quoted = false;
  private readonly hash = createHash('sha256');
  private digest: string | null = null;

  add(chunk: Uint8Array): void {
    this.bytes += chunk.byteLength;
    this.hash.update(chunk);
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === QUOTE) this.quoted = !this.quoted;
      else if (byte === LINE_FEED && !this.quoted) this.lines++;
    }
  }

  /** Rows after the header. */
  get rows(): number {
    return Math.max(0, this.lines - 1);
  }

  /** The hash as a Data Package writes it: "sha256:…". Call once the CSV is complete. */
  get sha256(): string {
    this.digest ??= `sha256:${this.hash.digest('hex')}`;
    return this.digest;
  }
}
