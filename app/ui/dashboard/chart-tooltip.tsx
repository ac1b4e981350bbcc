import type { ChartPoint } from '@/app/lib/dashboard/chart-points';
import type { OfficialPoint } from '@/app/lib/dashboard/official-series';

function OfficialTooltip({ point }: { point: OfficialPoint }) {
  return (
    <>
      <p className="chart-tooltip-title">{point.seriesLabel}</p>
      <p>
        <strong>{point.usd}</strong> in {point.periodLabel}
      </p>
      <p>
        {point.source}
        {point.releaseDate ? `, released ${point.releaseDate}` : ''}
      </p>
    </>
  );
}

function StatementTooltip({ point }: { point: ChartPoint }) {
  return (
    <>
      <p className="chart-tooltip-title">
        {point.kind === 'projected' ? 'Projected' : 'Reported'} · {point.periodLabel}
        {point.partial ? ' (part of a year)' : ''}
        {point.derived ? ' · derived' : ''}
      </p>
      <p>
        <strong>{point.usd}</strong> — “{point.valueText}”
      </p>
      <p>
        {point.speaker ?? 'Unattributed'}
        {point.outlet ? `, ${point.outlet}` : ''} · {point.statementDate}
      </p>
      {point.quoteStart && <p className="chart-tooltip-quote">“{point.quoteStart}”</p>}
    </>
  );
}

/** Who said it, where and when, for the point under the pointer or keyboard focus. */
export function ChartTooltip({ point }: { point: ChartPoint | OfficialPoint }) {
  return (
    <div className="chart-tooltip" role="tooltip">
      {'source' in point ? <OfficialTooltip point={point} /> : <StatementTooltip point={point} />}
    </div>
  );
}
