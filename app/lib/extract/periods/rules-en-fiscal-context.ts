// Parts of a fiscal year the text does not name, only calls "the fiscal year": "the first half of
// the fiscal year", "the first eight months of the fiscal year", "July-December of the financial
// year". The year is the one of the figure before, when that figure lies within one fiscal year,
// else the reporting economy's latest whose part is over by the statement date: for Bangladesh
// (July–June), said on 10 February 2025, the first half is July–December 2024.
import { fiscalYearRule, type FiscalYearRule } from '../../domain/fiscal-years';
import { MONTH_PATTERN as MONTH, fiscalYearMonths, fiscalYearPart, fiscalYearStartOf, monthNumber, type Period } from '../../domain/period';
import { anaphoric, type MentionRead, type PeriodRule } from './period-mention';
import { COUNT, NOT_AFTER, ORDINAL, count, ordinal } from './rules-en-fiscal';

// "the fiscal year" with no name after it: not "the fiscal year 2023-24", "the fiscal year ending June 30", "…to March".
const BARE_FISCAL = '(?:the\\s+)?(?:fiscal|financial)\\s+year(?![-\\s]*\\(?\\s*(?:FY|(?:19|20)\\d{2}|\\d{2}\\b|(?:that\\s+|which\\s+)?(?:end|ended|ending|ends|to|through|closed)\\b))';
const CUE = /fiscal|financial/i;

/** Months of the fiscal year the context gives, read by `part` from the year's start and rule. */
function inContext(part: (startYear: number, rule: FiscalYearRule) => Period | null, statementDate: string): MentionRead {
  const mention = anaphoric((anchor, statedBy) => {
    const rule = fiscalYearRule(statedBy);
    if (anchor) {
      const startYear = fiscalYearStartOf(anchor.start, rule);
      const period = startYear === fiscalYearStartOf(anchor.end, rule) ? part(startYear, rule) : null;
      if (period && period.start <= statementDate) return period;
    }
    const current = fiscalYearStartOf(statementDate, rule);
    const period = part(current, rule);
    // Months not yet over are those of the year before, as a report gives the latest figures.
    return period && period.end.slice(0, 7) > statementDate.slice(0, 7) ? part(current - 1, rule) : period;
  });
  return { ...mention, yearless: true };
}

/** Months `from`–`to` counted from the fiscal year's first month, in the fiscal year the context gives. */
function partInContext(from: number, to: number, statementDate: string): MentionRead | null {
  if (from < 1 || to > 12 || from > to) return null;
  return inContext((startYear, rule) => fiscalYearPart(startYear, from, to, rule), statementDate);
}

export const FISCAL_CONTEXT_RULES: PeriodRule[] = [
  // "the first half of the fiscal year", "the second quarter of the financial year".
  [new RegExp(`\\b(?:the\\s+)?${ORDINAL}\\s+(quarter|half)\\s+of\\s+${BARE_FISCAL}`, 'gi'),
    (m, d) => { const n = ordinal(m[1]); const size = m[2].toLowerCase() === 'half' ? 6 : 3; return partInContext(n * size - size + 1, n * size, d); }, CUE],
  // "the first eight months of the fiscal year".
  [new RegExp(`(?<!${NOT_AFTER})\\b(?:the\\s+)?(?:first\\s+)?${COUNT}\\s+months\\s+of\\s+${BARE_FISCAL}`, 'gi'),
    (m, d) => partInContext(1, count(m[1]), d), CUE],
  // "July-December of the fiscal year", "the July-March period of the financial year".
  [new RegExp(`\\b${MONTH}(?![a-z])\\s*[-–—]\\s*${MONTH}(?![a-z])(?:\\s+period)?,?\\s+(?:of|in)\\s+${BARE_FISCAL}`, 'gi'),
    (m, d) => {
      const [from, to] = [monthNumber(m[1]), monthNumber(m[2])];
      return inContext((startYear, rule) => fiscalYearMonths(from, to, startYear, rule), d);
    }, CUE],
];
