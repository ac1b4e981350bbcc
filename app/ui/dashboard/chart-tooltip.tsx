'use client';

import type { ChartPoint } from '@/app/lib/chart-points';

interface TooltipProps {
  active?: boolean;
  payload?: ReadonlyArray<{ payload?: ChartPoint }>;
}

/** Who said it, where and when, for the point under the pointer. */
export function ChartTooltip({ active, payload }: TooltipProps) {
  const point = active ? payload?.find((entry) => entry.payload?.id !== undefined)?.payload : undefined;
  if (!point) return null;
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
