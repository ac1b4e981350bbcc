import Link from 'next/link';
import type { Statement } from '@/db/schema';
import { formatDate, formatValue, forPeriod } from '@/app/lib/domain/format';
import { MarkIfUnsourced } from '@/app/ui/provenance/unsourced-mark';

/** The same goal announced again over time (see target-history.ts), oldest first: whether it slipped. */
export function Restatements({ target, restatements }: { target: Statement; restatements: Statement[] }) {
  return (
    <section aria-labelledby="restatements">
      <h2 id="restatements">Restatements of this goal</h2>
      {restatements.length === 0 ? (
        <p>Announced once: no other statement of this goal is on record.</p>
      ) : (
        <>
          <p>This goal was announced {restatements.length} times:</p>
          <ol>
            {restatements.map((t) => (
              <li key={t.id}>
                {t.id === target.id ? (
                  <strong aria-current="page">
                    {formatValue(t)} {forPeriod(t.periodLabel)} (this statement)
                  </strong>
                ) : (
                  <Link href={`/statements/${t.id}`}>
                    {formatValue(t)} {forPeriod(t.periodLabel)}
                  </Link>
                )}
                , said {formatDate(t.statementDate)}
                {t.speaker ? ` by ${t.speaker}` : ''}
                <MarkIfUnsourced figure={t} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
