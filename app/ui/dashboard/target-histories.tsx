import type { PricedStatement as Statement } from '@/app/lib/domain/statement';
import { formatDate, formatValue, forPeriod } from '@/app/lib/domain/format';
import { abridgeHistories } from '@/app/lib/domain/target-history';
import { MarkIfUnsourced } from '@/app/ui/provenance/unsourced-mark';

const MAX_GOALS = 10;
const KEEP_AT_EACH_END = 2;

// Row links are plain anchors: next/link would add a client component per row and
// prefetch every statement page scrolled past, a burst of requests on a long table.
function Restatement({ target, first }: { target: Statement; first: boolean }) {
  return (
    <span>
      {!first && ' → '}
      <a href={`/statements/${target.id}`}>{forPeriod(target.periodLabel)}</a> (said {formatDate(target.statementDate)}
      {target.speaker ? ` by ${target.speaker}` : ''})
      <MarkIfUnsourced figure={target} />
    </span>
  );
}

/** Each goal announced more than once, as the sequence of its restatements; the most recently restated first. */
export function TargetHistories({ histories }: { histories: Statement[][] }) {
  if (histories.length === 0) return null;
  const { shown, moreGoals } = abridgeHistories(histories, MAX_GOALS, KEEP_AT_EACH_END);
  return (
    <>
      <h3>How targets were restated</h3>
      <ul>
        {shown.map(({ first, omitted, latest }) => (
          <li key={first[0].id}>
            {formatValue(first[0])}, announced {first.length + omitted + latest.length} times:{' '}
            {first.map((t, i) => (
              <Restatement key={t.id} target={t} first={i === 0} />
            ))}
            {omitted > 0 && ` → … ${omitted} more …`}
            {latest.map((t) => (
              <Restatement key={t.id} target={t} first={false} />
            ))}
          </li>
        ))}
      </ul>
      {moreGoals > 0 && (
        <p className="hint">
          {moreGoals} more goal{moreGoals === 1 ? ' was' : 's were'} restated; every target is in the table above and in the CSV.
        </p>
      )}
    </>
  );
}
