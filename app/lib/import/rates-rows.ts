import { MIN_USD_RATE } from '../domain/limits';
import type { RowError } from './row-result';

export type { RowError } from './row-result';

/** One average exchange rate read from a file: a calendar year's (month 0) or one month's, in units per US dollar. */
export interface RateRow {
  currency: string;
  year: number;
  month: number;
  unitsPerUsd: number;
  source: string;
  licence: string | null;
  /** The file's line it came from, the header counting as its own line. */
  line: number;
}

/** What one line of a rates file gave: rates, rates left out on purpose (with why), or problems. */
export interface RowReading {
  rates: RateRow[];
  skips: { reason: string; example: string }[];
  errors: RowError[];
}

/** Rows (or values) left out for one reason, with the first few of them by name. */
export interface RateSkip {
  reason: string;
  count: number;
  examples: string[];
}

/** Why a row in US dollars is left out: every rate is per US dollar. */
export const US_DOLLAR_SKIP = 'in US dollars, the base of every rate (1 per USD): nothing to store';

/** Examples kept per reason: enough to recognise the group, bounded whatever the file. */
const EXAMPLES = 5;

/** Counts a left-out row under its reason; the list keeps the order reasons first appear in. */
export function countRateSkip(skips: RateSkip[], reason: string, example: string): void {
  let entry = skips.find((s) => s.reason === reason);
  if (!entry) skips.push((entry = { reason, count: 0, examples: [] }));
  entry.count += 1;
  if (entry.examples.length < EXAMPLES && !entry.examples.includes(example)) entry.examples.push(example);
}

/** "2023" for an annual average, "2023-03" for a month's: how a rate's period is named in messages. */
export function ratePeriodName(year: number, month: number): string {
  return month === 0 ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

/** A rate as files write it: digits with an optional point and exponent (2.95572678942699E-05); no grouping, no decimal comma. */
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Above this many units per dollar, a figure priced with the rate would be refused by the statement rules. */
const MOST_UNITS_PER_USD = 1 / MIN_USD_RATE;

/** Units of a currency per US dollar, or what is wrong with the text, in words that say what to write instead. */
export function readUnitsPerUsd(text: string): { value: number } | { problem: string } {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (!PLAIN_NUMBER.test(text)) {
    return { problem: `“${shown}” is not a number: write the rate with a point for decimals and no thousands separators (456.165, or 2.9557E-05).` };
  }
  const value = Number(text);
  if (!(value > 0) || !Number.isFinite(value)) return { problem: `The rate must be above 0: the units of the currency one US dollar buys (e.g. 456.165 for KZT in 2023).` };
  if (value > MOST_UNITS_PER_USD) {
    return { problem: `${shown} units per US dollar is over a trillion, more than any currency a trade figure is stated in; check that the file gives units per US dollar (not dollars per unit) in today's unit of the currency.` };
  }
  return { value };
}
