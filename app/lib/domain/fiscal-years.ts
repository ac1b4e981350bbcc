import { economyName } from './economies';
import type { StatedBy } from './stated-by';

/**
 * Fiscal years by economy: when each begins, how it is named, and how a name
 * with one year ("FY2024") is read. A name with two years ("FY2023-24",
 * "2023/24") always starts in its first year. Economies not listed keep the
 * calendar year, named by one year.
 *
 * | economy                                | fiscal year              | named by              | "FY2024" / "FY24" is      |
 * |----------------------------------------|--------------------------|-----------------------|---------------------------|
 * | India                                  | 1 April – 31 March       | both: FY2023-24, FY24 | Apr 2023 – Mar 2024       |
 * | Japan, Singapore                       | 1 April – 31 March       | one year: FY2024      | Apr 2024 – Mar 2025       |
 * | United Kingdom                         | 1 April – 31 March       | both: 2023-24, FY24   | not read: give both years |
 * | Canada, Hong Kong, South Africa        | 1 April – 31 March       | two years: 2023-24    | not read: give both years |
 * | Pakistan, Bangladesh, Egypt, Australia | 1 July – 30 June         | both: FY2023-24, FY24 | Jul 2023 – Jun 2024       |
 * | New Zealand, Kenya                     | 1 July – 30 June         | two years: 2023/24    | not read: give both years |
 * | Nepal                                  | 17 July – 16 July        | two years: 2023/24    | not read: give both years |
 * | Iran, Afghanistan                      | 21 March – 20 March      | two years: 2023-24    | not read: give both years |
 * | United States (federal)                | 1 October – 30 September | one year: FY2024      | Oct 2023 – Sep 2024       |
 * | every other economy                    | calendar year            | one year: 2024        | 2024                      |
 *
 * A name is read in the fiscal year of the first of economy A, economy B that
 * names its years that way (namedYearRule): "FY2023-24" in a US–India
 * statement is India's, since the US never names its year by two; "FY2024" in
 * an India–US statement is India's, as India names its years both ways. A
 * two-year name neither uses is read as the assumed April–March. "Not read"
 * applies to typed periods; running text ("FY24" in an article) is read as
 * the year it ends in, as it mostly means. Labels name a fiscal year the way
 * its economy does: "FY2024 (United States)", "FY2023-24 (India)".
 */

/** The month (1–12) and day a fiscal year begins on, every year. */
export interface FiscalYearStart {
  month: number;
  day: number;
}

/**
 * Which year a single-year name ("FY2024") gives: the one the fiscal year
 * starts in, the one it ends in, or null where usage is mixed and we ask for
 * both years rather than guess.
 */
export type SingleYearName = 'start' | 'end' | null;

/** How an economy names its fiscal years: by two years ("FY2023-24"), by one ("FY2024"), or either. */
export type YearNames = 'two' | 'one' | 'both';

export interface FiscalYearConvention {
  start: FiscalYearStart;
  /** Named in labels when no economy is: "FY2023-24 (April–March)". */
  span: string;
  singleYear: SingleYearName;
  names: YearNames;
}

export interface EconomyFiscalYear extends FiscalYearConvention {
  economy: string;
  /** Where the rule comes from. */
  source: string;
}

/** The fiscal year a period is read in, and the economy whose it is (null when none is known). */
export interface FiscalYearRule {
  convention: FiscalYearConvention;
  economy: string | null;
}

export const CALENDAR: FiscalYearConvention = { start: { month: 1, day: 1 }, span: 'January–December', singleYear: 'start', names: 'one' };
const APRIL_MARCH = { start: { month: 4, day: 1 }, span: 'April–March' };
const JULY_JUNE = { start: { month: 7, day: 1 }, span: 'July–June' };
const OCTOBER_SEPTEMBER = { start: { month: 10, day: 1 }, span: 'October–September' };
// 1 Shrawan falls on 16, 17 or 18 July; we use 17 July every year (it was the
// 17th in 2022 and 2023, the 16th in 2021 and 2024), so some years are a day off.
const SHRAWAN = { start: { month: 7, day: 17 }, span: '17 July–16 July' };
// Nowruz, 1 Farvardin / 1 Hamal, falls on 21 March in most years and on 20 March
// in some (2024, year 1403); we use 21 March.
const SOLAR_HIJRI = { start: { month: 3, day: 21 }, span: '21 March–20 March' };

