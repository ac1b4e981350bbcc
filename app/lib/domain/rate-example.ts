/** A published annual average: how many US dollars one unit of a currency was worth, and in which year. */
export interface ReferenceRate {
  usdPerUnit: number;
  year: number;
}
/** The most recent reference rate of each currency the table has, by ISO code. */
export type ReferenceRates = Record<string, ReferenceRate>;

// Four significant digits: enough to recognise the right order of magnitude
// (1.082 for EUR, 0.007569 for NPR) without inviting anyone to copy it as exact.
const EXAMPLE = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 4, useGrouping: false });

/** "1.082 (World Bank, 2024 average)" for EUR; null for a currency the table does not have. */
export function rateExample(currency: string, rates: ReferenceRates): string | null {
  const rate = Object.hasOwn(rates, currency) ? rates[currency] : undefined;
  return rate ? `${EXAMPLE.format(rate.usdPerUnit)} (World Bank, ${rate.year} average)` : null;
}

/** The rate field's hint for the currency the figure is in, with a real example when there is one. */
export function rateHint(currency: string | null, rates: ReferenceRates): string {
  if (!currency || currency === 'USD') return 'Only for another currency: how many US dollars one unit of it was worth. Leave empty for US dollars.';
  const example = rateExample(currency, rates);
  const base = `How many US dollars one ${currency} was worth`;
  return example
    ? `${base}, e.g. ${example}. Leave it empty to use the exchange-rate table’s average for the figure’s period (World Bank); type the source’s own rate to use that instead.`
    : `${base}; the exchange-rate table has no rate for ${currency}, so take it from the source or a central bank, or leave it empty to keep the figure without a dollar value.`;
}
