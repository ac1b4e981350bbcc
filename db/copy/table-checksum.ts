import { createHash } from 'node:crypto';
import type { CopiedTable } from './tables';

/*
 * A table's rows reduced to one count and one SHA-256, computed the same way
 * from either engine's rows: read in primary-key order, each row's values in
 * the schema's column order, numbers as numbers (node-postgres hands bigint
 * back as a string) and everything else as JSON writes it. Equal sums mean
 * every value arrived, in its row, unchanged.
 */

export interface TableChecksum {
  rows: number;
  sha256: string;
}

export class ChecksumBuilder {
  private readonly hash = createHash('sha256');
  private rows = 0;

  constructor(private readonly table: CopiedTable) {}

  add(row: Record<string, unknown>): void {
    const values = this.table.columns.map((column) => {
      const value = row[column];
      if (value === null || value === undefined) return null;
      return this.table.numeric.has(column) ? Number(value) : value;
    });
    this.hash.update(JSON.stringify(values));
    this.hash.update('\n');
    this.rows += 1;
  }

  result(): TableChecksum {
    return { rows: this.rows, sha256: this.hash.digest('hex') };
  }
}
