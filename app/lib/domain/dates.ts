/** Today's date as yyyy-mm-dd, in UTC, the zone all stored dates are in. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** True for a real calendar date written yyyy-mm-dd (2023-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
