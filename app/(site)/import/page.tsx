import type { Metadata } from 'next';
import { ImportForm } from '@/app/ui/import/import-form';

export const metadata: Metadata = { title: 'Import official statistics' };

export default function ImportPage() {
  return (
    <>
      <h1>Import official statistics or statements</h1>
      <p className="lede">
        Upload a UN Comtrade CSV (columns such as reporterISO, partnerISO, flowCode, cmdCode, primaryValue; TOTAL rows,
        flows X and M) to draw official figures beside the claims, or a Tradewatch CSV export to load statements back. The
        import is all or nothing: if any row is refused, nothing is imported and each problem is listed by line and column.
        Large files can also be imported with <code>npm run import -- file.csv</code>.
      </p>
      <ImportForm />
    </>
  );
}
