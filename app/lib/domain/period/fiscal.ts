import { isCalendar, ruleOwner, type FiscalYearConvention, type FiscalYearRule } from '../fiscal-years';
import { MONTH_FULL_NAMES, addDays, addMonths, dateParts, daysIn, isoDate, pad } from './calendar';
import { monthRange, spanLabel, type Period } from './period';

/**
 * The fiscal year that starts in `startYear` under `rule`, labelled by its
 * name and owner so that labels still begin with the name: "FY2023-24
 * (Pakistan)", "FY2024 (United States)" (the US names its years by one year),
 * "FY2023-24 (April–March)" when no economy is known.
 */
export function fiscalYear(startYear: number, rule: FiscalYearRule, name?: string): Period {
  const { month, day } = rule.convention.start;
  const start = isoDate(startYear, month, day);
  const end = addDays(isoDate(startYear + 1, month, day), -1);
  const split = start.slice(0, 4) !== end.slice(0, 4);
  return { start, end, label: `FY${name ?? ownName(startYear, split, rule.convention)} (${ruleOwner(rule)})` };
}

/** The name an economy gives the fiscal year starting in `startYear`: "2023-24", or "2024" where it names by one year. */
function ownName(startYear: number, split: boolean, convention: FiscalYearConvention): string {
  if (!split) return String(startYear);
  if (convention.names !== 'one') return `${startYear}-${pad((startYear + 1) % 100)}`;
  return String(convention.singleYear === 'start' ? startYear : startYear + 1);
}

/**
 * A fiscal year named by one year, "FY2024" or "FY24": the year it starts in
 * or ends in, by the convention (see fiscal-years.ts); read as the end where
 * usage is mixed, as running text mostly means.
 */
export function fiscalYearNamed(year: number, rule: FiscalYearRule): Period {
  const { convention } = rule;
  const startsEarlier = convention.start.month !== 1 || convention.start.day !== 1;
  const startYear = convention.singleYear === 'start' || !startsEarlier ? year : year - 1;
  return fiscalYear(startYear, rule, String(year));
}

/** The first `count` months of the fiscal year starting in `startYear`: "first 7 months of FY2022-23". */
export function fiscalYearOpening(startYear: number, count: number, rule: FiscalYearRule): Period {
  return fiscalYearPart(startYear, 1, count, rule);
}

/**
 * Months `from` to `to` of the fiscal year starting in `startYear`, counted
 * from its first month: its second quarter is months 4–6 ("Q2 FY24" in India
 * is July–September 2023), its second half months 7–12.
 */
export function fiscalYearPart(startYear: number, from: number, to: number, rule: FiscalYearRule): Period {
  const { month, day } = rule.convention.start;
  const start = addMonths(startYear, month, day, from - 1);
  const end = addDays(addMonths(startYear, month, day, to), -1);
  return { start, end, label: spanLabel(start, end) };
}

/** The last fiscal year that ended before `iso`: the latest full year a report can give. */
export function lastFullFiscalYear(iso: string, rule: FiscalYearRule): Period {
  const startYear = fiscalYearStartOf(iso, rule) - 1;
  return isCalendar(rule.convention) ? monthRange(startYear, 1, startYear, 12, String(startYear)) : fiscalYear(startYear, rule);
}

/** From the first day of the fiscal year containing `iso` to `iso`: "so far this fiscal year". */
export function fiscalYearToDate(iso: string, rule: FiscalYearRule): Period {
  const { month, day } = rule.convention.start;
  const start = isoDate(fiscalYearStartOf(iso, rule), month, day);
  const whose = isCalendar(rule.convention) ? 'year' : `${ruleOwner(rule)} fiscal year`;
  return { start, end: iso, label: `${spanLabel(start, iso)} (${whose} to date)` };
}

/**
 * Calendar months named within a fiscal year, as in "July-January (2022-23)":
 * each month falls in the year the fiscal year puts it in; a span that wraps
 * past December starts in the first year.
 */
export function fiscalYearMonths(from: number, to: number, startYear: number, rule: FiscalYearRule): Period {
  const startMonth = rule.convention.start.month;
  const wraps = from > to;
  const fromYear = wraps || from >= startMonth ? startYear : startYear + 1;
  const toYear = wraps || to < startMonth ? startYear + 1 : startYear;
  return monthRange(fromYear, from, toYear, to);
}

/** The year in which the fiscal year containing `iso` starts. */
export function fiscalYearStartOf(iso: string, rule: FiscalYearRule): number {
  const [year, month, day] = dateParts(iso);
  const { start } = rule.convention;
  return month > start.month || (month === start.month && day >= start.day) ? year : year - 1;
}

/**
 * The fiscal year a text gives by its end, "(ended March 20)", "ending June
 * 30" (the month's last day when no day is given): the economy's own when it
 * agrees, else one named by its months.
 */
export function fiscalYearEndingOn(month: number, day: number | null, rule: FiscalYearRule): FiscalYearRule {
  const endDay = Math.min(day ?? 31, daysIn(2001, month));
  const [, m, d] = dateParts(addDays(isoDate(2001, month, endDay), 1));
  const { start } = rule.convention;
  if (start.month === m && start.day === d) return rule;
  const span = d === 1 ? `${MONTH_FULL_NAMES[m - 1]}–${MONTH_FULL_NAMES[month - 1]}` : `${d} ${MONTH_FULL_NAMES[m - 1]}–${endDay} ${MONTH_FULL_NAMES[month - 1]}`;
  return { convention: { start: { month: m, day: d }, span, singleYear: 'end', names: 'both' }, economy: null };
}

/**
 * The long form the UI shows: "FY2023-24, Pakistan: Jul 2023–Jun 2024";
 * "FY2023-24 (April–March): Apr 2023–Mar 2024" when no economy was known.
 * Any other period's label already says its months.
 */
export function periodLongLabel(period: Period): string {
  const fiscal = /^(FY\S+) \((.+)\)$/.exec(period.label);
  if (!fiscal) return period.label;
  const span = spanLabel(period.start, period.end);
  const [, name, owner] = fiscal;
  return isMonthSpan(owner) ? `${name} (${owner}): ${span}` : `${name}, ${owner}: ${span}`;
}

const FULL_MONTH = `(?:${MONTH_FULL_NAMES.join('|')})`;
const MONTH_SPAN = new RegExp(`^(?:\\d{1,2} )?${FULL_MONTH}–(?:\\d{1,2} )?${FULL_MONTH}$`);

/** "April–March", "21 March–20 March": a label's owner that is the months, not an economy. */
function isMonthSpan(owner: string): boolean {
  return MONTH_SPAN.test(owner);
}
