import type { Statement } from '@/db/schema';
import { economyName } from '@/app/lib/domain/economies';
import type { Conflict, Consistency } from '@/app/lib/domain/conflicts';
import { isFlippedBalance } from '@/app/lib/domain/balance-side';
import { flowSentence } from '@/app/lib/dashboard/flow-words';
import { formatAmount, formatValue } from '@/app/lib/domain/format';
import { isPartialYear } from '@/app/lib/domain/period';
import { MarkIfUnsourced } from '@/app/ui/provenance/unsourced-mark';
import '@/app/ui/tables/cards.css';

interface Props {
  rows: Statement[];
  conflicts: Map<number, Conflict>;
  consistency: Map<number, Consistency>;
}

// Row links are plain anchors: next/link would add a client component per row and
// prefetch every statement page scrolled past, a burst of requests on a long table.
/** Every statement of the view, newest first: the chart's accessible twin. */
export function StatementsTable({ rows, conflicts, consistency }: Props) {
  if (rows.length === 0) return <p>No statements match this view. Widen the years or choose another flow.</p>;
  return (
    <div className="table-scroll">
      <table className="cards">
        <caption className="visually-hidden">Statements, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Stated</th>
            <th scope="col">Kind</th>
            <th scope="col">Period</th>
            <th scope="col">Flow</th>
            <th scope="col" className="number">Value (USD)</th>
            <th scope="col">As stated</th>
            <th scope="col">Speaker</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td data-label="Stated">
                <a href={`/statements/${s.id}`}>{s.statementDate}</a>
              </td>
              <td data-label="Kind">
                {s.kind}
                {s.derivedFromId !== null && <span className="tag">derived</span>}
                {consistency.get(s.id) === 'consistent' && <span className="tag">consistent with stated figures</span>}
                {consistency.get(s.id) === 'inconsistent' && <span className="tag tag-warning">inconsistent with stated figures</span>}
              </td>
              <td data-label="Period">
                {s.periodLabel}
                {isPartialYear(s.periodStart, s.periodEnd) && <span className="tag">part of a year</span>}
                {conflicts.has(s.id) && (
                  <span className="tag tag-warning">
                    conflict: sources say {formatAmount(s.flow, conflicts.get(s.id)!.min)}
                    {s.flow === 'balance' ? ' to ' : '–'}
                    {formatAmount(s.flow, conflicts.get(s.id)!.max)}
                  </span>
                )}
              </td>
              <td data-label="Flow">
                {flowSentence(s, 'Total trade')}
                {isFlippedBalance(s) && <span className="tag">stated by {economyName(s.economyA)}: its surplus is {economyName(s.origin ?? s.economyB)}’s deficit</span>}
              </td>
              <td data-label="Value (USD)" className="number">
                {formatValue(s)}
                <MarkIfUnsourced figure={s} />
              </td>
              <td data-label="As stated">{s.valueText}</td>
              <td data-label="Speaker">{s.speaker ?? '—'}</td>
              <td data-label="Source">
                {s.sourceUrl ? (
                  <a href={s.sourceUrl} rel="noopener noreferrer nofollow">
                    {s.outlet ?? 'Source'}
                  </a>
                ) : (
                  (s.outlet ?? '—')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
