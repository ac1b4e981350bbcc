// The runtime's own ISO 4217 list, so no hand-typed table goes stale.
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrencyCode(code: string): boolean {
  return CURRENCIES.has(code);
}

export function listCurrencies(): string[] {
  return [...CURRENCIES];
}
