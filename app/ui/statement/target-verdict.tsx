import Link from 'next/link';
import type { PricedStatement as Statement } from '@/app/lib/domain/statement';
import type { TargetStory } from '@/app/lib/data/statement-page';
import { formatAmount, formatDate, formatPercent, formatValue, forPeriod } from '@/app/lib/domain/format';
import { restsOnUnsourced } from '@/app/lib/domain/provenance';
import { VerdictTag } from '@/app/ui/dashboard/targets-table';
import { MarkIfUnsourced, UNSOURCED_VERDICT_LABEL, UnsourcedMark } from '@/app/ui/provenance/unsourced-mark';
import { FigureSource } from './figure-source';

/** A reported figure as a link to its page, with who stated it and where it can be checked. */
export function JudgedFigure({ figure: f }: { figure: Statement }) {
  return (
    <>
      <Link href={`/statements/${f.id}`}>
        {formatAmount(f.flow, f.valueUsd)} {forPeriod(f.periodLabel)}
      </Link>
      , stated {formatDate(f.statementDate)}
      {f.speaker ? ` by ${f.speaker}` : ''}
      <FigureSource figure={f} />
    </>
  );
}

/** What became of a target: its verdict today, its share, the figure it was judged against and the others for its period. */
export function TargetVerdict({ story: { judged }, judgedOn }: { story: TargetStory; judgedOn: string }) {
  const { target, outcome, outcomes, spread, ratio, verdict, pace } = judged;
  const others = outcomes.filter((o) => o.id !== outcome?.id);
  return (
    <section aria-labelledby="verdict">
      <h2 id="verdict">What happened</h2>
      <p className="verdict-line">
        <VerdictTag verdict={verdict} />
        {ratio !== null && verdict !== 'not yet due' && <strong>, {formatPercent(ratio)} of the target</strong>}
        {restsOnUnsourced(judged) && <UnsourcedMark label={UNSOURCED_VERDICT_LABEL} />}
        <span className="hint"> (judged on {formatDate(judgedOn)})</span>
      </p>
      {verdict === 'not yet due' && (
        <p>
          Its period ends {formatDate(target.periodEnd)}.{' '}
          {pace ? (
            <>
              At the pace of <JudgedFigure figure={pace.basis} />, it would reach {formatAmount(target.flow, pace.estimateUsd)}
              {pace.ratio === null ? '' : `, ${formatPercent(pace.ratio)} of the target`}: {pace.status}.
            </>
          ) : (
            'No figure for part of the period is on record yet to show its pace.'
          )}
        </p>
      )}
      {verdict === 'no reported figure yet' && <p>Its period ended {formatDate(target.periodEnd)}, but no figure for exactly {target.periodLabel} has been reported yet.</p>}
      {outcome && verdict !== 'not yet due' && (
        <p>
          Judged against <JudgedFigure figure={outcome} />
          {outcomes.length > 1 ? ': stated figures come before derived ones, the latest statement first.' : '.'}
        </p>
      )}
      {others.length > 0 && verdict !== 'not yet due' && (
        <>
          <p>
            {spread
              ? `Sources differ: ${formatAmount(target.flow, spread.min)} to ${formatAmount(target.flow, spread.max)} for ${target.periodLabel}. The other figures:`
              : `Other figures for ${target.periodLabel}:`}
          </p>
          <ul>
            {others.map((o) => (
              <li key={o.id}>
                <JudgedFigure figure={o} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">
        The target: {formatValue(target)} {forPeriod(target.periodLabel)}
        <MarkIfUnsourced figure={target} />.
      </p>
    </section>
  );
}
