'use client';

import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import type { ChartPoint, ChartSeries } from '@/app/lib/dashboard/chart-points';
import { officialColour, type OfficialSeries } from '@/app/lib/dashboard/official-series';
import { formatDate } from '@/app/lib/domain/format';
import { ConflictBracket, SettlementConnector, SettlementLabel } from './chart-layer-parts';
import { GroupMark } from './chart-group-mark';
import type { ChartAxes } from './chart-axes';
import { OfficialMark } from './chart-official-mark';
import type { HoverStore } from './hover-store';

/** An official square sits this far right of its period's middle, per reporter, so it never covers a reported mark. */
const officialOffset = (reporterIndex: number) => 16 + 12 * reporterIndex;

/**
 * Everything the chart draws, in one layer whose order is the order of
 * painting: year lines, period spans, lines, settlements, conflicts, marks,
 * official squares, and the share labels on top, so nothing hides a mark or
 * a conflict.
 */
export function ChartLayers({ series, official, axes, store }: { series: ChartSeries; official: OfficialSeries[]; axes: ChartAxes; store: HoverStore }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const floor = axes.y.domain[0];
  const X = (x: number) => xScale(x) as number;
  const Y = (y: number) => yScale(axes.log ? Math.max(y, floor) : y) as number;
  // An official series is joined only from one year to the next: a line across a missing year would invent it.
  const path = (points: { x: number; y: number }[], dx = 0, joinGaps = true) =>
    points.map((p, i) => `${i && (joinGaps || p.x - points[i - 1].x <= 1) ? 'L' : 'M'}${X(p.x) + dx},${Y(p.y)}`).join(' ');
  // A thinned chart may draw no statement of a conflict's period: its dates then name it.
  const labelOf = (c: ChartSeries['conflicts'][number]) =>
    series.groups.find((g) => g.x0 === c.x0 && g.x1 === c.x1)?.members[0].periodLabel ?? `${formatDate(c.periodStart)} to ${formatDate(c.periodEnd)}`;
  const line = (points: ChartPoint[], stroke: string, dash?: string) => points.length > 1 && <path d={path(points)} fill="none" stroke={stroke} strokeWidth={2} strokeDasharray={dash} />;

  return (
    <g className="chart-layers">
      {axes.years.boundaries.map((b) => (
        <line key={b} x1={X(b)} x2={X(b)} y1={plot.y} y2={plot.y + plot.height} stroke="var(--grid)" />
      ))}
      {series.groups.map((g) => (
        <line key={g.key} className="chart-span" x1={X(g.x0)} x2={X(g.x1)} y1={Y(g.y)} y2={Y(g.y)} stroke={g.kind === 'projected' ? 'var(--projected)' : 'var(--reported)'} />
      ))}
      {line(series.reportedLine, 'var(--reported)')}
      {line(series.projectedLine, 'var(--projected)', '6 4')}
      {official.map((o) => o.points.length > 1 && <path key={o.label} d={path(o.points, officialOffset(o.reporterIndex), false)} fill="none" stroke={officialColour(o.reporterIndex)} strokeWidth={1.5} strokeDasharray={o.oneDirection ? '2 3' : undefined} />)}
      {series.settlements.map((s) => (
        <SettlementConnector key={s.targetId} settlement={s} x={X(s.x)} y0={Y(s.targetY)} y1={Y(s.outcomeY)} />
      ))}
      {series.conflicts.map((c) => (
        <ConflictBracket key={`${c.x0}-${c.x1}`} x={X(c.x) - 16} y0={Y(c.max)} y1={Y(c.min)} min={c.min} max={c.max} period={labelOf(c)} />
      ))}
      {series.groups.map((g) => (
        <GroupMark key={g.key} group={g} cx={X(g.x)} cy={Y(g.y)} store={store} />
      ))}
      {official.flatMap((o) =>
        o.points.map((p) => (
          <OfficialMark key={`${o.label}-${p.x}`} point={p} cx={X(p.x) + officialOffset(o.reporterIndex)} cy={Y(p.y)} colour={officialColour(o.reporterIndex)} hollow={o.oneDirection} store={store} />
        )),
      )}
      {series.settlements.map((s) => (
        <SettlementLabel key={s.targetId} settlement={s} x={X(s.x)} y={(Y(s.targetY) + Y(s.outcomeY)) / 2} />
      ))}
    </g>
  );
}
