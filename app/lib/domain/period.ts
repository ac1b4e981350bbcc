// The one period module: the Period type, its constructors and labels, the
// partial-year rule, and fiscal years by the convention of the economy that
// states a figure (table in fiscal-years.ts). Text is read into a period by
// period-parse.ts (typed) and extract/periods-in-text.ts (running text).
export {
  MONTH_NAMES, MONTH_PATTERN, addDays, daysIn, isoDate, monthNumber, yearOfDate,
} from './period/calendar';
export {
  calendarMonth, calendarYear, commonMonthsLabel, dayRange, half, isPartialYear, monthRange, monthsLabel, monthsSpanned,
  quarter, shiftYears, spanLabel, type Period,
} from './period/period';
export {
  fiscalYear, fiscalYearEndingOn, fiscalYearMonths, fiscalYearNamed, fiscalYearOpening, fiscalYearPart, fiscalYearStartOf, fiscalYearToDate,
  lastFullFiscalYear, periodLongLabel,
} from './period/fiscal';
export { fiscalYearRule, splitYearRule, type FiscalYearRule } from './fiscal-years';
