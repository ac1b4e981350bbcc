/*
 * The terms the compiled record is handed on under. The statements are facts
 * with their sources, gathered and checked by hand; CC BY 4.0 lets anyone
 * reuse the compilation as long as they credit it (the citation in README.txt),
 * and is the licence of the exchange rates it is priced with (World Bank WDI).
 * Quotations stay their authors'; they are given to check each figure.
 */
export const RECORD_LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** Where the exchange rates of value_usd come from (db/reference/fx-annual.md). */
export const RATES_SOURCE = {
  title: 'World Bank, World Development Indicators, Official exchange rate (LCU per US$, period average), PA.NUS.FCRF (CC BY 4.0)',
  path: 'https://data.worldbank.org/indicator/PA.NUS.FCRF',
} as const;

/** How to cite the package: "Tradewatch, 2026-12-03, https://tradewatch.example/download". */
export function citationOf(builtOn: string, url: string): string {
  return `Tradewatch, ${builtOn}, ${url}`;
}
