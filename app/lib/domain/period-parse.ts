import { isIsoDate } from './dates';
import { ruleOwner, singleYearRule, splitYearRule, type FiscalYearRule } from './fiscal-years';
import { EARLIEST_YEAR, LATEST_YEAR } from './limits';
import { parseNumberWords } from './number-words';
import {
  MONTH_NAMES, MONTH_PATTERN as MONTH, calendarYear, daysIn, dayRange, fiscalYear, fiscalYearMonths, fiscalYearNamed, fiscalYearOpening,
  half, monthNumber as monthOfName, monthRange, quarter, spanLabel, type Period,
} from './period';
import { PARTIAL_RULES, type PartialSpan } from './period-partial';
import { toPartOfMonth } from './period/month-part';
import type { StatedBy } from './stated-by';

export type ParsedPeriod = Period;
export type PeriodParse = { ok: true; period: Period } | { ok: false; error: string };

const YEAR = '(\\d{4})';
const FISCAL_WORDS = '(?:fy ?|fiscal year |financial year )';
// The second year of a fiscal year is written in full or as its last two digits.
const FISCAL_YEAR = new RegExp(`^${FISCAL_WORDS}${YEAR}[-/](\\d{4}|\\d{2})$`);
// One year: "FY2024", "FY24"; which fiscal year it names depends on the economy.
const FISCAL_ONE_YEAR = new RegExp(`^${FISCAL_WORDS}(\\d{4}|\\d{2})$`);
const ORDINALS = new Map([['first', 1], ['1st', 1], ['second', 2], ['2nd', 2], ['third', 3], ['3rd', 3], ['fourth', 4], ['4th', 4]]);

const EXAMPLES = '2023, Q1 2023, H1 2023, Jan–May 2023, April 2022 – February 2023, first 5 months of 2023, 2024 to mid-May, FY2023-24, by 2030 or 2023-01-01..2023-05-31';

class PeriodError extends Error {}
/** What a rule reads against: the text as typed, and who states the figure. */
interface Reading {
  shown: string;
  statedBy: StatedBy;
}
type Rule = [RegExp, (m: string[], r: Reading) => Period];

/**
 * Reads a typed period. A fiscal year ("FY2022-23", "first 7 months of
 * FY2022-23", "July-January (2022-23)") follows the convention of the economy
 * that states the figure and names its years that way (see namedYearRule):
 * Pakistan's July–June, Nepal's from 17 July, India's (not the US federal
 * year) for "FY2023-24" in a US–India statement. Without an economy it is
 * read as April–March, and labelled so.
 */
export function parsePeriod(text: string, statedBy: StatedBy = {}): PeriodParse {
  const typed = text.trim().replace(/\s+/g, ' ');
  if (!typed) return { ok: false, error: `Enter the period the figure covers, e.g. ${EXAMPLES}.` };
  const reading = { shown: typed.slice(0, 60), statedBy };
  let period: Period;
  try {
    period = read(normalise(typed), reading);
  } catch (error) {
    if (error instanceof PeriodError) return { ok: false, error: error.message };
    throw error;
  }
  if (period.end < period.start) {
    return { ok: false, error: `“${reading.shown}” ends before it starts. Put the earlier date first, or give both years, e.g. April 2022 – February 2023.` };
  }
  return { ok: true, period };
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
    .replace(/^(?:in|during|for|over|from) /, '')
    .replace(/^the /, '')
    .replace(/^period /, '');
}

// Tried in order on the normalised text; the first that matches decides.
const RULES: Rule[] = [
  [/^(\d{4}-\d{2}-\d{2})(?:\.\.|-|\/)(\d{4}-\d{2}-\d{2})$/, (m) => days(m[1], m[2])],
  [/^(\d{4})-(\d{2})(?:\.\.|\/)(\d{4})-(\d{2})$/, (m) => monthRange(year(m[1]), monthNumber(m[2]), year(m[3]), monthNumber(m[4]))],
  [new RegExp(`^(?:calendar year |year |cy ?)?${YEAR}$`), (m) => calendarYear(year(m[1]))],
  [new RegExp(`^(?:by (?:the end of )?(?:the year )?|target year )${YEAR}$`), (m) => calendarYear(year(m[1]), `by ${m[1]}`)],
  [/^q([1-4])[ -]?(\d{4})$/, (m) => quarter(Number(m[1]), year(m[2]))],
  [/^(\d{4})[ -]?q([1-4])$/, (m) => quarter(Number(m[2]), year(m[1]))],
  [new RegExp(`^(first|1st|second|2nd|third|3rd|fourth|4th) quarter (?:of )?${YEAR}$`), (m) => quarter(ORDINALS.get(m[1]) ?? 0, year(m[2]))],
  [/^h([12])[ -]?(\d{4})$/, (m) => half(Number(m[1]), year(m[2]))],
  [/^(\d{4})[ -]?h([12])$/, (m) => half(Number(m[2]), year(m[1]))],
  [new RegExp(`^(first|1st|second|2nd) half (?:of )?${YEAR}$`), (m) => half(ORDINALS.get(m[1]) ?? 0, year(m[2]))],
  [FISCAL_YEAR, (m, r) => fiscalYear(fiscalStart(m[1], m[2], r.shown), splitYearRule(r.statedBy))],
  [FISCAL_ONE_YEAR, (m, r) => oneYearFiscal(m[1], r)],
  [/^(?:first )?([a-z0-9-]+) months? of (.+)$/, (m, r) => firstMonths(m[1], m[2], r)],
  [new RegExp(`^${MONTH}-${MONTH} ${YEAR}[-/](\\d{4}|\\d{2})$`),
    (m, r) => fiscalYearMonths(monthNumber(m[1]), monthNumber(m[2]), fiscalStart(m[3], m[4], r.shown), splitYearRule(r.statedBy))],
  [new RegExp(`^${MONTH}(?: ${YEAR})?-${MONTH} ${YEAR}$`), (m) => monthRange(year(m[2] ?? m[4]), monthNumber(m[1]), year(m[4]), monthNumber(m[3]))],
  [new RegExp(`^${MONTH} ${YEAR}$`), (m) => monthRange(year(m[2]), monthNumber(m[1]), year(m[2]), monthNumber(m[1]))],
  ...PARTIAL_RULES.map(([pattern, find]): Rule => [pattern, (m) => partOfMonth(find(m))]),
];

