import { isIsoDate } from './dates';
import type { StatedBy } from './stated-by';
import { EARLIEST_YEAR, LATEST_YEAR } from './limits';
import { parseNumberWords } from './number-words';

/** ISO dates yyyy-mm-dd, both inclusive. */
export interface ParsedPeriod {
  start: string;
  end: string;
  label: string;
}
export type PeriodParse = { ok: true; period: ParsedPeriod } | { ok: false; error: string };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '(\\d{4})';
// The second year of a fiscal year is written in full or as its last two digits.
const FISCAL_YEAR = new RegExp(`^(?:fy ?|fiscal year |financial year )${YEAR}[-/](\\d{4}|\\d{2})$`);
// Fiscal years are read as India's, April–March; another country's (Pakistan's
// July–June) is typed as months: July 2022 – June 2023.
const FISCAL_START_MONTH = 4;
const ORDINALS = new Map([['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4]]);

const EXAMPLES = '2023, Q1 2023, H1 2023, Jan–May 2023, April 2022 – February 2023, first 5 months of 2023, FY2023-24, by 2030 or 2023-01-01..2023-05-31';

class PeriodError extends Error {}
type Rule = [RegExp, (m: string[], shown: string) => ParsedPeriod];

// `statedBy` will choose the fiscal year's convention (issue 10); unused until then.
export function parsePeriod(text: string, _statedBy: StatedBy = {}): PeriodParse {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (!typed) return { ok: false, error: `Enter the period the figure covers, e.g. ${EXAMPLES}.` };
  const shown = typed.slice(0, 60);
  let period: ParsedPeriod;
  try {
    period = read(normalise(typed), shown);
  } catch (error) {
    if (error instanceof PeriodError) return { ok: false, error: error.message };
    throw error;
  }
  if (period.end < period.start) {
    return { ok: false, error: `“${shown}” ends before it starts. Put the earlier date first, or give both years, e.g. April 2022 – February 2023.` };
  }
  return { ok: true, period };
}

/** Whole months from start to end inclusive; a part month does not count. */
export function monthsSpanned(start: string, end: string): number {
  const [sy, sm, sd] = start.split('-').map(Number);
  const after = new Date(`${end}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1);
  const months = (after.getUTCFullYear() - sy) * 12 + (after.getUTCMonth() + 1 - sm);
  return Math.max(0, after.getUTCDate() < sd ? months - 1 : months);
}

/** True when the span is shorter than 12 whole months. */
export function isPartialYear(start: string, end: string): boolean {
  return monthsSpanned(start, end) < 12;
}

function normalise(typed: string): string {
  return typed
    .toLowerCase()
    .replace(/[–—−]/g, '-')
    .replace(/[(),]/g, ' ')
    .replace(/ (?:to|through|thru|until|till) /g, ' - ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    // An explicit year outranks a relative word: "the last fiscal year 2022-23".
    .replace(/(?:the )?(?:current|last|previous|this|past) ((?:fiscal|financial) year \d)/g, '$1')
    .replace(/^(?:in|during|for|over) /, '')
    .replace(/^the /, '')
    .replace(/^period /, '');
}

// Tried in order on the normalised text; the first that matches decides.
const RULES: Rule[] = [
  [/^(\d{4}-\d{2}-\d{2})(?:\.\.|-|\/)(\d{4}-\d{2}-\d{2})$/, (m) => dayRange(m[1], m[2])],
  [/^(\d{4})-(\d{2})(?:\.\.|\/)(\d{4})-(\d{2})$/, (m) => monthRange(year(m[1]), monthNumber(m[2]), year(m[3]), monthNumber(m[4]))],
  [new RegExp(`^(?:calendar year |year |cy ?)?${YEAR}$`), (m) => ({ ...wholeYear(year(m[1])), label: m[1] })],
  [new RegExp(`^(?:by (?:the end of )?(?:the year )?|target year )${YEAR}$`), (m) => ({ ...wholeYear(year(m[1])), label: `by ${m[1]}` })],
  [/^q([1-4])[ -]?(\d{4})$/, (m) => quarter(Number(m[1]), year(m[2]))],
  [/^(\d{4})[ -]?q([1-4])$/, (m) => quarter(Number(m[2]), year(m[1]))],
  [new RegExp(`^(first|1st|second|2nd|third|3rd|fourth|4th) quarter (?:of )?${YEAR}$`), (m) => quarter(ORDINALS.get(m[1]) ?? 0, year(m[2]))],
  [/^h([12])[ -]?(\d{4})$/, (m) => half(Number(m[1]), year(m[2]))],
  [/^(\d{4})[ -]?h([12])$/, (m) => half(Number(m[2]), year(m[1]))],
  [new RegExp(`^(first|1st|second|2nd) half (?:of )?${YEAR}$`), (m) => half(ORDINALS.get(m[1]) ?? 0, year(m[2]))],
  [FISCAL_YEAR, (m, shown) => fiscalYear(fiscalStart(m[1], m[2], shown))],
  [/^(?:first )?([a-z0-9-]+) months? of (.+)$/, (m, shown) => firstMonths(m[1], m[2], shown)],
  [new RegExp(`^${MONTH}-${MONTH} ${YEAR}[-/](\\d{4}|\\d{2})$`), (m, shown) => fiscalMonths(m[1], m[2], fiscalStart(m[3], m[4], shown))],
  [new RegExp(`^${MONTH}(?: ${YEAR})?-${MONTH} ${YEAR}$`), (m) => monthRange(year(m[2] ?? m[4]), monthNumber(m[1]), year(m[4]), monthNumber(m[3]))],
  [new RegExp(`^${MONTH} ${YEAR}$`), (m) => monthRange(year(m[2]), monthNumber(m[1]), year(m[2]), monthNumber(m[1]))],
];

function read(n: string, shown: string): ParsedPeriod {
  for (const [pattern, build] of RULES) {
    const m = pattern.exec(n);
    if (m) return build(m, shown);
  }
  if (/^(?:fy|fiscal year|financial year)(?![a-z])/.test(n)) {
    throw new PeriodError('Write the fiscal year with both of its years, the first in full, e.g. FY2023-24 (read as April 2023 – March 2024).');
  }
  if (/^\d{4}[-/]\d{2,4}$/.test(n)) {
    throw new PeriodError(`“${shown}” could be a fiscal year or a span of years. Write FY2022-23 for a fiscal year, or Jan 2022 – Dec 2023 for calendar years.`);
  }
  if (/\b(?:last|this|next|current|previous|past|coming)\b/.test(n)) {
    throw new PeriodError(`“${shown}” depends on when it was said. Type the period itself, e.g. 2022 for “last year” said in 2023.`);
  }
  throw new PeriodError(`“${shown}” is not a period we can read. Try ${EXAMPLES}.`);
}

function firstMonths(count: string, of: string, shown: string): ParsedPeriod {
  const n = /^\d+$/.test(count) ? Number(count) : parseNumberWords(count);
  if (n === null || !Number.isInteger(n) || n < 1 || n > 12) {
    throw new PeriodError(`“${shown}” needs a number of months from 1 to 12, e.g. first 5 months of 2023.`);
  }
  if (/^\d{4}$/.test(of)) return monthRange(year(of), 1, year(of), n);
  const fiscal = FISCAL_YEAR.exec(of);
  if (fiscal) {
    const y = fiscalStart(fiscal[1], fiscal[2], shown);
    const last = FISCAL_START_MONTH - 1 + n;
    return monthRange(y, FISCAL_START_MONTH, last > 12 ? y + 1 : y, ((last - 1) % 12) + 1);
  }
  throw new PeriodError(`“${shown}” is not a period we can read. Give the year after “months of”, e.g. first 5 months of 2023 or first 7 months of FY2022-23.`);
}

function fiscalYear(y: number): ParsedPeriod {
  return { ...monthRange(y, FISCAL_START_MONTH, y + 1, FISCAL_START_MONTH - 1), label: `FY${y}-${String(y + 1).slice(2)}` };
}

/** Months named within a fiscal year, as in "July-January (2022-23)". */
function fiscalMonths(fromName: string, toName: string, y: number): ParsedPeriod {
  const [from, to] = [monthNumber(fromName), monthNumber(toName)];
  // A span that wraps past December starts in the first year; otherwise each
  // month falls where the April–March fiscal year puts it.
  const wraps = from > to;
  const fromYear = wraps || from >= FISCAL_START_MONTH ? y : y + 1;
  const toYear = wraps || to < FISCAL_START_MONTH ? y + 1 : y;
  return monthRange(fromYear, from, toYear, to);
}

function fiscalStart(first: string, second: string, shown: string): number {
  const y = year(first);
  if (Number(second) !== (second.length === 2 ? (y + 1) % 100 : y + 1)) {
    throw new PeriodError(`“${shown}” is not one fiscal year: the second year must follow the first, e.g. FY2023-24.`);
  }
  year(String(y + 1));
  return y;
}

function wholeYear(y: number): ParsedPeriod {
  return monthRange(y, 1, y, 12);
}

function quarter(q: number, y: number): ParsedPeriod {
  return { ...monthRange(y, q * 3 - 2, y, q * 3), label: `Q${q} ${y}` };
}

function half(h: number, y: number): ParsedPeriod {
  return { ...monthRange(y, h * 6 - 5, y, h * 6), label: `H${h} ${y}` };
}

function monthRange(fromYear: number, from: number, toYear: number, to: number): ParsedPeriod {
  const start = `${fromYear}-${pad(from)}-01`;
  const end = `${toYear}-${pad(to)}-${pad(daysIn(toYear, to))}`;
  const [first, last] = [MONTHS[from - 1], MONTHS[to - 1]];
  let label = `${first} ${fromYear}–${last} ${toYear}`;
  if (fromYear === toYear) label = from === to ? `${first} ${toYear}` : `${first}–${last} ${toYear}`;
  return { start, end, label };
}

function dayRange(start: string, end: string): ParsedPeriod {
  for (const date of [start, end]) {
    if (!isIsoDate(date)) throw new PeriodError(`${date} is not a date in the calendar; check the month and day.`);
    year(date.slice(0, 4));
  }
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  if (sd === 1 && ed === daysIn(ey, em)) return monthRange(sy, sm, ey, em);
  const from = `${sd} ${MONTHS[sm - 1]}`;
  const to = `${ed} ${MONTHS[em - 1]} ${ey}`;
  return { start, end, label: sy === ey ? `${from}–${to}` : `${from} ${sy}–${to}` };
}

function year(digits: string): number {
  const y = Number(digits);
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) {
    throw new PeriodError(`Years must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}; check “${digits}” for a typo.`);
  }
  return y;
}

function monthNumber(name: string): number {
  const n = /^\d+$/.test(name) ? Number(name) : MONTHS.findIndex((m) => name.startsWith(m.toLowerCase())) + 1;
  if (n < 1 || n > 12) throw new PeriodError(`Months run from 01 to 12; “${name}” is not one.`);
  return n;
}

function daysIn(y: number, month: number): number {
  return new Date(Date.UTC(y, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
