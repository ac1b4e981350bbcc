import type { PricedStatement as Statement } from '@/app/lib/domain/statement';
import { formatAmount, formatPercent, formatValue } from '@/app/lib/domain/format';
import { restsOnUnsourced } from '@/app/lib/domain/provenance';
import type { OfficialOutcome } from '@/app/lib/domain/official-outcome';
import type { TargetOutcome, Verdict } from '@/app/lib/domain/verdicts';
import { OfficialCell } from '@/app/ui/official/official-cell';
import { MIRROR_STATISTICS_HREF } from '@/app/ui/official/official-verdict-tag';
import { MarkIfUnsourced, UNSOURCED_VERDICT_LABEL, UnsourcedMark } from '@/app/ui/provenance/unsourced-mark';
import '@/app/ui/tables/cards.css';

const VERDICT_CLASS: Record<Verdict, string> = {
  met: 'verdict-met',
  missed: 'verdict-missed',
  disputed: 'verdict-missed',
  'not yet due': 'verdict-pending',
  'no reported figure yet': 'verdict-pending',
};

export function VerdictTag({ verdict }: { verdict: Verdict }) {
  return <span className={`verdict ${VERDICT_CLASS[verdict]}`}>{verdict}</span>;
}

// Row links are plain anchors: next/link would add a client component per row and
// prefetch every statement page scrolled past, a burst of requests on a long table.
/**
 * Each target beside what was reported for its period, and beside what each
 * side's official statistics recorded for it: the question the product answers.
 */
export function TargetsTable({ outcomes, official = new Map() }: { outcomes: TargetOutcome<Statement>[]; official?: ReadonlyMap<number, OfficialOutcome> }) {
  if (outcomes.length === 0) return <p>No targets or forecasts have been recorded for this view.</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="cards">
          <caption className="visually-hidden">Targets against reported outcomes</caption>
          <thead>
            <tr>
              <th scope="col">Target</th>
              <th scope="col">Period</th>
              <th scope="col">Stated by</th>
              <th scope="col" className="number">Reported</th>
              <th scope="col" className="number">Share of target</th>
              <th scope="col">Verdict</th>
              <th scope="col">Official</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((judged) => {
              const { target, outcome, ratio, verdict, summary } = judged;
              return (
                <tr key={target.id} aria-label={summary}>
                  <td data-label="Target">
                    <a href={`/statements/${target.id}`}>{formatValue(target)}</a>
                    <MarkIfUnsourced figure={target} />
                  </td>
                  <td data-label="Period">{target.periodLabel}</td>
                  <td data-label="Stated by">
                    {target.speaker ?? 'Unattributed'}, {target.statementDate}
                  </td>
                  <td data-label="Reported" className="number">
                    {outcome ? <a href={`/statements/${outcome.id}`}>{formatAmount(outcome.flow, outcome.valueUsd)}</a> : '—'}
                    <MarkIfUnsourced figure={outcome} />
                  </td>
                  <td data-label="Share of target" className="number">
                    {ratio === null ? '—' : formatPercent(ratio)}
                  </td>
                  <td data-label="Verdict">
                    <VerdictTag verdict={verdict} />
                    {restsOnUnsourced(judged) && <UnsourcedMark label={UNSOURCED_VERDICT_LABEL} />}
                    <br />
                    <span className="hint">{summary}</span>
                  </td>
                  <td data-label="Official">
                    <OfficialCell official={official.get(target.id)} flow={target.flow} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Official: what each side&apos;s own statistics recorded for the same flow and period (a calendar year&apos;s figure, or a
        part-year&apos;s months added up), judged by the same rule. <a href={MIRROR_STATISTICS_HREF}>Why the two sides differ</a>.
      </p>
    </>
  );
}
