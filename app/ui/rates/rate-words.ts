// How the Exchange rates page writes a currency, a period and a licence.

const CURRENCY_NAMES = new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' });
const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const PRECISE = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 9 });

/** "Kazakhstani Tenge"; an old code the runtime does not name (DEM is named, a few are not) gives "". */
export function currencyName(code: string): string {
  try {
    return CURRENCY_NAMES.of(code) ?? '';
  } catch {
    return '';
  }
}

/** "2023 average" or "Mar 2024 average". */
export function ratePeriodWords(year: number, month: number): string {
  return month === 0 ? `${year} average` : `${MONTH.format(new Date(Date.UTC(year, month - 1, 1)))} average`;
}

/** A stored rate as a reader checks it against a source: up to nine significant digits (456.165, 0.924839558). */
export function preciseRate(unitsPerUsd: number): string {
  return PRECISE.format(unitsPerUsd);
}

/** "1993, 1996–2024": the years a currency has rates for, as runs. */
export function yearRunsWords(runs: { first: number; last: number }[]): string {
  return runs.map((r) => (r.first === r.last ? String(r.first) : `${r.first}–${r.last}`)).join(', ') || '—';
}

/**
 * A licence's short name and its link, when the text gives an address:
 * "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); World Bank …" → CC BY 4.0, linked.
 */
export function licenceParts(licence: string): { label: string; href: string | null; rest: string } {
  const address = /https?:\/\/[^\s)]+/.exec(licence);
  if (!address) return { label: licence, href: null, rest: '' };
  const before = licence.slice(0, address.index).replace(/[\s(]+$/, '').trim();
  const after = licence.slice(address.index + address[0].length).replace(/^[)\s;,]+/, '').trim();
  return { label: before || address[0], href: address[0], rest: after };
}
