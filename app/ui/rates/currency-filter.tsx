/** Finds one currency's rates: a plain GET form, so the currency lives in the URL (?currency=KZT). */
export function CurrencyFilter({ currency }: { currency: string }) {
  return (
    <form action="/exchange-rates" className="rates-filter panel" role="search" aria-label="Find a currency">
      <div>
        <label htmlFor="currency">Currency code</label>
        <input id="currency" name="currency" defaultValue={currency} placeholder="e.g. KZT" maxLength={3} autoCapitalize="characters" size={8} aria-describedby="currency-hint" />
        <p id="currency-hint" className="hint">
          Its ISO 4217 code: KZT, AFN, BDT.
        </p>
      </div>
      <button type="submit">Show its rates</button>
    </form>
  );
}
