// Calendar periods in English running text: years, quarters, halves, month
// ranges, the first or last N months, single months, the year so far. Without a
// year, months are the latest such months by the statement date (latestYear).
import { MONTH_PATTERN, dayRange, monthNumber, monthRange } from '../../domain/period';
import { RELATIVE, YEAR } from './fiscal-reference';
import { firstMonths, inMonth, inYear, lastMonths, monthsOf, monthsTo, partOf, yearToDate, type Year } from './period-forms';
import { fixed, yearless, type PeriodRule } from './period-mention';
import { latestYear, monthOfDate, monthsBefore, monthsEnding, relativeYear } from './periods-relative';
import { COUNT, NOT_AFTER, ORDINAL, count, ordinal } from './rules-en-fiscal';

// A month's name, not the start of a longer word ("Mar" in "market", "May" in "Mayor"); "may" in lower case is the verb.
const MONTH = `${MONTH_PATTERN}(?![a-z])`;
// Two groups: a year, or a relative word before "year": "of 2023", "this year", "of the current year".
const YEAR_OF = `(?:,?\\s+(?:of\\s+)?(?:the\\s+)?(?:${YEAR}\\b|${RELATIVE}\\s+(?:calendar\\s+)?year\\b))`;
// What a number followed by a noun is when it is not a year: "2023 tonnes", "2030 Agenda".
const NOT_A_NOUN = '(?!\\s*(?:tonnes|tons|metric|kg|barrels|units|people|vehicles|cars|containers|teu|km|hectares|pieces|%|percent|per\\s+cent|agenda|vision|strategy|summit|olympics|expo)\\b)';

// Cues: a sentence without them is not tried by the patterns that need them.
const MONTH_CUE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const YEAR_CUE = /(?:19|20)\d\d/;

/** The quarter before the statement's: "last quarter". */
function quarterBefore(statementDate: string) {
  const quarterStart = monthOfDate(statementDate) - ((monthOfDate(statementDate) - 1) % 3);
  return monthsEnding(Number(statementDate.slice(0, 4)), quarterStart - 1, 3);
}

/** The year two YEAR_OF groups give from `i`; null when neither is there. */
function yearOf(m: RegExpExecArray, i: number, statementDate: string): Year {
  if (m[i]) return Number(m[i]);
  return m[i + 1] ? relativeYear(m[i + 1], statementDate) : null;
}

