'use client';

import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import type { ChartSeries } from '@/app/lib/chart-points';
import type { OfficialSeries } from '@/app/lib/official-series';
import { formatUsd } from '@/app/lib/format';
import { ChartPointShape } from './chart-point-shape';
import { ChartTooltip } from './chart-tooltip';

/** Reported figures solid, targets dashed and hollow, partial years as diamonds. */
const OFFICIAL_COLOURS = ['var(--official-1)', 'var(--official-2)'];

/** Official figures are squares on a thin line of their own colour: a third, distinct series. */
function OfficialSquare({ cx, cy, stroke }: { cx?: number; cy?: number; stroke?: string }) {
  if (cx === undefined || cy === undefined) return null;
  return <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={stroke} />;
}

export function TradeChart({ series, official }: { series: ChartSeries; official: OfficialSeries[] }) {
  const officialYears = official.flatMap((o) => o.points.map((p) => Math.floor(p.x)));
  const firstYear = Math.min(series.xDomain[0], ...officialYears);
  const lastYear = Math.max(series.xDomain[1], ...officialYears.map((y) => y + 1));
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
      {official.map((o, i) => (
        <Line
          key={o.reporter}
          data={o.points}
          dataKey="y"
          name={o.label}
          stroke={OFFICIAL_COLOURS[i % OFFICIAL_COLOURS.length]}
          strokeWidth={1.5}
          dot={<OfficialSquare />}
          activeDot={false}
          isAnimationActive={false}
        />
      ))}
      <Scatter data={series.reported} dataKey="y" shape={ChartPointShape} isAnimationActive={false} name="Reported figures" />
      <Scatter data={series.partial} dataKey="y" shape={ChartPointShape} isAnimationActive={false} name="Reported, part of a year" />
      <Scatter data={series.projected} dataKey="y" shape={ChartPointShape} isAnimationActive={false} name="Projected figures" />
    </ComposedChart>
  );
}
