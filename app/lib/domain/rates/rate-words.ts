// Four significant digits, and no fewer than one decimal for rates under a
// thousand: enough to recognise the rate (456.2 KZT, 0.9248 EUR) without
// pretending a months-weighted average is exact to the last digit.
const FOUR_DIGITS = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4 });
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** 456.165 → "456.2"; 42000 → "42,000"; 0.92484 → "0.9248". */
export function formatUnitsPerUsd(unitsPerUsd: number): string {
  return unitsPerUsd >= 10_000 ? WHOLE.format(unitsPerUsd) : FOUR_DIGITS.format(unitsPerUsd);
}

/** Whose rate a statement was priced with, in words beside the rate. */
export function rateUsedWords(s: { currency: string; usdRate: number | null; rateOrigin: string | null; rateSource: string | null }): string {
  if (s.usdRate === null) return s.currency === 'USD' ? 'none (stated in US dollars)' : `none: no ${s.currency} rate on file for the period`;
  const rate = `1 ${s.currency} = ${s.usdRate} USD (${formatUnitsPerUsd(1 / s.usdRate)} ${s.currency} per USD)`;
  if (s.rateOrigin === 'table') return `${rate}: the table’s average, ${s.rateSource ?? 'source not recorded'}`;
  if (s.rateOrigin === 'text') return `${rate}: the source’s own equivalent${s.rateSource ? `, ${s.rateSource}` : ''}`;
  return `${rate}: typed by an editor${s.rateSource ? `, ${s.rateSource}` : ''}`;
}