/** Without an economy a fiscal year is read as India's, April–March, as the form always did; its label says so. */
export const ASSUMED: FiscalYearRule = { convention: { ...APRIL_MARCH, singleYear: 'end', names: 'both' }, economy: null };

export const FISCAL_YEARS: readonly EconomyFiscalYear[] = [
  { economy: 'IND', ...APRIL_MARCH, singleYear: 'end', names: 'both', source: 'Union Budget: financial year 1 April–31 March; the RBI and ministries write FY24 for 2023-24.' },
  { economy: 'JPN', ...APRIL_MARCH, singleYear: 'start', names: 'one', source: 'Public Finance Act art. 11: 1 April–31 March; FY2023 (Reiwa 5 nendo) begins in April 2023.' },
  { economy: 'SGP', ...APRIL_MARCH, singleYear: 'start', names: 'one', source: 'Ministry of Finance: FY2024 is 1 April 2024–31 March 2025 (Budget 2024 is for FY2024).' },
  { economy: 'GBR', ...APRIL_MARCH, singleYear: null, names: 'both', source: 'HM Treasury: financial year 1 April–31 March, written 2023-24; ONS writes “year ending March 2024”, firms use FY24 either way.' },
  { economy: 'CAN', ...APRIL_MARCH, singleYear: null, names: 'two', source: 'Financial Administration Act s. 2: fiscal year 1 April–31 March, written 2023-24 or 2023 to 2024.' },
  { economy: 'HKG', ...APRIL_MARCH, singleYear: null, names: 'two', source: 'Public Finance Ordinance (Cap. 2): financial year 1 April–31 March, written 2023-24.' },
  { economy: 'ZAF', ...APRIL_MARCH, singleYear: null, names: 'two', source: 'Public Finance Management Act: financial year 1 April–31 March, written 2023/24.' },
  { economy: 'PAK', ...JULY_JUNE, singleYear: 'end', names: 'both', source: 'Ministry of Finance and State Bank of Pakistan: fiscal year 1 July–30 June; FY24 is 2023-24.' },
  { economy: 'BGD', ...JULY_JUNE, singleYear: 'end', names: 'both', source: 'Ministry of Finance and Bangladesh Bank: fiscal year 1 July–30 June; FY24 is 2023-24.' },
  { economy: 'EGY', ...JULY_JUNE, singleYear: 'end', names: 'both', source: 'Ministry of Finance and Central Bank of Egypt: fiscal year 1 July–30 June; FY24 is FY2023/24.' },
  { economy: 'AUS', ...JULY_JUNE, singleYear: 'end', names: 'both', source: 'Treasury and ATO: financial year 1 July–30 June; FY24 is the year ending 30 June 2024.' },
  { economy: 'NZL', ...JULY_JUNE, singleYear: null, names: 'two', source: 'Public Finance Act 1989: the Crown’s financial year ends on 30 June, written 2023/24.' },
  { economy: 'KEN', ...JULY_JUNE, singleYear: null, names: 'two', source: 'Public Finance Management Act 2012: fiscal year 1 July–30 June, written FY2023/24.' },
  { economy: 'NPL', ...SHRAWAN, singleYear: null, names: 'two', source: 'Fiscal year from 1 Shrawan (Bikram Sambat): FY2079/80 is 17 July 2022–16 July 2023, written FY2022/23 in English.' },
  { economy: 'IRN', ...SOLAR_HIJRI, singleYear: null, names: 'two', source: 'Budget year is the solar Hijri year from 1 Farvardin: 1402 is 21 March 2023–20 March 2024.' },
  { economy: 'AFG', ...SOLAR_HIJRI, singleYear: null, names: 'two', source: 'Solar Hijri year from 1 Hamal (21 March). From 1391 (2012) to 2021 the budget year began on 1 Jadi (about 21 December); that is not modelled.' },
  { economy: 'USA', ...OCTOBER_SEPTEMBER, singleYear: 'end', names: 'one', source: '31 U.S.C. 1102: federal fiscal year 1 October–30 September, named by the year it ends in (FY2024 is Oct 2023–Sep 2024). US trade statistics are calendar years.' },
];

