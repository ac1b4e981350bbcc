// Fiscal years in English running text: "FY2023-24", "FY24", "fiscal 2024", "the
// last fiscal year", "July-January (2022-23)", "the first half of FY24", "the
// first seven months of the current fiscal year", "the solar year 1401". Each is
// read in the fiscal year of the economy that states the figure.
import { fiscalYearConventionOf, fiscalYearRule, splitYearRule, type FiscalYearRule } from '../../domain/fiscal-years';
import { parseNumberWords } from '../../domain/number-words';
import {
  MONTH_PATTERN as MONTH, dayRange, fiscalYear, fiscalYearEndingOn, fiscalYearMonths, fiscalYearPart, fiscalYearStartOf, fiscalYearToDate, monthNumber, type Period,
} from '../../domain/period';
import { parsePeriod } from '../../domain/period-parse';
import type { StatedBy } from '../../domain/stated-by';
import {
  FISCAL_YEAR_WORDS, RELATIVE, SECOND_YEAR, YEAR, fiscalStart, fiscalYearOf, gregorianStart, readFiscal,
} from './fiscal-reference';
import { byEconomy, fixed, type MentionRead, type PeriodRule } from './period-mention';
import { yearsAway } from './periods-relative';

export const COUNT = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
export const ORDINAL = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };
export const ordinal = (word: string) => ORDINALS[word.toLowerCase()] ?? 0;
export const count = (text: string) => (/^\d+$/.test(text) ? Number(text) : (parseNumberWords(text) ?? 0));

// "(that ended on March 31)", ", ending June 30", "(ended March 20)": when a fiscal year ends.
// Three groups: a day before the month, the month, a day after it.
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const ENDED = `\\s*,?\\s*\\(?\\s*(?:that\\s+|which\\s+)?(?:ended|ending|ends|closed)\\s+(?:on\\s+)?(?:${DAY}\\s+)?${MONTH}(?:\\s+${DAY}\\b)?\\)?`;
// "the last five months" are not the first five. The look back is bounded: V8 tries a
// look-behind at every position, and an unbounded \s+ in it rescans a run of spaces from each.
export const NOT_AFTER = '(?:last|past|final|next|coming)\\s{1,8}';
const SOLAR = '(?:afghan|afghanistan[’\']s|iranian|iran[’\']s|persian|solar|hijri|hejri|shamsi)';

// Cues: a sentence without them is not tried by the patterns that need them.
const FISCAL_CUE = /fiscal|financial|fy/i;
const SPLIT_CUE = /\d\s*[-–/]\s*\d/;
const SOLAR_CUE = /solar|iran|persian|afghan|hijri|hejri|shamsi/i;

/** Read by the typed-period parser; kept only when it reads without an economy, resolved with the pair's. */
function parsed(text: string, target = false): MentionRead | null {
  if (!parsePeriod(text).ok) return null;
  return byEconomy((statedBy) => {
    const result = parsePeriod(text, statedBy);
    return result.ok ? result.period : null;
  }, target);
}

/** The rule a stated end gives ("ended March 20"), from the groups of ENDED starting at `i`. */
function endedRule(m: RegExpExecArray, i: number, rule: FiscalYearRule): FiscalYearRule {
  if (!m[i + 1]) return rule;
  const day = m[i] ?? m[i + 2];
  return fiscalYearEndingOn(monthNumber(m[i + 1]), day ? Number(day) : null, rule);
}

/** A fiscal year given by its two years, in the pair's convention unless the text says when it ends (the groups of ENDED from `endedAt`). */
export function fiscal(first: string, second: string, statementDate: string, ended?: { m: RegExpExecArray; at: number }, target = false): MentionRead {
  const y = fiscalStart(Number(first), second);
  if (y === null) return fixed(null, target);
  return byEconomy((statedBy) => {
    const own = splitYearRule(statedBy);
    return fiscalYear(gregorianStart(y, own, statementDate), ended ? endedRule(ended.m, ended.at, own) : own);
  }, target);
}

