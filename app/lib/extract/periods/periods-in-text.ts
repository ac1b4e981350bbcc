import countries from 'i18n-iso-countries';
import { fiscalYearRule, singleYearRule, splitYearRule, type FiscalYearRule } from '../../domain/fiscal-years';
import { parseNumberWords } from '../../domain/number-words';
import {
  MONTH_PATTERN as MONTH, calendarMonth, calendarYear, commonMonthsLabel, fiscalYear, fiscalYearEndingOn, fiscalYearNamed, fiscalYearOpening,
  fiscalYearStartOf, half, monthNumber, monthRange, quarter, shiftYears, yearOfDate, type Period,
} from '../../domain/period';
import { parsePeriod } from '../../domain/period-parse';
import type { StatedBy } from '../../domain/stated-by';
import { relativeYear, yearsAway } from './periods-relative';

/** A period written in a sentence. Offsets are within the sentence. */
export interface PeriodMention {
  start: number;
  end: number;
  /** A deadline ("by 2030"): a figure for it is a goal. */
  target: boolean;
  /** Read against the period of the figure before it ("the same period in 2021"). */
  anaphoric: boolean;
  /**
   * The period, given the figure before it (for an anaphoric mention) and the
   * economies of the figure's pair: a fiscal year is theirs (fiscalYearRule),
   * or, when named, that of the one who names its years so (namedYearRule).
   */
  resolve(anchor: Period | null, statedBy?: StatedBy): Period | null;
}

type Build = (m: RegExpExecArray, date: string) => Omit<PeriodMention, 'start' | 'end'> | null;

const YEAR = '((?:19|20)\\d{2})';
const SECOND_YEAR = '(\\d{4}|\\d{2})(?!\\d)';
const COUNT = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const RELATIVE = '(last|past|previous|prior|this|current|ongoing|next|coming)';
const ORDINAL: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
// "(that ended on March 31)", ", ending June 30", "(ended March 20)": when a fiscal year ends.
// Three groups: a day before the month, the month, a day after it.
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const ENDED = `\\s*,?\\s*\\(?\\s*(?:that\\s+|which\\s+)?(?:ended|ending|ends|closed)\\s+(?:on\\s+)?(?:${DAY}\\s+)?${MONTH}(?:\\s+${DAY}\\b)?\\)?`;
// "the last five months" are not the first five. The look back is bounded: V8 tries a
// look-behind at every position, and an unbounded \s+ in it rescans a run of spaces from each.
const NOT_AFTER = '(?:last|past|final|next|coming)\\s{1,8}';
const EARLIER = '(?:the\\s+)?(?:year\\s+before|previous\\s+year|preceding\\s+year|prior\\s+year)|a\\s+year\\s+(?:earlier|ago|before)';

const fixed = (period: Period | null, target = false) => ({ target, anaphoric: false, resolve: () => period });
/** A period that depends on whose fiscal year it is. */
const byEconomy = (read: (statedBy: StatedBy) => Period | null, target = false) => ({
  target, anaphoric: false, resolve: (_anchor: Period | null, statedBy: StatedBy = {}) => read(statedBy),
});
const year = (text: string) => Number(text);
const months = (fy: number, fm: number, ty: number, tm: number) => monthRange(fy, fm, ty, tm, commonMonthsLabel(fy, fm, ty, tm));
const count = (text: string) => (/^\d+$/.test(text) ? Number(text) : (parseNumberWords(text) ?? 0));

/** Read by the form's parser; kept only when it reads without an economy, resolved with the pair's. */
function parsed(text: string, target = false) {
  if (!parsePeriod(text).ok) return null;
  return byEconomy((statedBy) => {
    const result = parsePeriod(text, statedBy);
    return result.ok ? result.period : null;
  }, target);
}

/** The first year of a fiscal year given by its two years, or null when they do not follow each other. */
function fiscalStart(first: string, second: string): number | null {
  const y = year(first);
  return Number(second) === (second.length === 2 ? (y + 1) % 100 : y + 1) ? y : null;
}

