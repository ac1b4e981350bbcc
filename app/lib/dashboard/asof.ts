/**
 * The instant a pinned view stands at, as an ISO timestamp to compare a
 * row's `createdAt` with (both in `toISOString` form, so text order is time
 * order). A date means the end of that day in UTC; a full timestamp
 * ("2026-12-01T10:15:00Z") means that instant.
 */
export function asofInstant(asof: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(asof)) return `${asof}T23:59:59.999Z`;
  return new Date(asof).toISOString();
}
