import Link from 'next/link';
import type { PricedStatement as Statement } from '@/app/lib/domain/statement';
import type { SettledTarget } from '@/app/lib/data/statement-page';
import { formatPercent, formatValue } from '@/app/lib/domain/format';
import { VerdictTag } from '@/app/ui/dashboard/targets-table';

function goal(target: Statement): string {
  return `the ${target.periodLabel} target of ${formatValue(target)}`;
}

/** For a reported figure: the targets for its period, and whether their verdict rests on it. */
export function SettledTargets({ statement: s, settles }: { statement: Statement; settles: SettledTarget[] }) {
  return (
    <section aria-labelledby="settles">
      <h2 id="settles">Targets it settles</h2>
      {settles.length === 0 ? (
        <p>No target for exactly {s.periodLabel} is on record.</p>
      ) : (
        <ul>
          {settles.map(({ judged: { target, outcome, ratio, verdict }, restsOnThis }) => (
            <li key={target.id}>
              {restsOnThis ? 'Settles ' : 'Also reported for '}
              <Link href={`/statements/${target.id}`}>{goal(target)}</Link>: <VerdictTag verdict={verdict} />
              {ratio !== null && verdict !== 'not yet due' ? `, ${formatPercent(ratio)}` : ''}
              {!restsOnThis && outcome && (
                <>
                  {' '}
                  (the verdict rests on <Link href={`/statements/${outcome.id}`}>statement #{outcome.id}</Link>)
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
