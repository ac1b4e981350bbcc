/** A problem with one cell of an imported file; line numbers count the header as line 1. */
export interface RowError {
  line: number;
  column: string;
  message: string;
}

/** What one row of a file became. */
export type RowResult<T> =
  | { kind: 'row'; value: T }
  | { kind: 'ignored'; reason: string }
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
