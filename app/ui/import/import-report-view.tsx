import type { ImportReport } from '@/app/lib/import/run-import';

/** What an import did, or why it did nothing, row by row. */
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
  const kind = report.format === 'comtrade' ? 'official figures (UN Comtrade layout)' : 'statements (Tradewatch export)';
  return (
    <div role="status">
      <p className="notice">
        Imported {fileName}: {report.added} {kind} added, {report.alreadyPresent} already present and skipped,{' '}
        {report.ignoredCount} rows left out, of {report.rows} rows.
      </p>
      {report.ignored.length > 0 && (
        <details>
          <summary>Rows left out</summary>
          <ul>
            {report.ignored.slice(0, 200).map((i) => (
              <li key={i.line}>
                Line {i.line}: {i.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
