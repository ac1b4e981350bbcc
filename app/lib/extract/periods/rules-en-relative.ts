// English periods read against the statement date or the figure before them:
// "last year", "a year earlier", "the same period in 2021", "the reporting
// period", and deadlines: "by 2030", "within five years", "in the coming years".
import { calendarYear, fiscalYearToDate, yearOfDate } from '../../domain/period';
import { fiscalYearRule } from '../../domain/fiscal-years';
import { FISCAL_YEAR_WORDS, RELATIVE, SECOND_YEAR, YEAR, readFiscal } from './fiscal-reference';
import {
  anchorInFiscalYear, anchorInYear, comingYears, currentLevel, deadline, sameAsAnchor, shiftedAnchor, wholeYear, yearsAhead,
} from './period-forms';
import { fixed, type PeriodRule } from './period-mention';
import { relativeYear } from './periods-relative';
import { COUNT, count, fiscal } from './rules-en-fiscal';

const EARLIER = '(?:the\\s+)?(?:year\\s+before|previous\\s+year|preceding\\s+year|prior\\s+year)|a\\s+year\\s+(?:earlier|ago|before)';
// "two to three", "3-5": the larger number counts.
const UP_TO = `(?:\\d{1,2}\\s*(?:-|–|to|or)\\s*|(?:one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:to|or)\\s+)?${COUNT}`;
// "the same period", "the same half", "the corresponding nine-month period", "the same six months".
const SAME = '(?:the\\s+)?(?:same|corresponding|comparable|like)\\s+(?:(?:[a-z0-9]+[-\\s])?months?(?:\\s+period)?|period|quarter|half(?:[-\\s]year)?|time)';

