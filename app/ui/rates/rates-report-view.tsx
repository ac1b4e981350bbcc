import type { RatesImportReport } from '@/app/lib/data/exchange-rate-writes';
import { ratesCountWords, ratesOutcomeWords, skipWords } from '@/app/lib/import/rates-report';

/** What a rates import did (added, replaced, unchanged, left out and why, statements priced), or every problem that stopped it. */
export function RatesReportView({ report, fileName }: { report: RatesImportReport; fileName: string }) {
  if (report.errors.length) {
    return (
      <div role="alert">
        <p className="notice error">{ratesOutcomeWords(report, fileName)}</p>
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
                <td className="number">{e.line || '—'}</td>
                <td>{e.column || '—'}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <div role="status" className="panel">
      <p>{ratesOutcomeWords(report, fileName)}</p>
      <dl className="rates-counts">
        {ratesCountWords(report).map((c) => (
          <div key={c.label}>
            <dt>{c.label}</dt>
            <dd>
              {c.value} <span className="hint">({c.meaning})</span>
            </dd>
          </div>
        ))}
      </dl>
      {report.skipped.length > 0 && (
        <>
          <p>Left out, by reason:</p>
          <ul>
            {report.skipped.map((s) => (
              <li key={s.reason}>{skipWords(s)}</li>
            ))}
          </ul>
        </>
      )}
      {report.source && <p className="hint">Every rate from this file is cited as “{report.source}”.</p>}
    </div>
  );
}
