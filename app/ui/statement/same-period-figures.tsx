import Link from 'next/link';
import type { Statement } from '@/db/schema';
import type { Conflict } from '@/app/lib/domain/conflicts';
import { isFlippedBalance } from '@/app/lib/domain/balance-side';
import { economyName } from '@/app/lib/domain/economies';
import { formatAmount, formatDate, formatValue } from '@/app/lib/domain/format';
import { CONFLICT_THRESHOLD, thresholdText } from '@/app/lib/domain/thresholds';

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
        <ul>
          {others.map((o) => (
            <li key={o.id}>
              <Link href={`/statements/${o.id}`}>{formatValue(o)}</Link>, stated {formatDate(o.statementDate)}
              {o.speaker ? ` by ${o.speaker}` : ''}
              {o.outlet ? ` (${o.outlet})` : ''}
              {o.derivedFromId !== null ? ', derived' : ''}
              {isFlippedBalance(o) ? ` (stated by ${economyName(o.economyA)}; shown from ${economyName(s.economyA)}’s side)` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
