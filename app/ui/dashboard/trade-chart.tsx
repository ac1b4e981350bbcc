'use client';

import { useCallback, useRef, useState } from 'react';
import { CartesianGrid, ComposedChart, Line, ReferenceLine, Scatter, XAxis, YAxis } from 'recharts';
import type { ChartSeries } from '@/app/lib/dashboard/chart-points';
import { formatUsd } from '@/app/lib/domain/format';
import { officialColour, type OfficialPoint, type OfficialSeries } from '@/app/lib/dashboard/official-series';
import { ChartPointShape, type ShapeProps } from './chart-point-shape';
import { createHoverStore } from './hover-store';
import { TooltipOverlay } from './tooltip-overlay';


/** Official figures are squares on a thin line of their own colour: a third, distinct series. */
function OfficialSquare({ cx, cy, fill, point, onShow, onHide }: { cx?: number; cy?: number; fill: string; point?: OfficialPoint; onShow: (p: OfficialPoint, x: number, y: number) => void; onHide: () => void }) {
  if (cx === undefined || cy === undefined || !point) return null;
  return <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={fill} onMouseEnter={() => onShow(point, cx, cy)} onMouseLeave={onHide} />;
}

/**
 * Reported figures solid, targets dashed and hollow, partial years as diamonds.
 * The tooltip follows the point under the pointer (or keyboard focus) itself:
 * Recharts' own tooltip snaps to the nearest x, which picks the wrong
 * statement when several share a year. Hovering never re-renders the chart.
 */
export function TradeChart({ series, official }: { series: ChartSeries; official: OfficialSeries[] }) {
  const [hover] = useState(createHoverStore);
  const area = useRef<HTMLDivElement>(null);
  const officialYears = official.flatMap((o) => o.points.map((p) => Math.floor(p.x)));
  const firstYear = Math.min(series.xDomain[0], ...officialYears);
  const lastYear = Math.max(series.xDomain[1], ...officialYears.map((y) => y + 1));
  const ticks = Array.from({ length: lastYear - firstYear }, (_, i) => firstYear + i + 0.5);
  const pointShape = useCallback((props: ShapeProps) => <ChartPointShape {...props} onShow={hover.show} onHide={hover.hide} />, [hover]);

  return (
    <div className="chart-area" ref={area} onMouseLeave={hover.hide}>
      <ComposedChart responsive style={{ width: '100%', height: 380 }} margin={{ top: 20, right: 30, bottom: 10, left: 10 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--grid)" vertical={false} />
        <XAxis dataKey="x" type="number" domain={[firstYear, lastYear]} ticks={ticks} tickFormatter={(x: number) => String(Math.floor(x))} allowDuplicatedCategory={false} />
        {/* A balance runs below zero: the axis takes in both signs, with the zero line drawn. */}
        <YAxis
          tickFormatter={(y: number) => formatUsd(y)}
          width={70}
          domain={series.signed ? [(dataMin: number) => Math.min(0, dataMin * 1.12), (dataMax: number) => Math.max(0, dataMax * 1.12)] : [0, (dataMax: number) => dataMax * 1.12]}
        />
        {series.signed && <ReferenceLine y={0} stroke="var(--text)" strokeWidth={1} ifOverflow="extendDomain" />}
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
        {official.map((o, i) => {
          const colour = officialColour(i);
          return (
            <Line
              key={o.reporter}
              data={o.points}
              dataKey="y"
              name={o.label}
              stroke={colour}
              strokeWidth={1.5}
              dot={(props: { cx?: number; cy?: number; index?: number; payload?: OfficialPoint }) => (
                <OfficialSquare key={props.index} cx={props.cx} cy={props.cy} point={props.payload} fill={colour} onShow={hover.show} onHide={hover.hide} />
              )}
              activeDot={false}
              isAnimationActive={false}
            />
          );
        })}
        <Scatter data={series.reported} dataKey="y" shape={pointShape} isAnimationActive={false} name="Reported figures" />
        <Scatter data={series.partial} dataKey="y" shape={pointShape} isAnimationActive={false} name="Reported, part of a year" />
        <Scatter data={series.projected} dataKey="y" shape={pointShape} isAnimationActive={false} name="Projected figures" />
      </ComposedChart>
      <TooltipOverlay store={hover} area={area} />
    </div>
  );
}
