import { leftOutSummary } from '@/app/lib/import/row-result';
import type { ImportReport } from '@/app/lib/import/run-import';

/** What an import did: rows kept and rows left out, counted by reason; or why it did nothing, problem by problem. */
export function ImportReportView({ report, fileName }: { report: ImportReport; fileName: string }) {
  if (report.errors.length) {
    return (
      <div role="alert">
        <p className="notice error">
          Nothing was imported from {fileName}: {report.errors.length} problem{report.errors.length === 1 ? '' : 's'}. Fix
          them in the file and import it again.
        </p>
        <table>
          <caption>Problems in {fileName}</caption>
          <thead>
            <tr>
              <th scope="col" className="number">Line</th>
              <th scope="col">Column</th>
              <th scope="col">What is wrong</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.slice(0, 500).map((e, i) => (
              <tr key={i}>
                <td className="number">{e.line}</td>
                <td>{e.column || '—'}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  const kind = report.format === 'comtrade' ? 'official figures' : 'statements';
  const layout = report.format === 'comtrade' ? `UN Comtrade: ${report.layout ?? 'Comtrade+ columns'}` : 'Tradewatch export';
  const kept = report.added + report.alreadyPresent;
  return (
    <div role="status">
      <p className="notice">
        Imported {fileName} ({layout}): {count(report.rows)} rows read; {count(kept)} kept: {count(report.added)} {kind} added,{' '}
        {count(report.alreadyPresent)} already present. {leftOutSummary(report.skipped)}.
        {report.rates.priced > 0 && ` ${count(report.rates.priced)} in other currencies converted at the exchange-rate table’s average for their period (World Bank unless imported otherwise).`}
        {report.rates.withoutRate > 0 && ` ${count(report.rates.withoutRate)} kept without a dollar value: the table has no rate for their currency and period; import rates on the Exchange rates page to price them.`}
      </p>
      {report.skipped.length > 0 && (
        <table>
          <caption>Why rows of {fileName} were left out</caption>
          <thead>
            <tr>
              <th scope="col">Reason</th>
              <th scope="col" className="number">Rows</th>
              <th scope="col">First one</th>
            </tr>
          </thead>
          <tbody>
            {report.skipped.map((s) => (
              <tr key={s.reason}>
                <td>{s.reason}</td>
                <td className="number">{count(s.count)}</td>
                <td>
                  line {s.firstLine}
                  {exampleOf(report, s.firstLine)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

const count = (n: number) => n.toLocaleString('en-GB');

function exampleOf(report: ImportReport, line: number): string {
  const example = report.ignored.find((i) => i.line === line);
  return example ? `: ${example.reason}` : '';
}