const BY_ECONOMY = new Map(FISCAL_YEARS.map((row) => [row.economy, row]));

/** An economy's fiscal year; the calendar year for those not listed. */
export function fiscalYearConventionOf(economy: string): FiscalYearConvention {
  return BY_ECONOMY.get(economy.toUpperCase()) ?? CALENDAR;
}

export function isCalendar(convention: FiscalYearConvention): boolean {
  return convention.start.month === 1 && convention.start.day === 1;
}

/**
 * The fiscal year of the economy that states the figure, for a period that
 * does not name it ("the last fiscal year"): economy A's; when A keeps the
 * calendar year and B does not, B's, since a fiscal year in a statement about
 * the pair is then B's ("China's exports to Pakistan in the last fiscal
 * year"). Two calendar economies read FY2023 as the calendar year; without
 * any economy, the assumed April–March year.
 */
export function fiscalYearRule(statedBy: StatedBy = {}): FiscalYearRule {
  return fiscalRuleWhere(statedBy, () => true) ?? calendarOrAssumed(statedBy);
}

/**
 * The rule for a fiscal year named one way, by two years ("FY2023-24") or by
 * one ("FY2024"): the first of A, B whose fiscal year is named so, as the
 * name says whose year it is ("FY2023-24" in a US–India statement is
 * India's). A two-year name neither uses is read as the assumed April–March;
 * a one-year name neither uses falls back to fiscalYearRule (whose economy
 * may then ask for both years).
 */
export function namedYearRule(statedBy: StatedBy, form: 'one' | 'two'): FiscalYearRule {
  const named = fiscalRuleWhere(statedBy, (convention) => convention.names === form || convention.names === 'both');
  if (named) return named;
  return form === 'two' ? ASSUMED : fiscalYearRule(statedBy);
}

/** The rule for a name with two years ("FY2023-24"), which no calendar year has. */
export function splitYearRule(statedBy: StatedBy = {}): FiscalYearRule {
  return namedYearRule(statedBy, 'two');
}

/** The rule for a name with one year ("FY2024"). */
export function singleYearRule(statedBy: StatedBy = {}): FiscalYearRule {
  return namedYearRule(statedBy, 'one');
}

/** The first of economy A, economy B whose fiscal year (not the calendar year) `fits`. */
function fiscalRuleWhere(statedBy: StatedBy, fits: (convention: FiscalYearConvention) => boolean): FiscalYearRule | null {
  for (const code of [statedBy.economyA, statedBy.economyB]) {
    const economy = code ? code.toUpperCase() : null;
    const convention = economy ? fiscalYearConventionOf(economy) : CALENDAR;
    if (economy && !isCalendar(convention) && fits(convention)) return { convention, economy };
  }
  return null;
}

function calendarOrAssumed(statedBy: StatedBy): FiscalYearRule {
  const known = statedBy.economyA || statedBy.economyB;
  return known ? { convention: CALENDAR, economy: known.toUpperCase() } : ASSUMED;
}

/** Who a fiscal year's label names: the economy, else the months it runs. */
export function ruleOwner(rule: FiscalYearRule): string {
  return rule.economy ? economyName(rule.economy) : rule.convention.span;
}
