'use client';

import type { ChartPoint } from '@/app/lib/chart-points';
import type { OfficialPoint } from '@/app/lib/official-series';

interface TooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: ChartPoint | OfficialPoint }>;
}

function OfficialTooltip({ point }: { point: OfficialPoint }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{point.seriesLabel}</p>
      <p>
        <strong>{point.usd}</strong> in {point.periodLabel}
      </p>
      <p>
        {point.source}
        {point.releaseDate ? `, released ${point.releaseDate}` : ''}
      </p>
    </div>
  );
}

/** Who said it, where and when, for the point under the pointer. */
export function ChartTooltip({ active, payload }: TooltipProps) {
  const hovered = active ? payload?.find((entry) => entry.payload)?.payload : undefined;
  if (!hovered) return null;
  if ('source' in hovered) return <OfficialTooltip point={hovered} />;
  const point = hovered;
  return (
    <div className="chart-tooltip">
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
    </div>
  );
}
