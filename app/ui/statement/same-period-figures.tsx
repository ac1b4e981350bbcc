import Link from 'next/link';
import type { Statement } from '@/db/schema';
import type { Conflict } from '@/app/lib/domain/conflicts';
import { isFlippedBalance } from '@/app/lib/domain/balance-side';
import { economyName } from '@/app/lib/domain/economies';
import { formatAmount, formatDate, formatValue } from '@/app/lib/domain/format';
import { CONFLICT_THRESHOLD, thresholdText } from '@/app/lib/domain/thresholds';
import { MarkIfUnsourced } from '@/app/ui/provenance/unsourced-mark';
import '@/app/ui/tables/cards.css';

/** The other figures of a statement's kind for its period, and whether they disagree. */
export function SamePeriodFigures({ statement: s, others, conflict }: { statement: Statement; others: Statement[]; conflict: Conflict | null }) {
  return (
    <>
      <h2>Other figures for {s.periodLabel}</h2>
      {conflict && (
        <p className="notice error">
          Sources disagree: figures for this period range from {formatAmount(s.flow, conflict.min)} to {formatAmount(s.flow, conflict.max)}, more than{' '}
          {thresholdText(CONFLICT_THRESHOLD)} apart.
        </p>
      )}
      {others.length === 0 ? (
        <p>No other {s.kind} figure for this period is recorded.</p>
      ) : (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">Other {s.kind} figures for {s.periodLabel}</caption>
            <thead>
              <tr>
                <th scope="col" className="number">Value (USD)</th>
                <th scope="col">Stated</th>
                <th scope="col">By</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {others.map((o) => (
                <tr key={o.id}>
                  <td data-label="Value (USD)" className="number">
                    <Link href={`/statements/${o.id}`}>{formatValue(o)}</Link>
                    <MarkIfUnsourced figure={o} />
                    {o.derivedFromId !== null && <span className="tag">derived</span>}
                  </td>
                  <td data-label="Stated">{formatDate(o.statementDate)}</td>
                  <td data-label="By">
                    {o.speaker ?? 'Unattributed'}
                    {isFlippedBalance(o) && <span className="tag">stated by {economyName(o.economyA)}; shown from {economyName(s.economyA)}’s side</span>}
                  </td>
                  <td data-label="Source">
                    {o.sourceUrl ? (
                      <a href={o.sourceUrl} rel="noopener noreferrer nofollow">
                        {o.outlet ?? 'Source'}
                      </a>
                    ) : (
                      (o.outlet ?? '—')
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
