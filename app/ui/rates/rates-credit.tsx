/**
 * The World Bank's credit, as its licence asks wherever its rates are shown
 * (the wording is db/reference/fx-annual.md's).
 */
export function RatesCredit() {
  return (
    <p className="rates-credit">
      Exchange rates:{' '}
      <a href="https://data.worldbank.org/indicator/PA.NUS.FCRF">
        World Bank, World Development Indicators, Official exchange rate (LCU per US$, period average) (PA.NUS.FCRF)
      </a>
      ; original source IMF International Financial Statistics.{' '}
      <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.
    </p>
  );
}