function read(n: string, r: Reading): Period {
  for (const [pattern, build] of RULES) {
    const m = pattern.exec(n);
    if (m) return build(m, r);
  }
  if (/^(?:fy|fiscal year|financial year)(?![a-z])/.test(n)) {
    throw new PeriodError(`Write the fiscal year with both of its years, the first in full, e.g. ${fiscalExample(splitYearRule(r.statedBy))}.`);
  }
  if (/^\d{4}[-/]\d{2,4}$/.test(n)) {
    throw new PeriodError(`“${r.shown}” could be a fiscal year or a span of years. Write FY2022-23 for a fiscal year, or Jan 2022 – Dec 2023 for calendar years.`);
  }
  if (/\b(?:last|this|next|current|previous|past|coming)\b/.test(n)) {
    throw new PeriodError(`“${r.shown}” depends on when it was said. Type the period itself, e.g. 2022 for “last year” said in 2023.`);
  }
  throw new PeriodError(`“${r.shown}” is not a period we can read. Try ${EXAMPLES}.`);
}

/** "FY2023-24 (read as Pakistan’s, Jul 2023–Jun 2024)". */
function fiscalExample(rule: FiscalYearRule): string {
  const example = fiscalYear(2023, rule);
  const whose = rule.economy ? `${ruleOwner(rule)}’s` : rule.convention.span;
  return `FY2023-24 (read as ${whose}, ${spanLabel(example.start, example.end)})`;
}

/**
 * "FY2024", "FY24": in the fiscal year of the economy that names its years
 * so (singleYearRule), read only where its usage is settled (the US federal
 * FY2024 ends in 2024, Japan's starts in 2024... see fiscal-years.ts);
 * otherwise both years are asked for, as before economies were known.
 */
function oneYearFiscal(digits: string, r: Reading): Period {
  const rule = singleYearRule(r.statedBy);
  const y = year(digits.length === 2 ? `20${digits}` : digits);
  if (!rule.economy || rule.convention.singleYear === null) {
    const whose = rule.economy ? `For ${ruleOwner(rule)} “${r.shown}” could be either of two fiscal years. ` : '';
    throw new PeriodError(`${whose}Write the fiscal year with both of its years, the first in full, e.g. ${fiscalExample(splitYearRule(r.statedBy))}.`);
  }
  return fiscalYearNamed(y, rule);
}

function firstMonths(count: string, of: string, r: Reading): Period {
  const n = /^\d+$/.test(count) ? Number(count) : parseNumberWords(count);
  if (n === null || !Number.isInteger(n) || n < 1 || n > 12) {
    throw new PeriodError(`“${r.shown}” needs a number of months from 1 to 12, e.g. first 5 months of 2023.`);
  }
  if (/^\d{4}$/.test(of)) return monthRange(year(of), 1, year(of), n);
  const fiscal = FISCAL_YEAR.exec(of);
  if (fiscal) return fiscalYearOpening(fiscalStart(fiscal[1], fiscal[2], r.shown), n, splitYearRule(r.statedBy));
  throw new PeriodError(`“${r.shown}” is not a period we can read. Give the year after “months of”, e.g. first 5 months of 2023 or first 7 months of FY2022-23.`);
}

function fiscalStart(first: string, second: string, shown: string): number {
  const y = year(first);
  if (Number(second) !== (second.length === 2 ? (y + 1) % 100 : y + 1)) {
    throw new PeriodError(`“${shown}” is not one fiscal year: the second year must follow the first, e.g. FY2023-24.`);
  }
  year(String(y + 1));
  return y;
}

/** "2024 to mid-May", "January to May 15 2024": the span period-partial.ts found, checked. */
function partOfMonth(span: PartialSpan): Period {
  const [fromYear, toYear] = [year(span.fromYear), year(span.toYear)];
  const [from, to] = [span.fromMonth ? monthNumber(span.fromMonth) : 1, monthNumber(span.toMonth)];
  if (typeof span.part === 'number' && (span.part < 1 || span.part > daysIn(toYear, to))) {
    throw new PeriodError(`${MONTH_NAMES[to - 1]} ${toYear} has ${daysIn(toYear, to)} days; “${span.day}” is not one of them.`);
  }
  return toPartOfMonth(fromYear, from, toYear, to, span.part);
}

function days(start: string, end: string): Period {
  for (const date of [start, end]) {
    if (!isIsoDate(date)) throw new PeriodError(`${date} is not a date in the calendar; check the month and day.`);
    year(date.slice(0, 4));
  }
  return dayRange(start, end);
}

function year(digits: string): number {
  const y = Number(digits);
  if (y < EARLIEST_YEAR || y > LATEST_YEAR) {
    throw new PeriodError(`Years must be between ${EARLIEST_YEAR} and ${LATEST_YEAR}; check “${digits}” for a typo.`);
  }
  return y;
}

function monthNumber(name: string): number {
  const n = /^\d+$/.test(name) ? Number(name) : monthOfName(name);
  if (n < 1 || n > 12) throw new PeriodError(`Months run from 01 to 12; “${name}” is not one.`);
  return n;
}
