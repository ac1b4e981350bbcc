import type { Metadata } from 'next';
import { reviewPolicy } from '@/app/lib/auth/permissions';
import { currentActor } from '@/app/lib/auth/session';
import { ImportGate } from '@/app/ui/auth/import-gate';
import { ImportForm } from '@/app/ui/import/import-form';

export const metadata: Metadata = { title: 'Import official statistics' };

export default async function ImportPage() {
  const actor = await currentActor();
  return (
    <>
      <h1>Import official statistics or statements</h1>
      <p className="lede">
        Upload a UN Comtrade download to draw official figures beside the claims, or a Tradewatch CSV export to load
        statements back. The import is all or nothing: if any row is refused, nothing is imported and each problem is
        listed by line and column. Large files can also be imported with <code>npm run import -- file.csv</code>.
      </p>
      {reviewPolicy() === 'two-person' && (
        <p className="notice">
          This site runs with two-person review, so only official statistics are imported here: a file of statements
          would publish every figure without a second editor. Add statements through the form or the API instead.
        </p>
      )}
      <h2>UN Comtrade files it reads</h2>
      <ul>
        <li>
          <strong>Comtrade+</strong> (comtradeplus.un.org or its API): the CSV with columns such as <code>freqCode</code>,{' '}
          <code>period</code>, <code>reporterCode</code>, <code>partnerCode</code>, <code>flowCode</code>,{' '}
          <code>cmdCode</code> and <code>primaryValue</code>, with or without the ISO and description columns, and the
          tab-separated bulk files (unzip the <code>.gz</code> first; the <code>.txt</code> inside is read as it is).
        </li>
        <li>
          <strong>Classic Comtrade</strong>: the CSV with columns such as <code>Year</code>, <code>Period</code>,{' '}
          <code>Trade Flow Code</code>, <code>Reporter Code</code>, <code>Partner Code</code>,{' '}
          <code>Commodity Code</code> and <code>Trade Value (US$)</code>, from the API or the bulk files.
        </li>
      </ul>
      <p>
        Only a reporter’s <strong>whole trade in goods</strong> with one partner is kept, by year (freqCode A) or by
        month (M): every commodity (<code>cmdCode</code> TOTAL), every second partner (0, World), every mode of
        transport (0) and every customs procedure (C00), exports (X) and imports (M). Everything else is left out and
        counted by reason: commodities and other slices of the whole, the reporter’s trade with the World and with
        areas such as “Areas, nes”, and re-exports and re-imports, which Comtrade already counts in exports and
        imports. Reporters and partners are read from Comtrade’s numeric codes (398 Kazakhstan, 842 the USA, 699 India,
        97 the EU, 490 “Other Asia, nes”, read as Taiwan). A row that repeats an earlier one is left out; two rows that
        give the same figure different values refuse the file, so you choose the release. Save a file from Excel as
        “CSV UTF-8 (Comma delimited)”.
      </p>
      <p>
        Exchange rates (a World Bank WDI download or a plain <code>currency,year,units_per_usd,source</code> file) are imported on the{' '}
        <a href="/exchange-rates">Exchange rates</a> page.
      </p>
      <ImportGate actor={actor} next="/import" what="official figures and statements from these files">
        <ImportForm />
      </ImportGate>
    </>
  );
}
