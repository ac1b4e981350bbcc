import type { CurrencyRatesSummary } from '@/app/lib/data/exchange-rate-page';
import { formatUnitsPerUsd } from '@/app/lib/domain/rates/rate-words';
import '@/app/ui/tables/cards.css';
import { LicenceText } from './licence-text';
import { currencyName, yearRunsWords } from './rate-words';

/** Every currency of the table: the years it covers and its latest annual average, with where that comes from. */
export function RatesTable({ currencies }: { currencies: CurrencyRatesSummary[] }) {
  return (
    <div className="table-scroll">
      <table className="cards">
        <caption>Exchange rates by currency: units of the currency per US dollar</caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">Name</th>
            <th scope="col">Years covered</th>
            <th scope="col" className="number">Latest annual average</th>
            <th scope="col">Source</th>
            <th scope="col">Licence</th>
          </tr>
        </thead>
        <tbody>
          {currencies.map((c) => (
            <tr key={c.currency}>
              <td data-label="Currency">
                <a href={`/exchange-rates?currency=${c.currency}`}>{c.currency}</a>
              </td>
              <td data-label="Name">{currencyName(c.currency) || '—'}</td>
              <td data-label="Years covered">
                {yearRunsWords(c.yearRuns)}
                {c.monthlyRates > 0 && <span className="hint"> ({c.monthlyRates} monthly)</span>}
              </td>
              <td data-label="Latest annual average" className="number">
                {c.latest ? `${formatUnitsPerUsd(c.latest.unitsPerUsd)} (${c.latest.year})` : '—'}
              </td>
              <td data-label="Source">{c.latest?.source ?? '—'}</td>
              <td data-label="Licence">{c.latest ? <LicenceText licence={c.latest.licence} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
