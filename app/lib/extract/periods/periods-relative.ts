// Periods written relative to the date a statement was made ("last year", "in
// September", "the past 12 months"). The arithmetic itself is the domain's
// period module (app/lib/domain/period.ts).
import { commonMonthsLabel, monthRange, yearOfDate, type Period } from '../../domain/period';

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

export function monthOfDate(iso: string): number {
  return Number(iso.slice(5, 7));
}

/**
 * The year of months named without one, ending in `endMonth`: the latest that
 * has reached its last month by the statement date, as a report gives the
 * latest figures. "In September" said in October 2023 is September 2023; said
 * in March 2023, September 2022.
 */
export function latestYear(endMonth: number, statementDate: string): number {
  const year = yearOfDate(statementDate);
  return monthOfDate(statementDate) >= endMonth ? year : year - 1;
}

/** Whole months from one month to another, named as people name them: "2023", "Q1 2023", "Jan–Sep 2023". */
export function months(fromYear: number, from: number, toYear: number, to: number): Period {
  return monthRange(fromYear, from, toYear, to, commonMonthsLabel(fromYear, from, toYear, to));
}

/** `count` whole months ending in month `endMonth` of `endYear` (a month index may run below 1 into the year before). */
export function monthsEnding(endYear: number, endMonth: number, count: number): Period {
  const last = endYear * 12 + endMonth - 1;
  const first = last - count + 1;
  return months(Math.floor(first / 12), (first % 12) + 1, Math.floor(last / 12), (last % 12) + 1);
}

/** `count` whole months ending with the month before the statement's: "the past 12 months", "last month". */
export function monthsBefore(statementDate: string, count: number): Period {
  return monthsEnding(yearOfDate(statementDate), monthOfDate(statementDate) - 1, count);
}