/** The rule a stated end gives ("ended March 20"), from the groups of ENDED starting at `i`. */
function endedRule(m: RegExpExecArray, i: number, rule: FiscalYearRule): FiscalYearRule {
  if (!m[i + 1]) return rule;
  const day = m[i] ?? m[i + 2];
  return fiscalYearEndingOn(monthNumber(m[i + 1]), day ? Number(day) : null, rule);
}

/** A fiscal year given by its two years, in the pair's convention unless the text says when it ends. */
function fiscal(first: string, second: string, m?: RegExpExecArray, endedAt = 0, target = false) {
  const y = fiscalStart(first, second);
  if (y === null) return fixed(null, target);
  return byEconomy((statedBy) => fiscalYear(y, m ? endedRule(m, endedAt, splitYearRule(statedBy)) : splitYearRule(statedBy)), target);
}

// Tried all together; where two overlap, the one that starts first (then the longer) wins.
const RULES: [RegExp, Build][] = [
  // "July-January (2022-23)", "(July-December) of the current fiscal year 2022-23": months of a fiscal year.
  [new RegExp(`\\b${MONTH}\\s*[-–—]\\s*${MONTH}\\)?,?\\s*(?:of\\s+(?:the\\s+)?(?:(?:current|last|previous|past|this)\\s+)?(?:fiscal|financial)\\s+year\\s*)?\\(?\\s*(?:FY\\s?)?${YEAR}\\s*[-–/]\\s*${SECOND_YEAR}\\s*\\)?`, 'gi'),
    (m) => parsed(`${m[1]}-${m[2]} ${m[3]}-${m[4]}`)],
  // "April 2022 - February 2023", "January-September 2023", "between January and June 2023".
  [new RegExp(`\\b(?:from\\s+|between\\s+)?${MONTH}(?:\\s+${YEAR})?\\s*(?:[-–—]|to|through|till|until|and)\\s*${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    (m) => parsed(`${m[1]}${m[2] ? ` ${m[2]}` : ''}-${m[3]} ${m[4]}`)],
  // "January-May this year".
  [new RegExp(`\\b${MONTH}\\s*[-–—]\\s*${MONTH}\\s+(?:of\\s+)?(?:the\\s+)?${RELATIVE}\\s+year\\b`, 'gi'),
    (m, d) => { const y = relativeYear(m[3], d); return fixed(months(y, monthNumber(m[1]), y, monthNumber(m[2]))); }],
  // "the first seven months of this year", "5 months of 2023".
  [new RegExp(`(?<!${NOT_AFTER})\\b(?:the\\s+)?(?:first\\s+)?${COUNT}\\s+months\\s+(?:of\\s+)?(?:the\\s+)?(?:${YEAR}|${RELATIVE}\\s+year)\\b`, 'gi'),
    (m, d) => { const n = count(m[1]); const y = m[2] ? year(m[2]) : relativeYear(m[3], d); return n >= 1 && n <= 12 ? fixed(months(y, 1, y, n)) : null; }],
  // "the first seven months of the current fiscal year (2022-23)".
  [new RegExp(`(?<!${NOT_AFTER})\\b(?:the\\s+)?(?:first\\s+)?${COUNT}\\s+months\\s+of\\s+(?:the\\s+)?(?:${RELATIVE}\\s+)?(?:fiscal|financial)\\s+year(?:\\s*\\(?\\s*${YEAR}\\s*[-–/]\\s*${SECOND_YEAR}\\s*\\)?)?`, 'gi'),
    (m, d) => {
      const n = count(m[1]);
      const first = m[3] ? fiscalStart(m[3], m[4]) : null;
      if (n < 1 || n > 12 || (m[3] && first === null)) return null;
      return byEconomy((statedBy) => {
        if (first !== null) return fiscalYearOpening(first, n, splitYearRule(statedBy));
        const rule = fiscalYearRule(statedBy);
        return fiscalYearOpening(fiscalYearStartOf(d, rule) + yearsAway(m[2] ?? 'current'), n, rule);
      });
    }],
  // Quarters and halves, by year or relative year.
  [new RegExp(`\\b(?:the\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\\s+(quarter|half)\\s+(?:of\\s+)?(?:the\\s+)?(?:${YEAR}|${RELATIVE}\\s+year)\\b`, 'gi'),
    (m, d) => part(m[2], ORDINAL[m[1].toLowerCase()], m[3] ? year(m[3]) : relativeYear(m[4], d))],
  [new RegExp(`\\b([QH])([1-4])\\s*(?:of\\s+)?(?:${YEAR}|(?:the\\s+)?${RELATIVE}\\s+year)\\b`, 'g'),
    (m, d) => part(m[1] === 'Q' ? 'quarter' : 'half', Number(m[2]), m[3] ? year(m[3]) : relativeYear(m[4], d))],
  [new RegExp(`\\b${YEAR}\\s*[-/]?\\s*([QH])([1-4])\\b`, 'g'),
    (m) => part(m[2] === 'Q' ? 'quarter' : 'half', Number(m[3]), year(m[1]))],
  // "FY2023-24", "the financial year 2023-2024 that ended on March 31", "the last fiscal year 2022-23".
  [new RegExp(`\\b(?:the\\s+)?(?:${RELATIVE}\\s+)?(?:(?:fiscal|financial)\\s+year\\s*|FY\\s?)\\(?${YEAR}\\s*[-–/]\\s*${SECOND_YEAR}\\)?(?:${ENDED})?`, 'gi'),
    (m) => fiscal(m[2], m[3], m, 4)],
  // "FY23", "FY2023": the year of the economy naming its years so (US FY2024 ends in 2024, Japan's starts in 2024), else the year it ends in.
  [/\bFY\s?'?(\d{2}|(?:19|20)\d{2})\b(?!\s*[-–/]\s*\d)/g,
    (m) => byEconomy((statedBy) => fiscalYearNamed(m[1].length === 2 ? 2000 + year(m[1]) : year(m[1]), singleYearRule(statedBy)))],
  // "the last fiscal year", "this financial year", "the past Iranian calendar year (ended March 20)".
  [new RegExp(`\\b(?:the\\s+)?${RELATIVE}\\s+(?:(?:full|[a-z]+an|[a-z]+i)\\s+)?(?:(?:fiscal|financial)\\s+year\\b(?:${ENDED})?|calendar\\s+year${ENDED})`, 'gi'),
    (m, d) => byEconomy((statedBy) => {
      const rule = endedRule(m, m[3] ? 2 : 5, fiscalYearRule(statedBy));
      return fiscalYear(fiscalYearStartOf(d, rule) + yearsAway(m[1]), rule);
    })],
  // "in 2022-23": South Asian outlets write fiscal years this way.
  [new RegExp(`\\b(?:in|during|for|of)\\s+${YEAR}\\s*[-–/]\\s*(\\d{2})(?!\\d)`, 'gi'), (m) => fiscal(m[1], m[2])],
  // Deadlines: "by 2030", "by 2026-27", "before the year 2025", "by the end of next year", "within five years".
  [new RegExp(`\\b(?:by|before|until|till)\\s+(?:the\\s+end\\s+of\\s+)?(?:the\\s+year\\s+)?${YEAR}(?:\\s*[-–/]\\s*${SECOND_YEAR})?`, 'gi'),
    (m) => (m[2] ? fiscal(m[1], m[2], undefined, 0, true) : fixed(calendarYear(year(m[1])), true))],
  [new RegExp(`\\btarget\\s+year\\s+(?:of\\s+)?${YEAR}`, 'gi'), (m) => fixed(calendarYear(year(m[1])), true)],
  [new RegExp(`\\bby\\s+the\\s+end\\s+of\\s+(?:the\\s+)?${RELATIVE}\\s+year\\b`, 'gi'), (m, d) => fixed(calendarYear(relativeYear(m[1], d)), true)],
  [new RegExp(`\\b(?:in|within|over)\\s+(?:the\\s+)?(?:next|coming)?\\s*${COUNT}\\s+years\\b`, 'gi'),
    (m, d) => { const n = count(m[1]); return n >= 1 ? fixed(calendarYear(yearOfDate(d) + n), true) : null; }],
  // "in March 2023".
  [new RegExp(`\\b(?:in|during|for)\\s+${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    (m) => fixed(calendarMonth(year(m[2]), monthNumber(m[1])))],
  // "the same period in 2021", "the corresponding period of last year", "the same period a year earlier".
  [new RegExp(`\\b(?:the\\s+)?(?:same|corresponding|comparable|like)\\s+period(?:\\s+(?:of|in)\\s+${YEAR}|\\s+(?:of\\s+|in\\s+)?(?:(?:the\\s+)?(last|previous|past|prior)\\s+year|${EARLIER}))?`, 'gi'),
    (m, d) => ({
      target: false,
      anaphoric: true,
      resolve: (anchor) => {
        if (m[1]) return anchor ? shiftYears(anchor, year(m[1]) - yearOfDate(anchor.start)) : calendarYear(year(m[1]));
        if (/\b(?:last|previous|past|prior|earlier|ago|before|preceding)\b/i.test(m[0])) {
          return anchor ? shiftYears(anchor, -1) : calendarYear(yearOfDate(d) - 1);
        }
        return anchor;
      },
    })],
  // "the reporting period".
  [/\b(?:the|this|that)\s+(?:reporting|review|reported|said)\s+period\b|\bthe\s+period\s+under\s+review\b|\bduring\s+this\s+period\b/gi,
    () => ({ target: false, anaphoric: true, resolve: (anchor) => anchor })],
  // "the year before": a year before the figure it follows.
  [new RegExp(`\\b(?:${EARLIER})\\b`, 'gi'),
    (_m, d) => ({ target: false, anaphoric: true, resolve: (anchor) => (anchor ? shiftYears(anchor, -1) : calendarYear(yearOfDate(d) - 1)) })],
  // "last year", "this year", "next year", "the last calendar year".
  [new RegExp(`\\b(?:the\\s+)?${RELATIVE}\\s+(?:calendar\\s+)?year\\b(?![-\\s]on[-\\s]year)`, 'gi'), (m, d) => fixed(calendarYear(relativeYear(m[1], d)))],
  // Spans of years are not one period: "since 2015", "between 2020 and 2022", "from 2019 to 2022".
  [new RegExp(`\\bsince\\s+${YEAR}|\\b(?:between|from)\\s+${YEAR}\\s+(?:and|to)\\s+${YEAR}`, 'gi'), () => fixed(null)],
  // "in 2022", "for the year 2022", "2022's".
  [new RegExp(`\\b(?:in|for|during|of|over|throughout|year|calendar\\s+year|(?:at\\s+)?the\\s+end\\s+of)\\s+${YEAR}\\b(?!\\s*[-–/]\\s*\\d)|\\b${YEAR}['’]s\\b`, 'gi'),
    (m) => fixed(calendarYear(year(m[1] ?? m[2])))],
];

/**
 * Who states a figure read from text, for its fiscal year: economy A of the
 * pair, unless the figure is named in B's own currency and not A's ("NPR
 * 1134.53 billion" of India–Nepal trade is Nepal's figure). An ISO 4217 code
 * begins with its issuer's ISO 3166 alpha-2 code. A shared name ("Rs",
 * "dollars") and US dollars, used by everyone, say nothing about who speaks.
 */
export function statedByOf(pair: { a: string; b: string }, money: { currency: string; sharedName?: boolean }): StatedBy {
  const named = !money.sharedName && money.currency !== 'USD';
  const issuer = named ? countries.alpha2ToAlpha3(money.currency.slice(0, 2)) : undefined;
  return issuer && issuer === pair.b && issuer !== pair.a ? { economyA: pair.b, economyB: pair.a } : { economyA: pair.a, economyB: pair.b };
}

/** The periods written in a sentence, left to right, overlaps removed. */
export function findPeriods(sentence: string, statementDate: string): PeriodMention[] {
  const found: PeriodMention[] = [];
  for (const [pattern, build] of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence)) {
      const built = build(m, statementDate);
      if (built) found.push({ ...built, start: m.index, end: m.index + m[0].length });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PeriodMention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (!last || mention.start >= last.end) kept.push(mention);
  }
  return kept;
}

function part(kind: string, n: number, y: number) {
  const isHalf = kind.toLowerCase() === 'half';
  if (!(n >= 1 && n <= (isHalf ? 2 : 4))) return null;
  return fixed(isHalf ? half(n, y) : quarter(n, y));
}

