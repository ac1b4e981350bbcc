// Calendar arithmetic for periods written relative to something else: the date
// the statement was made ("last year") or an earlier figure ("the year before").

/** ISO dates, both inclusive; every period here is made of whole months. */
export interface Period {
  start: string;
  end: string;
  label: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Where a fiscal year starts when the text does not say: April, as India's and
// as the entry form reads FY2023-24.
const FISCAL_START_MONTH = 4;

/** How far from the statement's year each relative word points. */
export const RELATIVE_YEARS: Record<string, number> = {
  last: -1, past: -1, previous: -1, prior: -1, preceding: -1, this: 0, current: 0, ongoing: 0, present: 0, next: 1, coming: 1,
};

export function monthNumber(word: string): number {
  return MONTH_WORDS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

export function months(fromYear: number, fromMonth: number, toYear: number, toMonth: number, label?: string): Period {
  const start = `${fromYear}-${pad(fromMonth)}-01`;
  const end = `${toYear}-${pad(toMonth)}-${pad(daysIn(toYear, toMonth))}`;
  return { start, end, label: label ?? labelFor(fromYear, fromMonth, toYear, toMonth) };
}

export function calendarYear(year: number): Period {
  return months(year, 1, year, 12);
}

/** The fiscal year that starts in `startYear`; `startMonth` is the month after the one it ends in. */
export function fiscalYear(startYear: number, startMonth = FISCAL_START_MONTH): Period {
  if (startMonth === 1) return calendarYear(startYear);
  return months(startYear, startMonth, startYear + 1, startMonth - 1, `FY${startYear}-${String(startYear + 1).slice(2)}`);
}

/** The first `count` months of the fiscal year starting in `startYear`. */
export function fiscalMonths(startYear: number, count: number, startMonth = FISCAL_START_MONTH): Period {
  const last = startMonth - 1 + count;
  return months(startYear, startMonth, last > 12 ? startYear + 1 : startYear, ((last - 1) % 12) + 1);
}

/** The start year of the April–March fiscal year a date falls in. */
export function fiscalYearOf(isoDate: string, startMonth = FISCAL_START_MONTH): number {
  const [year, month] = isoDate.split('-').map(Number);
  return month >= startMonth ? year : year - 1;
}

/** The same months `years` years earlier or later: "the same period in 2021". */
export function shiftYears(period: Period, years: number): Period {
  const [sy, sm] = period.start.split('-').map(Number);
  const [ey, em] = period.end.split('-').map(Number);
  const fiscal = /^FY(\d{4})/.exec(period.label);
  if (fiscal && sm !== 1) return fiscalYear(sy + years, sm);
  return months(sy + years, sm, ey + years, em);
}

export function yearOfDate(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

function labelFor(fromYear: number, from: number, toYear: number, to: number): string {
  if (fromYear === toYear) {
    if (from === 1 && to === 12) return String(fromYear);
    if (to - from === 2 && from % 3 === 1) return `Q${(from + 2) / 3} ${fromYear}`;
    if (to - from === 5 && from % 6 === 1) return `H${(from + 5) / 6} ${fromYear}`;
    return from === to ? `${MONTHS[from - 1]} ${fromYear}` : `${MONTHS[from - 1]}–${MONTHS[to - 1]} ${fromYear}`;
  }
  return `${MONTHS[from - 1]} ${fromYear}–${MONTHS[to - 1]} ${toYear}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
