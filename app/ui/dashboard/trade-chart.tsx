'use client';

import { useMemo, useRef, useState } from 'react';
import { CartesianGrid, ComposedChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { tickLabel } from '@/app/lib/dashboard/axis-ticks';
import type { ChartSeries } from '@/app/lib/dashboard/chart-points';
import type { OfficialSeries } from '@/app/lib/dashboard/official-series';
import { chartAxes } from './chart-axes';
import { ChartLayers } from './chart-layers';
import { ChartPinnedList } from './chart-pinned-list';
import { createHoverStore } from './hover-store';
import { TooltipOverlay } from './tooltip-overlay';

/**
 * Recharts lays out the axes and the grid; the marks, spans, conflicts and
 * settlements are drawn by ChartLayers in an order of its own, so nothing is
 * hidden under anything. Tooltips and the pinned list live in a store outside
 * the chart: showing one never re-renders the chart, so a mark keeps focus.
 */
export function TradeChart({ series, official, log }: { series: ChartSeries; official: OfficialSeries[]; log: boolean }) {
  const [store] = useState(createHoverStore);
  // Drawn in the browser only (see LazyTradeChart), so the width is known at the first render.
  const [narrow] = useState(() => window.matchMedia('(max-width: 560px)').matches);
  const area = useRef<HTMLDivElement>(null);
  const axes = useMemo(() => chartAxes(series, official, log), [series, official, log]);
  const yearOf = new Map(axes.years.labels.map((l) => [l.x, l.text]));

  return (
    <div className="chart-area" ref={area} onMouseLeave={store.hide}>
      <ComposedChart responsive style={{ width: '100%', height: narrow ? 320 : 380 }} margin={{ top: 20, right: narrow ? 32 : 40, bottom: 4, left: narrow ? 0 : 10 }} accessibilityLayer={false}>
        <CartesianGrid stroke="var(--grid)" vertical={false} horizontalValues={axes.y.ticks} />
        <XAxis type="number" dataKey="x" domain={axes.xDomain} ticks={axes.years.labels.map((l) => l.x)} tickFormatter={(x: number) => yearOf.get(x) ?? ''} tickLine={false} allowDataOverflow interval={0} />
        <YAxis type="number" scale={axes.log ? 'log' : 'linear'} domain={axes.y.domain} ticks={axes.y.ticks} tickFormatter={tickLabel} width={narrow ? 50 : 70} allowDataOverflow interval={0} />
        {series.signed && <ReferenceLine y={0} stroke="var(--text)" strokeWidth={1} />}
        <ChartLayers series={series} official={official} axes={axes} store={store} />
      </ComposedChart>
      <TooltipOverlay store={store} area={area} />
      <ChartPinnedList store={store} area={area} />
    </div>
  );
}
