// A fiscal year as running text names it, read in the fiscal year of the
// economy that states the figure (the table is app/lib/domain/fiscal-years.ts).
import { fiscalYearRule, singleYearRule, splitYearRule, type FiscalYearRule } from '../../domain/fiscal-years';
import { fiscalYear, fiscalYearNamed, fiscalYearStartOf, yearOfDate, type Period } from '../../domain/period';
import type { StatedBy } from '../../domain/stated-by';
import { yearsAway } from './periods-relative';

export const YEAR = '((?:19|20)\\d{2})';
export const SECOND_YEAR = '(\\d{4}|\\d{2})(?!\\d)';
export const RELATIVE = '(last|past|previous|prior|this|current|ongoing|next|coming)';
const FISCAL = '(?:fiscal|financial)\\s+year';

/**
 * A fiscal year in words, for use inside a larger pattern; readFiscal reads its
 * ten groups: "the current fiscal year 2022-23", "FY2023-24", "2023/24"-style
 * names after FY or "fiscal", "FY24", "fiscal 2024", "the 2024 fiscal year",
 * "the last financial year".
 */
export const FISCAL_YEAR_WORDS = [
  `(?:the\\s+)?(?:${RELATIVE}\\s+)?${FISCAL}(?:\\s+of)?\\s*\\(?\\s*(?:FY\\s?)?${YEAR}\\s*[-–/]\\s*${SECOND_YEAR}\\)?`,
  `(?:FY\\s?|fiscal\\s+)\\(?${YEAR}\\s*[-–/]\\s*${SECOND_YEAR}\\)?`,
  `FY\\s?'?(\\d{2}|(?:19|20)\\d{2})\\b(?!\\s*[-–/]\\s*\\d)`,
  `fiscal\\s+(?:year\\s+)?${YEAR}\\b(?!\\s*[-–/]\\s*\\d)`,
  `(?:the\\s+)?${YEAR}(?:\\s*[-–/]\\s*${SECOND_YEAR})?\\s+${FISCAL}`,
  `(?:the\\s+)?${RELATIVE}\\s+${FISCAL}`,
].map((alternative) => `(?:${alternative})`).join('|');

/** How a fiscal year was named: by its two years, by one, or relative to the statement date. */
export type FiscalName =
  | { form: 'two'; first: number; second: string }
  | { form: 'one'; year: number }
  | { form: 'relative'; away: number };

/** The fiscal year named by the ten groups of FISCAL_YEAR_WORDS starting at `i`. */
export function readFiscal(m: RegExpExecArray, i: number): FiscalName | null {
  const two = (first: string, second: string): FiscalName => ({ form: 'two', first: Number(first), second });
  if (m[i + 1]) return two(m[i + 1], m[i + 2]);
  if (m[i + 3]) return two(m[i + 3], m[i + 4]);
  if (m[i + 5]) return { form: 'one', year: m[i + 5].length === 2 ? 2000 + Number(m[i + 5]) : Number(m[i + 5]) };
  if (m[i + 6]) return { form: 'one', year: Number(m[i + 6]) };
  if (m[i + 7]) return m[i + 8] ? two(m[i + 7], m[i + 8]) : { form: 'one', year: Number(m[i + 7]) };
  if (m[i + 9]) return { form: 'relative', away: yearsAway(m[i + 9]) };
  return { form: 'relative', away: yearsAway(m[i]) };
}

/** The first year of a fiscal year given by its two years, or null when they do not follow each other. */
export function fiscalStart(first: number, second: string): number | null {
  return Number(second) === (second.length === 2 ? (first + 1) % 100 : first + 1) ? first : null;
}

// Nepal names its fiscal years in Bikram Sambat, 56 or 57 years ahead: FY2079/80 began in July 2022.
const BIKRAM_SAMBAT_AHEAD = 57;

/** The fiscal year a name gives, as the year it starts in and the rule it is read by; null when the name is no fiscal year. */
export function fiscalYearOf(name: FiscalName, statedBy: StatedBy, statementDate: string, rule?: FiscalYearRule): { startYear: number; rule: FiscalYearRule; period: Period } | null {
  if (name.form === 'relative') {
    const own = rule ?? fiscalYearRule(statedBy);
    const startYear = fiscalYearStartOf(statementDate, own) + name.away;
    return { startYear, rule: own, period: fiscalYear(startYear, own) };
  }
  if (name.form === 'one') {
    const own = rule ?? singleYearRule(statedBy);
    const period = fiscalYearNamed(name.year, own);
    return { startYear: yearOfDate(period.start), rule: own, period };
  }
  const own = rule ?? splitYearRule(statedBy);
  const first = fiscalStart(name.first, name.second);
  if (first === null) return null;
  const startYear = gregorianStart(first, own, statementDate);
  return { startYear, rule: own, period: fiscalYear(startYear, own) };
}

/** The Gregorian year a fiscal year named from `first` starts in: Nepal's years far ahead of the statement are Bikram Sambat. */
export function gregorianStart(first: number, rule: FiscalYearRule, statementDate: string): number {
  return rule.economy === 'NPL' && first > yearOfDate(statementDate) + 30 ? first - BIKRAM_SAMBAT_AHEAD : first;
}
