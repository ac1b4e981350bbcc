/** A date as a decimal year: 2023-07-02 is about 2023.5. The chart's x axis. */
export function decimalYear(isoDate: string): number {
  const date = Date.parse(`${isoDate}T00:00:00Z`);
  const year = Number(isoDate.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  return year + (date - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** Where a period starts, ends and has its middle on the x axis. The end date is inclusive: the period runs to the end of that day. */
export function periodSpan(start: string, end: string): { x: number; x0: number; x1: number } {
  const endExclusive = new Date(Date.parse(`${end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const x0 = decimalYear(start);
  const x1 = decimalYear(endExclusive);
  return { x: (x0 + x1) / 2, x0, x1 };
}
