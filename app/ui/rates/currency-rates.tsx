import type { CurrencyRatesSummary, StoredRate } from '@/app/lib/data/exchange-rate-page';
import '@/app/ui/tables/cards.css';
import { LicenceText } from './licence-text';
import { currencyName, preciseRate, ratePeriodWords, yearRunsWords } from './rate-words';

/** One currency's rates, each year's average with its months under it, as stored and cited. */
export function CurrencyRates({ currency, summary, rates }: { currency: string; summary: CurrencyRatesSummary | null; rates: StoredRate[] }) {
  const name = currencyName(currency);
  const title = name ? `${currency}, ${name}` : currency;
  if (!summary || rates.length === 0) {
    return (
      <section aria-labelledby="currency-heading">
        <h2 id="currency-heading">{title}</h2>
        <p className="notice" role="status">
          The table has no rates for {currency}, so a figure stated in {currency} is kept without a dollar value unless its editor types the rate
          the source used. An editor can import them below, from a World Bank download or a plain rates file.
        </p>
      </section>
    );
  }
  return (
    <section aria-labelledby="currency-heading">
      <h2 id="currency-heading">{title}</h2>
      <p>
        {summary.annualRates} annual average{summary.annualRates === 1 ? '' : 's'}
        {summary.monthlyRates ? ` and ${summary.monthlyRates} monthly` : ''}, covering {yearRunsWords(summary.yearRuns)}. A figure in {currency} takes
        the average of its period&apos;s months: a month&apos;s own average where the table has one, else its year&apos;s.
      </p>
      <div className="table-scroll">
        <table className="cards">
          <caption>{currency} per US dollar, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Period</th>
              <th scope="col" className="number">{currency} per US dollar</th>
              <th scope="col">Source</th>
              <th scope="col">Licence</th>
              <th scope="col">On file since</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={`${r.year}-${r.month}`}>
                <td data-label="Period">{ratePeriodWords(r.year, r.month)}</td>
                <td data-label={`${currency} per US dollar`} className="number">{preciseRate(r.unitsPerUsd)}</td>
                <td data-label="Source">{r.source}</td>
                <td data-label="Licence"><LicenceText licence={r.licence} full /></td>
                <td data-label="On file since">{r.importedAt.slice(0, 10)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href="/exchange-rates">All currencies</a>
      </p>
    </section>
  );
}
