// Words for periods written relative to the date a statement was made ("last
// year", "the current fiscal year"). The arithmetic itself is the domain's
// period module (app/lib/domain/period.ts).
import { yearOfDate } from '../../domain/period';

/** How far from the statement's year each relative word points. */
export const RELATIVE_YEARS: Record<string, number> = {
  last: -1, past: -1, previous: -1, prior: -1, preceding: -1, this: 0, current: 0, ongoing: 0, present: 0, next: 1, coming: 1,
};

/** How many years from now a relative word points: -1 for "last", 0 when unknown. */
export function yearsAway(word: string | undefined): number {
  return RELATIVE_YEARS[(word ?? '').toLowerCase()] ?? 0;
}

/** The year a relative word points to, from the date the statement was made. */
export function relativeYear(word: string, statementDate: string): number {
  return yearOfDate(statementDate) + yearsAway(word);
}
