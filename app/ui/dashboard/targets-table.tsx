import type { Statement } from '@/db/schema';
import { formatAmount, formatPercent, formatValue } from '@/app/lib/domain/format';
import type { TargetOutcome, Verdict } from '@/app/lib/domain/verdicts';

const VERDICT_CLASS: Record<Verdict, string> = {
  met: 'verdict-met',
  missed: 'verdict-missed',
  disputed: 'verdict-missed',
  'not yet due': 'verdict-pending',
  'no reported figure yet': 'verdict-pending',
};

// Row links are plain anchors: next/link would add a client component per row and
// prefetch every statement page scrolled past, a burst of requests on a long table.
/** Each target beside what was reported for its period: the question the product answers. */
export function TargetsTable({ outcomes }: { outcomes: TargetOutcome<Statement>[] }) {
  if (outcomes.length === 0) return <p>No targets or forecasts have been recorded for this view.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="visually-hidden">Targets against reported outcomes</caption>
        <thead>
          <tr>
            <th scope="col">Target</th>
            <th scope="col">Period</th>
            <th scope="col">Stated by</th>
            <th scope="col" className="number">Reported</th>
            <th scope="col" className="number">Share of target</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {outcomes.map(({ target, outcome, ratio, verdict, summary }) => (
            <tr key={target.id} aria-label={summary}>
              <td>
                <a href={`/statements/${target.id}`}>{formatValue(target)}</a>
              </td>
              <td>{target.periodLabel}</td>
              <td>
                {target.speaker ?? 'Unattributed'}, {target.statementDate}
              </td>
              <td className="number">
                {outcome ? <a href={`/statements/${outcome.id}`}>{formatAmount(outcome.flow, outcome.valueUsd)}</a> : '—'}
              </td>
              <td className="number">{ratio === null ? '—' : formatPercent(ratio)}</td>
              <td>
                <span className={`verdict ${VERDICT_CLASS[verdict]}`}>{verdict}</span>
                <br />
                <span className="hint">{summary}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