export const CALENDAR_RULES: PeriodRule[] = [
  // "April 2022 - February 2023", "January-September 2023", "between January and June 2023", "January-May this year",
  // and without a year: "from January to March", "the January-March quarter", "Jan-May".
  [new RegExp(`\\b(?:from\\s+|between\\s+)?${MONTH}(?:\\s+${YEAR})?\\s*(?:[-–—]|to|through|till|until|and)\\s*${MONTH}${YEAR_OF}?`, 'gi'),
    (m, d) => {
      if (m[1] === 'may' || m[3] === 'may') return null;
      const [from, to] = [monthNumber(m[1]), monthNumber(m[3])];
      const year = yearOf(m, 4, d);
      if (m[2] && year !== null) return fixed(monthRange(Number(m[2]), from, year, to));
      return m[2] ? null : monthsOf(from, to, year, d);
    }, MONTH_CUE],
  // "the first seven months of this year", "5 months of 2023", "the first nine months".
  [new RegExp(`(?<!${NOT_AFTER})\\b(?:the\\s+)?(?:(first)\\s+)?${COUNT}\\s+months(?:\\s+of\\s+(?:the\\s+)?(?:${YEAR}\\b|${RELATIVE}\\s+year\\b))?`, 'gi'),
    (m, d) => {
      const n = count(m[2]);
      const year = yearOf(m, 3, d);
      if (year !== null || m[1]) return firstMonths(n, year, d);
      // "in nine months" with neither "first" nor a year: the months of this year so far, if that many have passed.
      return m.index > 0 && /\b(?:in|during)\s+(?:the\s+)?$/i.test(m.input.slice(Math.max(0, m.index - 12), m.index)) && n < monthOfDate(d)
        ? firstMonths(n, null, d) : null;
    }, /month/i],
  // "in the nine months to September 2023", "the 12 months ended June 30": months ending in a month.
  [new RegExp(`\\b(?:the\\s+)?${COUNT}\\s+months\\s+(?:to|through|ended|ending)\\s+(?:(?:on\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+${YEAR})?`, 'gi'),
    (m, d) => monthsTo(count(m[1]), monthNumber(m[2]), m[3] ? Number(m[3]) : null, d), /month/i],
  // "the year to March 2024", "the fiscal year ended June 30, 2023": twelve months ending in a month.
  [new RegExp(`\\b(?:the\\s+)?(?:year|12\\s+months|twelve\\s+months|(?:fiscal|financial)\\s+year)\\s+(?:to|through|ending|ended)\\s+(?:(?:on\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?(?:,?\\s+${YEAR})?`, 'gi'),
    (m, d) => monthsTo(12, monthNumber(m[1]), m[2] ? Number(m[2]) : null, d), MONTH_CUE],
  // "over the last nine months of 2023", "in the past 12 months".
  [new RegExp(`\\b(?:the\\s+)?(?:last|past|previous|preceding)\\s+${COUNT}\\s+months(?:\\s+of\\s+(?:${YEAR}\\b|(?:the\\s+)?${RELATIVE}\\s+year\\b))?`, 'gi'),
    (m, d) => lastMonths(count(m[1]), yearOf(m, 2, d), d), /month/i],
  // Quarters and halves: "the first quarter of 2021", "the second half of last year", "in the first quarter".
  [new RegExp(`\\b(?:the\\s+)?(${ORDINAL.slice(1, -1)}|final)\\s+(quarter|half)${YEAR_OF}?(?![-\\s]on[-\\s])`, 'gi'),
    (m, d) => partOf(m[2].toLowerCase() === 'half' ? 'half' : 'quarter', m[1].toLowerCase() === 'final' ? (m[2].toLowerCase() === 'half' ? 2 : 4) : ordinal(m[1]), yearOf(m, 3, d), d), /quarter|half/i],
  // "the last quarter of 2023" is its fourth; "last quarter" alone the one before the statement's.
  [new RegExp(`\\b(?:the\\s+)?(?:last|previous|past)\\s+quarter(?:\\s+of\\s+${YEAR}\\b)?`, 'gi'),
    (m, d) => (m[1] ? partOf('quarter', 4, Number(m[1]), d) : fixed(quarterBefore(d))), /quarter/i],
  // "Q1 2024", "Q1 of this year", "H2 2020", "2022-Q1", "1Q24", "Q3" alone.
  // Case matters: "h1" and "q3" are not written for periods.
  [new RegExp(`\\b([QH])([1-4])(?!\\w)(?:\\s*(?:of\\s+)?(?:${YEAR}\\b|(?:the\\s+)?${RELATIVE}\\s+year\\b)|\\s?['’](\\d{2})\\b)?`, 'g'),
    (m, d) => partOf(m[1] === 'H' ? 'half' : 'quarter', Number(m[2]), m[5] ? 2000 + Number(m[5]) : yearOf(m, 3, d), d), /[QH][1-4]/],
  [new RegExp(`\\b${YEAR}\\s*[-/]?\\s*([QH])([1-4])\\b|\\b([1-4])([QH])\\s?['’]?(\\d{2})\\b`, 'g'),
    (m, d) => (m[1]
      ? partOf(m[2].toUpperCase() === 'H' ? 'half' : 'quarter', Number(m[3]), Number(m[1]), d)
      : partOf(m[5].toUpperCase() === 'H' ? 'half' : 'quarter', Number(m[4]), 2000 + Number(m[6]), d)), /\d\s*[-/]?\s*[QH]|[QH]\s?['’]?\d/],
  // "in February 2017", "in September", "during the month of May", "in March this year".
  [new RegExp(`\\b(?:in|during|for|over)\\s+(?:the\\s+month\\s+of\\s+)?${MONTH}${YEAR_OF}?(?!\\s*\\d)`, 'gi'),
    (m, d) => (m[1] === 'may' ? null : inMonth(monthNumber(m[1]), yearOf(m, 2, d), d)), MONTH_CUE],
  // "last month", "this month".
  [/\b(last|this|the\s+previous|the\s+past)\s+month\b/gi,
    (m, d) => (m[1].toLowerCase() === 'this' ? inMonth(monthOfDate(d), null, d) : fixed(monthsBefore(d, 1))), /month/i],
  // "so far this year", "year to date", "since the start of the year"; "since the beginning of 2023" runs to the statement date.
  [new RegExp(`\\b(?:so\\s+far\\s+(?:this\\s+year|in\\s+${YEAR}|in\\s+the\\s+year)|(?:the\\s+)?(?:calendar\\s+)?year[-\\s]to[-\\s]date|since\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:(?:the|this)\\s+(?:calendar\\s+)?year|${YEAR}))\\b`, 'gi'),
    (m, d) => (m[2] ? (m[2] <= d ? fixed(dayRange(`${m[2]}-01-01`, d)) : null) : yearToDate(Number(m[1] ?? d.slice(0, 4)), d)), /so far|to[-\s]date|since/i],
  // "Since January": from then to the statement date. "The first surplus since February 2012" dates no figure.
  [new RegExp(`\\bsince\\s+${MONTH}(?:,?\\s+${YEAR})?`, 'gi'),
    (m, d) => {
      if (m[2]) return fixed(null);
      const month = monthNumber(m[1]);
      return yearless(dayRange(`${latestYear(month, d)}-${String(month).padStart(2, '0')}-01`, d));
    }, /since/i],
  // "in 2022", "for the year 2022", "2022's", "calendar 2023", "the whole of 2023".
  [new RegExp(`\\b(?:in|for|during|of|over|throughout|year|calendar(?:\\s+year)?|(?:at\\s+)?the\\s+end\\s+of|the\\s+whole\\s+of|full[-\\s]year|CY)\\s*${YEAR}\\b(?!\\s*[-–/]\\s*\\d|\\s*[-/]?\\s*[QH][1-4]\\b)${NOT_A_NOUN}|\\b${YEAR}['’]s\\b`, 'gi'),
    (m) => inYear(Number(m[1] ?? m[2])), YEAR_CUE],
  // Spans of years are not one period: "since 2015", "between 2020 and 2022", "from 2019 to 2022", "over the past decade".
  [new RegExp(`\\bsince\\s+${YEAR}|\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to)\\s+${YEAR}|\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:decade|${COUNT}\\s+years)`, 'gi'),
    () => fixed(null), /since|between|from|decade|years/i],
];

