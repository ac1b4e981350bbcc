import {
  MONTH_NAMES, addDays, addMonths, dateParts, daysIn, isFirstOfMonth, isLastOfMonth, isoDate, pad, yearOfDate,
} from './calendar';

/** A span of days: ISO dates yyyy-mm-dd, both inclusive, and how it is named. */
export interface Period {
  start: string;
  end: string;
  label: string;
}

/** From the first of one month to the last day of another: "Jan–May 2023", "Apr 2022–Feb 2023". */
export function monthRange(fromYear: number, from: number, toYear: number, to: number, label?: string): Period {
  return {
    start: isoDate(fromYear, from, 1),
    end: isoDate(toYear, to, daysIn(toYear, to)),
    label: label ?? monthsLabel(fromYear, from, toYear, to),
  };
}

/** January to December, labelled by the year: "2023". */
export function calendarYear(year: number, label = String(year)): Period {
  return monthRange(year, 1, year, 12, label);
}

/** One calendar month: "Mar 2023". */
export function calendarMonth(year: number, month: number): Period {
  return monthRange(year, month, year, month);
}

export function quarter(q: number, year: number): Period {
  return monthRange(year, q * 3 - 2, year, q * 3, `Q${q} ${year}`);
}

export function half(h: number, year: number): Period {
  return monthRange(year, h * 6 - 5, year, h * 6, `H${h} ${year}`);
}

/** Any span of days, labelled by months when it covers whole months, else by its days. */
export function dayRange(start: string, end: string): Period {
  return { start, end, label: spanLabel(start, end) };
}

/** "Mar 2023", "Feb–Jun 2021", "Sep 2021–Mar 2022": the months by name. */
export function monthsLabel(fromYear: number, from: number, toYear: number, to: number): string {
  const [first, last] = [MONTH_NAMES[from - 1], MONTH_NAMES[to - 1]];
  if (fromYear !== toYear) return `${first} ${fromYear}–${last} ${toYear}`;
  return from === to ? `${first} ${toYear}` : `${first}–${last} ${toYear}`;
}

/** Months by their common name where they have one: "2023", "Q1 2023", "H2 2020", else by name. */
export function commonMonthsLabel(fromYear: number, from: number, toYear: number, to: number): string {
  if (fromYear === toYear) {
    if (from === 1 && to === 12) return String(fromYear);
    if (to - from === 2 && from % 3 === 1) return `Q${(from + 2) / 3} ${fromYear}`;
    if (to - from === 5 && from % 6 === 1) return `H${(from + 5) / 6} ${fromYear}`;
  }
  return monthsLabel(fromYear, from, toYear, to);
}

/** "Jul 2022–Jan 2023" for whole months, "17 Jul 2022–16 Jul 2023" otherwise. */
export function spanLabel(start: string, end: string): string {
  const [sy, sm, sd] = dateParts(start);
  const [ey, em, ed] = dateParts(end);
  if (isFirstOfMonth(start) && isLastOfMonth(end)) return monthsLabel(sy, sm, ey, em);
  const from = `${sd} ${MONTH_NAMES[sm - 1]}`;
  const to = `${ed} ${MONTH_NAMES[em - 1]} ${ey}`;
  return sy === ey ? `${from}–${to}` : `${from} ${sy}–${to}`;
}

/** Whole months from start to end inclusive; a part month does not count. */
export function monthsSpanned(start: string, end: string): number {
  const [sy, sm, sd] = dateParts(start);
  const [ay, am, ad] = dateParts(addDays(end, 1));
  const months = (ay - sy) * 12 + (am - sm);
  return Math.max(0, ad < sd ? months - 1 : months);
}

/** True when the span is shorter than 12 whole months: a year-to-date or part-year figure. */
export function isPartialYear(start: string, end: string): boolean {
  return monthsSpanned(start, end) < 12;
}

/**
 * The same days `years` years earlier or later: "the same period in 2021".
 * A fiscal year stays a fiscal year of the same convention and owner.
 */
export function shiftYears(period: Period, years: number): Period {
  const [sy, sm, sd] = dateParts(period.start);
  const [ey, em, ed] = dateParts(period.end);
  const start = addMonths(sy, sm, sd, years * 12);
  const end = isLastOfMonth(period.end) ? isoDate(ey + years, em, daysIn(ey + years, em)) : addMonths(ey, em, ed, years * 12);
  const fiscal = /^FY(\d{4})(-\d{2})?(.*)$/.exec(period.label);
  if (fiscal) {
    const first = Number(fiscal[1]) + years;
    return { start, end, label: `FY${first}${fiscal[2] ? `-${pad((first + 1) % 100)}` : ''}${fiscal[3]}` };
  }
  if (isFirstOfMonth(start) && isLastOfMonth(end)) {
    return { start, end, label: commonMonthsLabel(yearOfDate(start), sm, yearOfDate(end), em) };
  }
  return dayRange(start, end);
}
