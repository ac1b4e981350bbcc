import type { Metadata } from 'next';
import { currentActor } from '@/app/lib/auth/session';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { getExchangeRatesPage } from '@/app/lib/data/exchange-rate-page';
import { CurrencyFilter } from '@/app/ui/rates/currency-filter';
import { CurrencyRates } from '@/app/ui/rates/currency-rates';
import { RatesCredit } from '@/app/ui/rates/rates-credit';
import { RatesTable } from '@/app/ui/rates/rates-table';
import { ImportGate } from '@/app/ui/auth/import-gate';
import { RatesUploadForm } from '@/app/ui/rates/rates-upload-form';
import '@/app/ui/rates/rates.css';

export const metadata: Metadata = { title: 'Exchange rates' };

/** The currency the URL names (?currency=kzt reads as KZT), or null; anything but three letters is a message, not a lookup. */
function currencyParam(params: SearchParams): { code: string | null; typed: string } {
  const raw = Object.hasOwn(params, 'currency') ? params.currency : undefined;
  const typed = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
  return { code: /^[A-Za-z]{3}$/.test(typed) ? typed.toUpperCase() : null, typed };
}

export default async function ExchangeRatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { code, typed } = currencyParam(await searchParams);
  const [page, editor] = await Promise.all([getExchangeRatesPage(code), currentActor()]);
  return (
    <>
      <h1>Exchange rates</h1>
      <p className="lede">
        The average rates that put a figure stated in another currency into US dollars. A figure with no rate typed takes the average for its
        period (each month&apos;s own average where the table has one, else its year&apos;s, so a fiscal year or part of a year is weighted by
        its months), and its page cites the rate and its source. A figure whose period has no rate here is kept without a dollar value rather
        than guessed.
      </p>
      <RatesCredit />
      <CurrencyFilter currency={code ?? typed} />
      {typed !== '' && code === null && (
        <p className="notice error" role="alert">
          “{typed.slice(0, 40)}” is not a currency code: type the three letters of its ISO 4217 code, such as KZT for the tenge.
        </p>
      )}
      {page.selected ? (
        <CurrencyRates currency={page.selected.currency} summary={page.selected.summary} rates={page.selected.rates} />
      ) : (
        <RatesTable currencies={page.currencies} />
      )}
      <section aria-labelledby="rates-upload-heading">
        <h2 id="rates-upload-heading">Import rates</h2>
        <ImportGate actor={editor} next="/exchange-rates" what="rates from a World Bank download or a plain CSV file">
          <RatesUploadForm />
        </ImportGate>
        <p className="hint">
          Larger files: <code>npm run rates:import -- file.csv</code> on the server prints the same report.
        </p>
      </section>
    </>
  );
}
