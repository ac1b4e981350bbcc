import { formatUnitsPerUsd } from './rate-words';

/** One stored average: a calendar year's (month 0) or one month's, in units of the currency per US dollar. */
export interface AverageRate {
  year: number;
  month: number;
  unitsPerUsd: number;
  source: string;
}

/** The rate proposed for a statement's period, with the words that cite it. */
export interface PeriodRate {
  currency: string;
  unitsPerUsd: number;
  /** What the statement stores as usd_rate: US dollars for one unit. */
  usdPerUnit: number;
  /** "KZT 456.2 per USD, 2023 average, World Bank WDI PA.NUS.FCRF (CC BY 4.0)" */
  citation: string;
}

export type PeriodRateResult = { ok: true; rate: PeriodRate } | { ok: false; message: string };

interface MonthKey {
  year: number;
  month: number;
}

function monthsOf(periodStart: string, periodEnd: string): MonthKey[] {
  const months: MonthKey[] = [];
  let year = Number(periodStart.slice(0, 4));
  let month = Number(periodStart.slice(5, 7));
  const lastYear = Number(periodEnd.slice(0, 4));
  const lastMonth = Number(periodEnd.slice(5, 7));
  // A period spans at most a few decades; the bound keeps a malformed one from looping long.
  while ((year < lastYear || (year === lastYear && month <= lastMonth)) && months.length < 1200) {
    months.push({ year, month });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

function monthSpan(months: MonthKey[]): string {
  const name = (m: MonthKey) => new Date(Date.UTC(m.year, m.month - 1, 1)).toLocaleString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return months.length === 1 ? name(months[0]) : `${name(months[0])}–${name(months.at(-1)!)}`;
}

/** "2023 average" or "months-weighted average of 2022 (6 months) and 2023 (6 months)", from the averages a period used. */
function basisWords(used: { label: string; months: number }[], allMonthly: boolean, months: MonthKey[]): string {
  if (used.length === 1 && !allMonthly) return `${used[0].label} average`;
  if (allMonthly) return months.length === 1 ? `${monthSpan(months)} average` : `${monthSpan(months)} average of monthly averages`;
  const parts = used.map((u) => `${u.label} (${u.months} month${u.months === 1 ? '' : 's'})`);
  return `months-weighted average of ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * The average rate for a period: each of its months takes that month's average
 * when the table has one and its year's otherwise, and the period's rate is the
 * mean over its months, so a fiscal year July–June weighs each calendar year by
 * the months it contributes and "Jan–May 2023" uses 2023. A month with neither
 * means no rate: a figure is left without a dollar value rather than priced with
 * a rate from another year.
 */
export function rateForPeriod(currency: string, periodStart: string, periodEnd: string, rates: AverageRate[]): PeriodRateResult {
  const months = monthsOf(periodStart, periodEnd);
  const byKey = new Map(rates.map((r) => [`${r.year}-${r.month}`, r]));
  const used = new Map<string, { label: string; months: number; source: string }>();
  let total = 0;
  const missingYears = new Set<number>();
  for (const m of months) {
    const monthly = byKey.get(`${m.year}-${m.month}`);
    const rate = monthly ?? byKey.get(`${m.year}-0`);
    if (!rate) {
      missingYears.add(m.year);
      continue;
    }
    total += rate.unitsPerUsd;
    const label = monthly ? monthSpan([m]) : String(m.year);
    const entry = used.get(label) ?? { label, months: 0, source: rate.source };
    entry.months += 1;
    used.set(label, entry);
  }
  if (months.length === 0 || missingYears.size) {
    const years = [...missingYears].sort((a, b) => a - b);
    const when = years.length === 0 ? 'this period' : years.length === 1 ? String(years[0]) : `${years[0]}–${years.at(-1)}`;
    return {
      ok: false,
      message: `The exchange-rate table has no ${currency} rate for ${when}, so this figure is kept in ${currency} without a dollar value; type the rate the source used, or import rates for ${when} on the Exchange rates page.`,
    };
  }
  const unitsPerUsd = total / months.length;
  const sources = [...new Set([...used.values()].map((u) => u.source))].join('; ');
  const allMonthly = [...used.values()].every((u) => !/^\d{4}$/.test(u.label));
  return {
    ok: true,
    rate: {
      currency,
      unitsPerUsd,
      usdPerUnit: 1 / unitsPerUsd,
      citation: `${currency} ${formatUnitsPerUsd(unitsPerUsd)} per USD, ${basisWords([...used.values()], allMonthly, months)}, ${sources}`,
    },
  };
}

/** The calendar years a period touches: what to read from the table for it. */
export function yearsOf(periodStart: string, periodEnd: string): { first: number; last: number } {
  return { first: Number(periodStart.slice(0, 4)), last: Number(periodEnd.slice(0, 4)) };
}
