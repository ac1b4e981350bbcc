import Link from 'next/link';
import type { Statement } from '@/db/schema';
import { formatDate, formatHedgedUsd, forPeriod } from '@/app/lib/format';

/** Each goal announced more than once, as the sequence of its restatements. */
export function TargetHistories({ histories }: { histories: Statement[][] }) {
  if (histories.length === 0) return null;
  return (
    <>
      <h3>How targets were restated</h3>
      <ul>
        {histories.map((history) => (
          <li key={history[0].id}>
            {formatHedgedUsd(history[0].valueUsd, history[0].hedge)}, announced {history.length} times:{' '}
            {history.map((t, i) => (
              <span key={t.id}>
                {i > 0 && ' → '}
                <Link href={`/statements/${t.id}`}>{forPeriod(t.periodLabel)}</Link> (said {formatDate(t.statementDate)}
                {t.speaker ? ` by ${t.speaker}` : ''})
              </span>
            ))}
          </li>
        ))}
      </ul>
    </>
  );
}