export const RELATIVE_RULES: PeriodRule[] = [
  // Deadlines: "by 2030", "by 2026-27", "before the year 2025", "by end-2025", "by 2025-end", "by the end of next year".
  [new RegExp(`\\b(?:by|before|until|till)\\s+(?:the\\s+(?:end|middle)\\s+of\\s+|(?:end|mid)-)?(?:the\\s+year\\s+)?${YEAR}(?:\\s*[-–/]\\s*${SECOND_YEAR}|[-\\s]end\\b)?`, 'gi'),
    (m, d) => (m[2] ? fiscal(m[1], m[2], d, undefined, true) : deadline(Number(m[1]))), /by|before|until|till/i],
  [new RegExp(`\\btarget\\s+year\\s+(?:of\\s+)?${YEAR}`, 'gi'), (m) => deadline(Number(m[1])), /target/i],
  [new RegExp(`\\bby\\s+(?:the\\s+end\\s+of\\s+)?(?:the\\s+)?${RELATIVE}\\s+year\\b|\\bby\\s+(?:the\\s+)?end\\s+of\\s+the\\s+year\\b`, 'gi'),
    (m, d) => deadline(m[1] ? relativeYear(m[1], d) : yearOfDate(d)), /by/i],
  // "within five years", "over the next three years", "in five years' time", "within a year". Not "the first time in four years".
  [new RegExp(`\\b(?:within\\s+(?:the\\s+)?(?:next\\s+)?(?:${UP_TO}|a)\\s+years?|(?:in|over|during)\\s+the\\s+(?:next|coming)\\s+${UP_TO}\\s+years|in\\s+${COUNT}\\s+years['’]?\\s+time)\\b`, 'gi'),
    (m, d) => { const n = m[1] ?? m[2] ?? m[3]; return yearsAhead(n ? count(n) : 1, d); }, /years?\b/i],
  // "in the coming years", "in the near future", "in the medium term": a goal without a year.
  [/\b(?:in|over|during|within)\s+the\s+(?:coming|next\s+few|next\s+several|years\s+ahead|near\s+future|(?:short|medium|long|near)[-\s]term)(?:\s+years)?\b/gi,
    (_m, d) => comingYears(d), /coming|next|ahead|future|term/i],
  // "from current levels of $2.7 billion", "currently stands at": the level now, for that figure only.
  [/\b(?:(?:the\s+|its\s+|their\s+)?current(?:\s+annual)?\s+(?:levels?|volumes?|values?|figures?|run[-\s]rate)|currently|at\s+present|presently|at\s+the\s+moment)\b/gi,
    (_m, d) => currentLevel(d), /current|present|moment/i],
  // "the same period in 2021", "the same half of the previous fiscal year", "the same quarter of FY24", "… of 2022-23", "the same period a year earlier":
  // the months of the figure before, in that year (a year, or a fiscal year, before it when relative).
  [new RegExp(`\\b${SAME}(?:\\s+(?:of|in)\\s+${YEAR}\\b(?!\\s*[-–/]\\s*\\d)|\\s+(?:of\\s+|in\\s+)?(?:(?:the\\s+)?(?:last|previous|past|prior|preceding)\\s+(?:(?:fiscal|financial|calendar)\\s+)?year|${EARLIER})|\\s+(?:of|in)\\s+(?:${FISCAL_YEAR_WORDS})|\\s+(?:of|in)\\s+(?:the\\s+)?${YEAR}\\s*[-–/]\\s*${SECOND_YEAR})?`, 'gi'),
    (m, d) => {
      if (m[1]) return anchorInYear(Number(m[1]));
      // "of 2022-23": a fiscal year by its two years.
      if (m[12]) return anchorInFiscalYear({ form: 'two', first: Number(m[12]), second: m[13] }, d);
      const fiscalName = readFiscal(m, 2);
      if (fiscalName && m.slice(2, 12).some(Boolean)) return anchorInFiscalYear(fiscalName, d);
      return /\b(?:last|previous|past|prior|earlier|ago|before|preceding)\b/i.test(m[0]) ? shiftedAnchor(-1, d) : sameAsAnchor();
    }, /same|corresponding|comparable|like/i],
  // "the year-ago period", "the year-earlier quarter".
  [/\b(?:the\s+)?(?:year[-\s](?:ago|earlier)|prior[-\s]year)\s+(?:period|quarter|half|month|level|figure)s?\b/gi, (_m, d) => shiftedAnchor(-1, d), /year[-\s](?:ago|earlier)|prior[-\s]year/i],
  // "the reporting period", "in this time": the period of the figure before; with none, the reporting economy's fiscal year so far.
  [/\b(?:the|this|that)\s+(?:reporting|review|reported|said)\s+period\b|\bthe\s+period\s+under\s+review\b|\b(?:during|in|over)\s+(?:this|that)\s+(?:period|time)\b/gi,
    (_m, d) => sameAsAnchor((statedBy) => fiscalYearToDate(d, fiscalYearRule(statedBy))), /period|time/i],
  // "the year before", "a year earlier": a year before the figure it follows; "the following year" one after.
  [new RegExp(`\\b(?:${EARLIER})\\b(?!\\s+last)`, 'gi'), (_m, d) => shiftedAnchor(-1, d), /year/i],
  [/\b(?:the\s+following\s+year|a\s+year\s+later)\b/gi, (_m, d) => shiftedAnchor(1, d), /following|later/i],
  // "the year before last", "two years ago".
  [new RegExp(`\\b(?:the\\s+year\\s+before\\s+last|${COUNT}\\s+years\\s+ago)\\b`, 'gi'),
    (m, d) => fixed(calendarYear(yearOfDate(d) - (m[1] ? count(m[1]) : 2))), /last|ago/i],
  // "for the full year", "for the year as a whole": the whole year of the figure before, or the statement's.
  [/\b(?:for|in|over)\s+the\s+(?:full|whole|entire)\s+year\b|\bfor\s+the\s+year\s+as\s+a\s+whole\b/gi, (_m, d) => wholeYear(d), /year/i],
  // "last year", "this year", "next year", "the last calendar year".
  [new RegExp(`\\b(?:the\\s+)?${RELATIVE}\\s+(?:calendar\\s+)?year\\b(?![-\\s]on[-\\s]year)`, 'gi'), (m, d) => fixed(calendarYear(relativeYear(m[1], d))), /year/i],
];
