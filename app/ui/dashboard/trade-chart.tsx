'use client';

import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSeries } from '@/app/lib/chart-points';
import { formatUsd } from '@/app/lib/format';
import { ChartPointShape } from './chart-point-shape';
import { ChartTooltip } from './chart-tooltip';

/** Reported figures solid, targets dashed and hollow, partial years as diamonds. */
export function TradeChart({ series }: { series: ChartSeries }) {
  const [firstYear, lastYear] = series.xDomain;
  const ticks = Array.from({ length: lastYear - firstYear }, (_, i) => firstYear + i + 0.5);
  return (
    <ComposedChart
      responsive
      style={{ width: '100%', height: 380 }}
      margin={{ top: 20, right: 30, bottom: 10, left: 10 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="var(--grid)" vertical={false} />
      <XAxis
        dataKey="x"
        type="number"
        domain={[firstYear, lastYear]}
        ticks={ticks}
        tickFormatter={(x: number) => String(Math.floor(x))}
        allowDuplicatedCategory={false}
      />
      <YAxis tickFormatter={(y: number) => formatUsd(y)} width={70} domain={[0, (dataMax: number) => dataMax * 1.12]} />
      <Tooltip content={<ChartTooltip />} shared={false} isAnimationActive={false} />
      {series.conflicts.map((bar) => (
        <ReferenceLine
          key={`${bar.x}-${bar.min}`}
          segment={[{ x: bar.x, y: bar.min }, { x: bar.x, y: bar.max }]}
          stroke="var(--missed)"
          strokeWidth={8}
          strokeOpacity={0.25}
          ifOverflow="extendDomain"
        />
      ))}
      <Line data={series.reportedLine} dataKey="y" stroke="var(--reported)" strokeWidth={2} dot={false} activeDot={false} isAnimationActive={false} name="Reported" />
      <Line data={series.projectedLine} dataKey="y" stroke="var(--projected)" strokeWidth={2} strokeDasharray="6 4" dot={false} activeDot={false} isAnimationActive={false} name="Projected" />
      <Scatter data={series.reported} dataKey="y" shape={ChartPointShape} isAnimationActive={false} name="Reported figures" />
      <Scatter data={series.partial} dataKey="y" shape={ChartPointShape} isAnimationActive={false} name="Reported, part of a year" />
      <Scatter data={series.projected} dataKey="y" shape={ChartPointShape} isAnimationActive={false} name="Projected figures" />
    </ComposedChart>
  );
}
