import type { Statement } from '@/db/schema';
import { flowSentence } from '@/app/lib/dashboard/flow-words';
import { economyName } from '@/app/lib/domain/economies';
import { formatAmount, formatDate, unpricedWords } from '@/app/lib/domain/format';
import { rateUsedWords } from '@/app/lib/domain/rates/rate-words';
import { isPartialYear, periodLongLabel } from '@/app/lib/domain/period';
import { MarkIfUnsourced } from '@/app/ui/provenance/unsourced-mark';

/** A statement's every field, in words, as a definition list. */
export function StatementFacts({ statement: s }: { statement: Statement }) {
  const facts: [string, React.ReactNode][] = [
    ['Pair', `${economyName(s.economyA)} (${s.economyA}) – ${economyName(s.economyB)} (${s.economyB})`],
    ['Flow', flowSentence(s)],
    ['Kind', s.kind === 'projected' ? 'Projected (target or forecast)' : 'Reported (an actual figure)'],
    ['Period', `${periodLongLabel({ label: s.periodLabel, start: s.periodStart, end: s.periodEnd })} (${s.periodStart} to ${s.periodEnd})${isPartialYear(s.periodStart, s.periodEnd) ? ', part of a year' : ''}`],
    ['Value as stated', `“${s.valueText}”`],
    ['Stated amount', `${s.valueStated.toLocaleString('en-US')} ${s.currency}`],
    ['In US dollars', s.valueUsd === null ? `None: ${unpricedWords(s.currency)} for this period, so the figure is kept as stated and left out of the chart and the verdicts` : `${formatAmount(s.flow, s.valueUsd)} (${s.valueUsd.toLocaleString('en-US', { maximumFractionDigits: 0 })} USD)`],
    ['Rate used', rateUsedWords(s)],
    ['Hedge', s.hedge],
    ['Speaker', s.speaker ?? 'Unattributed'],
    ['Speaker’s role', s.speakerRole ?? '—'],
    ['Organisation', s.organisation ?? '—'],
    ['Outlet', s.outlet ?? '—'],
    ['Source', s.sourceUrl ? <a href={s.sourceUrl} rel="noopener noreferrer nofollow">{s.sourceUrl}</a> : <>No address on file<MarkIfUnsourced figure={s} /></>],
    ['Statement date', formatDate(s.statementDate)],
    ['Published', s.publishedDate ? formatDate(s.publishedDate) : '—'],
    ['Notes', s.notes ?? '—'],
    ['Recorded', `${s.createdAt.slice(0, 10)}; last changed ${s.updatedAt.slice(0, 10)}`],
  ];
  return (
    <div className="panel">
      <dl className="facts">
        {facts.map(([term, detail]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
