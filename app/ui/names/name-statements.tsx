import Link from 'next/link';
import { flowSentence } from '@/app/lib/dashboard/flow-words';
import type { PairGroup, RecordStatement } from '@/app/lib/data/name-records';
import { formatDate, formatPercent, formatValue } from '@/app/lib/domain/format';
import { pairTitle } from '@/app/lib/domain/pair';
import { isUnsourced } from '@/app/lib/domain/provenance';
import type { NameKind } from '@/app/lib/domain/vocabulary';
import { UnsourcedMark } from '@/app/ui/provenance/unsourced-mark';
import '@/app/ui/tables/cards.css';

const QUOTE_SHOWN = 200;

const VERDICT_CLASS: Record<string, string> = { met: 'verdict verdict-met', missed: 'verdict verdict-missed' };

function Verdict({ row }: { row: RecordStatement }) {
  if (row.statement.kind !== 'projected') return <span className="hint">not a target</span>;
  if (!row.verdict) return <span className="hint">target (no value in US dollars to judge)</span>;
  return (
    <span className={VERDICT_CLASS[row.verdict] ?? 'verdict verdict-pending'}>
      {row.verdict}
      {row.ratio !== null ? ` (${formatPercent(row.ratio)} of target)` : ''}
    </span>
  );
}

/** A name's statements, one table per pair, each linking to its statement and the pair's dashboard. */
export function NameStatements({ groups, kind }: { groups: PairGroup[]; kind: NameKind }) {
  const otherColumn = kind === 'speaker' ? 'Outlet' : 'Speaker';
  return groups.map((group) => {
    const title = pairTitle({ first: group.first, second: group.second });
    const headingId = `pair-${group.pair}`;
    return (
      <section key={group.pair} className="name-pair" aria-labelledby={headingId}>
        <h3 id={headingId}>
          {title} <span className="hint">({group.statements.length})</span>
        </h3>
        <p>
          <Link href={`/?pair=${group.first}-${group.second}&flow=${group.statements[0].statement.flow}`}>{title} dashboard</Link>
        </p>
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">Statements on {title}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date stated</th>
                <th scope="col">Figure</th>
                <th scope="col" className="number">Value (USD)</th>
                <th scope="col">Period</th>
                <th scope="col">Target verdict</th>
                <th scope="col">{otherColumn}</th>
                <th scope="col">Quote</th>
              </tr>
            </thead>
            <tbody>
              {group.statements.map((row) => {
                const s = row.statement;
                const other = kind === 'speaker' ? s.outlet : s.speaker;
                return (
                  <tr key={s.id}>
                    <td data-label="Date stated">
                      <Link href={`/statements/${s.id}`} aria-label={`Statement #${s.id}, ${formatDate(s.statementDate)}`}>
                        {formatDate(s.statementDate)}
                      </Link>
                    </td>
                    <td data-label="Figure">{flowSentence(s)}</td>
                    <td data-label="Value (USD)" className="number">
                      {formatValue(s)}
                      {isUnsourced(s) && <UnsourcedMark />}
                    </td>
                    <td data-label="Period">{s.periodLabel}</td>
                    <td data-label="Target verdict">
                      <Verdict row={row} />
                    </td>
                    <td data-label={otherColumn}>{other ?? '—'}</td>
                    <td data-label="Quote" className="quote-cell">
                      {s.quote ? (s.quote.length > QUOTE_SHOWN ? `${s.quote.slice(0, QUOTE_SHOWN)}…` : s.quote) : <span className="hint">no quote on file</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    );
  });
}
