// The kinds of period every language writes, as mentions: a year, months of a
// year (a quarter, a half, a range, the first N months), a deadline, the years
// ahead. Each language's rules (rules-*.ts) find the words and call these.
import { calendarMonth, calendarYear, dayRange, fiscalYearStartOf, monthRange, shiftYears, yearOfDate, type Period } from '../../domain/period';
import { fiscalYearOf, type FiscalName } from './fiscal-reference';
import { anaphoric, fixed, yearless, type MentionRead } from './period-mention';
import { latestYear, monthOfDate, months, monthsBefore, monthsEnding } from './periods-relative';

/** A year as written: null when no year is, "this"/"last" resolved by the caller. */
export type Year = number | null;

export function inYear(year: number): MentionRead {
  return fixed(calendarYear(year));
}

/**
 * Months `from`–`to` of a year; a span that wraps past December ("November–February
 * 2023") starts the year before. Without a year, the latest such months (latestYear).
 */
export function monthsOf(from: number, to: number, year: Year, statementDate: string, commonName = false): MentionRead | null {
  if (!(from >= 1 && from <= 12 && to >= 1 && to <= 12)) return null;
  const endYear = year ?? latestYear(to, statementDate);
  const startYear = from > to ? endYear - 1 : endYear;
  // Months named are labelled by name ("Jan–Jun 2023"); a quarter or a half by its own ("H1 2023").
  const period = commonName ? months(startYear, from, endYear, to) : monthRange(startYear, from, endYear, to);
  return year === null ? yearless(period) : fixed(period);
}

/** The nth quarter or half of a year. */
export function partOf(kind: 'quarter' | 'half', n: number, year: Year, statementDate: string): MentionRead | null {
  const size = kind === 'half' ? 6 : 3;
  if (!(Number.isInteger(n) && n >= 1 && n * size <= 12)) return null;
  return monthsOf(n * size - size + 1, n * size, year, statementDate, true);
}

/** "The first nine months (of 2023)": January to the nth month. */
export function firstMonths(n: number, year: Year, statementDate: string): MentionRead | null {
  return Number.isInteger(n) && n >= 1 && n <= 12 ? monthsOf(1, n, year, statementDate, true) : null;
}

/**
 * "The last nine months of 2023": the final months of a past year; of the
 * current year, the months up to the statement's (said in October, January to
 * September). Without a year, the months just before the statement date.
 */
export function lastMonths(n: number, year: Year, statementDate: string): MentionRead | null {
  if (!(Number.isInteger(n) && n >= 1 && n <= 24)) return null;
  if (year === null) return fixed(monthsBefore(statementDate, n));
  const current = yearOfDate(statementDate);
  const endMonth = year === current ? monthOfDate(statementDate) - 1 : 12;
  if (year > current || endMonth < 1) return null;
  const period = monthsEnding(year, endMonth, n);
  return fixed(yearOfDate(period.start) < year ? months(year, 1, year, endMonth) : period);
}

/** "In the nine months to September 2023": `n` months ending in a month. */
export function monthsTo(n: number, endMonth: number, year: Year, statementDate: string): MentionRead | null {
  if (!(Number.isInteger(n) && n >= 1 && n <= 24 && endMonth >= 1 && endMonth <= 12)) return null;
  const period = monthsEnding(year ?? latestYear(endMonth, statementDate), endMonth, n);
  return year === null ? yearless(period) : fixed(period);
}

/** One month: "in February 2017", "in September". */
export function inMonth(month: number, year: Year, statementDate: string): MentionRead | null {
  if (!(month >= 1 && month <= 12)) return null;
  const period = calendarMonth(year ?? latestYear(month, statementDate), month);
  return year === null ? yearless(period) : fixed(period);
}

/** From 1 January of a year to the statement date, or to the year's end when it is over: "so far this year". */
export function yearToDate(year: number, statementDate: string): MentionRead {
  const end = yearOfDate(statementDate) === year ? statementDate : `${year}-12-31`;
  return fixed(dayRange(`${year}-01-01`, end));
}

/** "By 2030": a goal for that year. */
export function deadline(year: number): MentionRead {
  return fixed(calendarYear(year, `by ${year}`), true);
}

/** "Within five years", "over the next three years": a goal for the year that many years ahead. */
export function yearsAhead(n: number, statementDate: string): MentionRead | null {
  if (!(Number.isInteger(n) && n >= 1 && n <= 50)) return null;
  const year = yearOfDate(statementDate) + n;
  return fixed(calendarYear(year, `by ${year}`), true);
}

/** "In the coming years", "in the short term": a goal with no year, read as the five years ahead. */
export function comingYears(statementDate: string): MentionRead {
  const year = yearOfDate(statementDate);
  return fixed({ start: `${year + 1}-01-01`, end: `${year + 5}-12-31`, label: `the coming years (as of ${statementDate})` }, true);
}

/**
 * "From current levels of $2.7 billion": the level when the statement was made,
 * the year so far. It describes the figure next to it only.
 */
export function currentLevel(statementDate: string): MentionRead {
  const year = yearOfDate(statementDate);
  return { ...fixed({ ...dayRange(`${year}-01-01`, statementDate), label: `current (as of ${statementDate})` }), local: true };
}

/** "A year earlier", "the same period last year": the earlier figure's period `years` years away; without one, the statement's year. */
export function shiftedAnchor(years: number, statementDate: string): MentionRead {
  const mention = anaphoric((anchor) => (anchor ? shiftYears(anchor, years) : calendarYear(yearOfDate(statementDate) + years)));
  return years < 0 ? { ...mention, earlier: true } : mention;
}

/** "The same period in 2021": the earlier figure's months in that year. */
export function anchorInYear(year: number): MentionRead {
  return { ...anaphoric((anchor) => (anchor ? shiftYears(anchor, year - yearOfDate(anchor.start)) : calendarYear(year))), earlier: true };
}

/** "The same quarter of FY24": the earlier figure's months in that fiscal year, of the economy that states the figure. */
export function anchorInFiscalYear(name: FiscalName, statementDate: string): MentionRead {
  const mention = anaphoric((anchor, statedBy) => {
    const year = fiscalYearOf(name, statedBy, statementDate);
    if (!year || !anchor) return year?.period ?? null;
    return shiftYears(anchor, year.startYear - fiscalYearStartOf(anchor.start, year.rule));
  });
  return { ...mention, earlier: true };
}

/** "The reporting period", "in this time": the earlier figure's period itself. */
export function sameAsAnchor(fallback: (statedBy: Parameters<MentionRead['resolve']>[1]) => Period | null = () => null): MentionRead {
  return anaphoric((anchor, statedBy) => anchor ?? fallback(statedBy));
}

/** "For the year as a whole", "по итогам года": the whole year of the earlier figure, else the statement's. */
export function wholeYear(statementDate: string): MentionRead {
  return anaphoric((anchor) => calendarYear(anchor ? yearOfDate(anchor.end) : yearOfDate(statementDate)));
}
