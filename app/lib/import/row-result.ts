/** A problem with one cell of an imported file; line numbers count the header as line 1. */
export interface RowError {
  line: number;
  column: string;
  message: string;
}

/** What one row of a file became. */
export type RowResult<T> =
  | { kind: 'row'; value: T }
  /** Left out on purpose: `group` is what the report counts it under, `reason` this row's own. */
  | { kind: 'ignored'; group: string; reason: string }
  | { kind: 'invalid'; errors: RowError[] };

/** Collects a row's cell errors, then yields its value only if there were none. */
export class RowChecker {
  readonly errors: RowError[] = [];
  constructor(
    private readonly record: Record<string, string>,
    readonly line: number,
  ) {}

  cell(column: string): string {
    return (this.record[column] ?? '').trim();
  }

  fail(column: string, message: string): void {
    this.errors.push({ line: this.line, column, message });
  }

  result<T>(value: () => T): RowResult<T> {
    return this.errors.length ? { kind: 'invalid', errors: this.errors } : { kind: 'row', value: value() };
  }
}

/** How many rows were left out for one reason, and the first of them. */
export interface SkipCount {
  reason: string;
  count: number;
  firstLine: number;
}

/** Counts a left-out row under its group; the list stays in the order the groups first appear. */
export function countSkip(counts: SkipCount[], group: string, line: number): boolean {
  const entry = counts.find((c) => c.reason === group);
  if (entry) {
    entry.count += 1;
    return false;
  }
  counts.push({ reason: group, count: 1, firstLine: line });
  return true;
}

const count = new Intl.NumberFormat('en-GB');

/** "1,204 rows left out: 900 not whole trade (commodity), 300 partner World, 4 re-exports (part of exports)", largest first. */
export function leftOutSummary(counts: readonly SkipCount[]): string {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  if (total === 0) return 'No rows left out';
  const parts = [...counts].sort((a, b) => b.count - a.count || a.firstLine - b.firstLine).map((c) => `${count.format(c.count)} ${c.reason}`);
  return `${count.format(total)} row${total === 1 ? '' : 's'} left out: ${parts.join(', ')}`;
}
