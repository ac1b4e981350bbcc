import { economyName } from './economies';
import type { StatedBy } from './stated-by';

/**
 * Fiscal years by economy: when each begins, and how a name with one year
 * ("FY2024") is read. A name with two years ("FY2023-24", "2023/24") always
 * starts in its first year. Economies not listed keep the calendar year.
 *
 * | economy                                         | fiscal year              | "FY2024" / "FY24" is      |
 * |-------------------------------------------------|--------------------------|---------------------------|
 * | India                                           | 1 April – 31 March       | Apr 2023 – Mar 2024       |
 * | Japan, Singapore                                | 1 April – 31 March       | Apr 2024 – Mar 2025       |
 * | United Kingdom, Canada, Hong Kong, South Africa | 1 April – 31 March       | not read: give both years |
 * | Pakistan, Bangladesh, Egypt, Australia          | 1 July – 30 June         | Jul 2023 – Jun 2024       |
 * | New Zealand, Kenya                              | 1 July – 30 June         | not read: give both years |
 * | Nepal                                           | 17 July – 16 July        | not read: give both years |
 * | Iran, Afghanistan                               | 21 March – 20 March      | not read: give both years |
 * | United States (federal)                         | 1 October – 30 September | Oct 2023 – Sep 2024       |
 * | every other economy                             | calendar year            | 2024                      |
 *
 * "Not read" applies to typed periods; running text ("FY24" in an article)
 * is read as the year it ends in, as it mostly means.
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

export interface FiscalYearConvention {
  start: FiscalYearStart;
  /** Named in labels when no economy is: "FY2023-24 (April–March)". */
  span: string;
  singleYear: SingleYearName;
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

export const CALENDAR: FiscalYearConvention = { start: { month: 1, day: 1 }, span: 'January–December', singleYear: 'start' };
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
export const ASSUMED: FiscalYearRule = { convention: { ...APRIL_MARCH, singleYear: 'end' }, economy: null };

export const FISCAL_YEARS: readonly EconomyFiscalYear[] = [
  { economy: 'IND', ...APRIL_MARCH, singleYear: 'end', source: 'Union Budget: financial year 1 April–31 March; the RBI and ministries write FY24 for 2023-24.' },
  { economy: 'JPN', ...APRIL_MARCH, singleYear: 'start', source: 'Public Finance Act art. 11: 1 April–31 March; FY2023 (Reiwa 5 nendo) begins in April 2023.' },
  { economy: 'SGP', ...APRIL_MARCH, singleYear: 'start', source: 'Ministry of Finance: FY2024 is 1 April 2024–31 March 2025 (Budget 2024 is for FY2024).' },
  { economy: 'GBR', ...APRIL_MARCH, singleYear: null, source: 'HM Treasury: financial year 1 April–31 March, written 2023-24; ONS writes “year ending March 2024”, firms use FY24 either way.' },
  { economy: 'CAN', ...APRIL_MARCH, singleYear: null, source: 'Financial Administration Act s. 2: fiscal year 1 April–31 March, written 2023-24 or 2023 to 2024.' },
  { economy: 'HKG', ...APRIL_MARCH, singleYear: null, source: 'Public Finance Ordinance (Cap. 2): financial year 1 April–31 March, written 2023-24.' },
  { economy: 'ZAF', ...APRIL_MARCH, singleYear: null, source: 'Public Finance Management Act: financial year 1 April–31 March, written 2023/24.' },
  { economy: 'PAK', ...JULY_JUNE, singleYear: 'end', source: 'Ministry of Finance and State Bank of Pakistan: fiscal year 1 July–30 June; FY24 is 2023-24.' },
  { economy: 'BGD', ...JULY_JUNE, singleYear: 'end', source: 'Ministry of Finance and Bangladesh Bank: fiscal year 1 July–30 June; FY24 is 2023-24.' },
  { economy: 'EGY', ...JULY_JUNE, singleYear: 'end', source: 'Ministry of Finance and Central Bank of Egypt: fiscal year 1 July–30 June; FY24 is FY2023/24.' },
  { economy: 'AUS', ...JULY_JUNE, singleYear: 'end', source: 'Treasury and ATO: financial year 1 July–30 June; FY24 is the year ending 30 June 2024.' },
  { economy: 'NZL', ...JULY_JUNE, singleYear: null, source: 'Public Finance Act 1989: the Crown’s financial year ends on 30 June, written 2023/24.' },
  { economy: 'KEN', ...JULY_JUNE, singleYear: null, source: 'Public Finance Management Act 2012: fiscal year 1 July–30 June, written FY2023/24.' },
  { economy: 'NPL', ...SHRAWAN, singleYear: null, source: 'Fiscal year from 1 Shrawan (Bikram Sambat): FY2079/80 is 17 July 2022–16 July 2023, written FY2022/23 in English.' },
  { economy: 'IRN', ...SOLAR_HIJRI, singleYear: null, source: 'Budget year is the solar Hijri year from 1 Farvardin: 1402 is 21 March 2023–20 March 2024.' },
  { economy: 'AFG', ...SOLAR_HIJRI, singleYear: null, source: 'Solar Hijri year from 1 Hamal (21 March). From 1391 (2012) to 2021 the budget year began on 1 Jadi (about 21 December); that is not modelled.' },
  { economy: 'USA', ...OCTOBER_SEPTEMBER, singleYear: 'end', source: '31 U.S.C. 1102: federal fiscal year 1 October–30 September, named by the year it ends in (FY2024 is Oct 2023–Sep 2024). US trade statistics are calendar years.' },
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
 * The fiscal year of the economy that states the figure: economy A's; when
 * A keeps the calendar year and B does not, B's, since a fiscal year named in
 * a statement about the pair is then B's ("China's exports to Pakistan in
 * FY2022-23"). Two calendar economies read FY2023 as the calendar year;
 * without any economy, the assumed April–March year.
 */
export function fiscalYearRule(statedBy: StatedBy = {}): FiscalYearRule {
  const [a, b] = [statedBy.economyA, statedBy.economyB].map((code) => (code ? code.toUpperCase() : null));
  for (const economy of [a, b]) {
    if (economy && !isCalendar(fiscalYearConventionOf(economy))) return { convention: fiscalYearConventionOf(economy), economy };
  }
  const known = a ?? b;
  return known ? { convention: CALENDAR, economy: known } : ASSUMED;
}

/**
 * The rule for a name with two years ("FY2023-24"), which no calendar year
 * has: between two calendar economies it falls back to the assumed April–March.
 */
export function splitYearRule(statedBy: StatedBy = {}): FiscalYearRule {
  const rule = fiscalYearRule(statedBy);
  return isCalendar(rule.convention) ? ASSUMED : rule;
}

/** Who a fiscal year's label names: the economy, else the months it runs. */
export function ruleOwner(rule: FiscalYearRule): string {
  return rule.economy ? economyName(rule.economy) : rule.convention.span;
}