/** Months `from`–`to` (counted from its first month) of the fiscal year the groups from `i` name. */
function fiscalPart(m: RegExpExecArray, i: number, from: number, to: number, statementDate: string): MentionRead | null {
  const name = readFiscal(m, i);
  if (!name || from < 1 || to > 12 || from > to) return null;
  return byEconomy((statedBy) => {
    const year = fiscalYearOf(name, statedBy, statementDate);
    return year ? fiscalYearPart(year.startYear, from, to, year.rule) : null;
  });
}

/** The solar Hijri year of Iran or Afghanistan, whichever states the figure (Iran's when neither does). */
function solarRule(statedBy: StatedBy): FiscalYearRule {
  const economy = [statedBy.economyA, statedBy.economyB].find((e) => e === 'AFG' || e === 'IRN') ?? null;
  return { convention: fiscalYearConventionOf(economy ?? 'IRN'), economy };
}
// Year 1 of the solar Hijri calendar began in March 622: 1401 began on 21 March 2022.
const SOLAR_OFFSET = 621;

function solarYear(n: number): (statedBy: StatedBy) => Period {
  return (statedBy) => ({ ...fiscalYear(n + SOLAR_OFFSET, solarRule(statedBy)), label: `solar year ${n}` });
}

export const FISCAL_RULES: PeriodRule[] = [
  // "July-January (2022-23)", "(July-December) of the current fiscal year 2022-23": months of a fiscal year.
  [new RegExp(`\\b${MONTH}\\s*[-–—]\\s*${MONTH}\\)?,?\\s*(?:of\\s+(?:the\\s+)?(?:(?:current|last|previous|past|this)\\s+)?(?:fiscal|financial)\\s+year\\s*)?\\(?\\s*(?:FY\\s?)?${YEAR}\\s*[-–/]\\s*${SECOND_YEAR}\\s*\\)?`, 'gi'),
    (m) => parsed(`${m[1]}-${m[2]} ${m[3]}-${m[4]}`), SPLIT_CUE],
  // "April-December FY24", "July-March of the current fiscal year", "the July-March period of FY2023-24".
  [new RegExp(`\\b${MONTH}(?![a-z])\\s*[-–—]\\s*${MONTH}(?![a-z])(?:\\s+period)?,?\\s+(?:of\\s+|in\\s+)?(?:${FISCAL_YEAR_WORDS})`, 'gi'),
    (m, d) => {
      const name = readFiscal(m, 3);
      const [from, to] = [monthNumber(m[1]), monthNumber(m[2])];
      return name && byEconomy((statedBy) => {
        const year = fiscalYearOf(name, statedBy, d);
        return year ? fiscalYearMonths(from, to, year.startYear, year.rule) : null;
      });
    }, FISCAL_CUE],
  // "the first seven months of the current fiscal year (2022-23)", "the first 8 months of FY24".
  [new RegExp(`(?<!${NOT_AFTER})\\b(?:the\\s+)?(?:first\\s+)?${COUNT}\\s+months\\s+of\\s+(?:${FISCAL_YEAR_WORDS})`, 'gi'),
    (m, d) => fiscalPart(m, 2, 1, count(m[1]), d), FISCAL_CUE],
  // "the first half of the current fiscal year", "the second quarter of FY2023-24".
  [new RegExp(`\\b(?:the\\s+)?${ORDINAL}\\s+(quarter|half)\\s+of\\s+(?:${FISCAL_YEAR_WORDS})`, 'gi'),
    (m, d) => { const n = ordinal(m[1]); const size = m[2].toLowerCase() === 'half' ? 6 : 3; return fiscalPart(m, 3, n * size - size + 1, n * size, d); }, FISCAL_CUE],
  // "Q2 FY24", "H1 FY2023-24", "Q3 of fiscal 2024".
  [new RegExp(`\\b([QH])([1-4])\\s*(?:of\\s+)?(?:${FISCAL_YEAR_WORDS})`, 'gi'),
    (m, d) => { const n = Number(m[2]); const size = m[1].toUpperCase() === 'H' ? 6 : 3; return n * size > 12 ? null : fiscalPart(m, 3, n * size - size + 1, n * size, d); }, FISCAL_CUE],
  // "FY2023-24", "the financial year (of) 2023-2024 that ended on March 31", "the last fiscal year 2022-23".
  [new RegExp(`\\b(?:the\\s+)?(?:${RELATIVE}\\s+)?(?:(?:fiscal|financial)\\s+year(?:\\s+of)?\\s*|FY\\s?)\\(?${YEAR}\\s*[-–/]\\s*${SECOND_YEAR}\\)?(?:${ENDED})?`, 'gi'),
    (m, d) => fiscal(m[2], m[3], d, { m, at: 4 }), FISCAL_CUE],
  // "the last fiscal year", "this financial year", "the past Iranian calendar year (ended March 20)".
  [new RegExp(`\\b(?:the\\s+)?${RELATIVE}\\s+(?:(?:full|[a-z]+an|[a-z]+i)\\s+)?(?:(?:fiscal|financial)\\s+year\\b(?:${ENDED})?|calendar\\s+year${ENDED})`, 'gi'),
    (m, d) => byEconomy((statedBy) => {
      const rule = endedRule(m, m[3] ? 2 : 5, fiscalYearRule(statedBy));
      return fiscalYear(fiscalYearStartOf(d, rule) + yearsAway(m[1]), rule);
    }), /fiscal|financial|calendar/i],
  // Every other name of a whole fiscal year: "FY24", "fiscal 2024", "the 2023-24 fiscal year", "fiscal 2023/24".
  [new RegExp(`\\b(?:${FISCAL_YEAR_WORDS})`, 'gi'),
    (m, d) => { const name = readFiscal(m, 1); return name && byEconomy((statedBy) => fiscalYearOf(name, statedBy, d)?.period ?? null); }, FISCAL_CUE],
  // "in 2022-23": South Asian outlets write fiscal years this way.
  [new RegExp(`\\b(?:in|during|for|of)\\s+${YEAR}\\s*[-–/]\\s*(\\d{2})(?!\\d)`, 'gi'), (m, d) => fiscal(m[1], m[2], d), SPLIT_CUE],
  // "the Afghan solar year 1401", "the Iranian calendar year 1402".
  [new RegExp(`\\b(?:the\\s+)?(?:${SOLAR}\\s+){1,3}(?:calendar\\s+|fiscal\\s+)?year\\s+(?:of\\s+)?(1[34]\\d{2})\\b`, 'gi'),
    (m) => byEconomy(solarYear(Number(m[1]))), SOLAR_CUE],
  // "the past Iranian year (ended March 20)", "the current solar year": the solar year relative to the statement date.
  [new RegExp(`\\b(?:the\\s+)?${RELATIVE}\\s+(?:${SOLAR}\\s+){1,3}(?:calendar\\s+|fiscal\\s+)?year\\b(?:\\s*,?\\s*\\(?\\s*(?:that\\s+|which\\s+)?(?:ended|ending|ends)\\s+(?:on\\s+)?[\\w\\s]{1,16}\\)?)?`, 'gi'),
    (m, d) => byEconomy((statedBy) => {
      const rule = solarRule(statedBy);
      return fiscalYear(fiscalYearStartOf(d, rule) + yearsAway(m[1]), rule);
    }), SOLAR_CUE],
  // "since the start of the solar year 1401": from its first day to the statement date.
  [new RegExp(`\\bsince\\s+the\\s+(?:start|beginning)\\s+of\\s+(?:the\\s+)?(?:${SOLAR}\\s+){1,3}(?:calendar\\s+|fiscal\\s+)?year\\s+(?:of\\s+)?(1[34]\\d{2})\\b`, 'gi'),
    (m, d) => byEconomy((statedBy) => {
      const { start } = solarYear(Number(m[1]))(statedBy);
      return start <= d ? { ...dayRange(start, d), label: `${dayRange(start, d).label} (solar year ${m[1]} to date)` } : null;
    }), SOLAR_CUE],
  // "so far this fiscal year", "since the start of the fiscal year", "in the fiscal year to date".
  [/\b(?:so\s+far\s+(?:in\s+)?(?:this|the\s+current)\s+(?:fiscal|financial)\s+year|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?(?:current\s+)?(?:fiscal|financial)\s+year|(?:the\s+)?(?:fiscal|financial)[-\s]year[-\s]to[-\s]date)\b/gi,
    (_m, d) => byEconomy((statedBy) => fiscalYearToDate(d, fiscalYearRule(statedBy))), /fiscal|financial/i],
];
