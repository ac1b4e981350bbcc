import type { ChartPoint } from '@/app/lib/dashboard/chart-points';
import type { OfficialSeries } from '@/app/lib/dashboard/official-series';
import type { ChartScales } from './chart-scales';
import { officialImageColour, PALETTE } from './palette';

const path = (points: { x: number; y: number }[], scales: ChartScales) =>
  points.map((p, i) => `${i ? 'L' : 'M'}${scales.x(p.x).toFixed(1)},${scales.y(p.y).toFixed(1)}`).join(' ');

/** Reported figures joined by a solid line, targets by a dashed one. */
export function SeriesLines({ reported, projected, scales }: { reported: ChartPoint[]; projected: ChartPoint[]; scales: ChartScales }) {
  return (
    <g fill="none" strokeWidth={2.5} strokeLinejoin="round">
      {reported.length > 1 && <path d={path(reported, scales)} stroke={PALETTE.reported} />}
      {projected.length > 1 && <path d={path(projected, scales)} stroke={PALETTE.projected} strokeDasharray="8 5" />}
    </g>
  );
}

/** Each side's official series: a thin line of its own colour through squares. */
export function OfficialMarks({ official, scales }: { official: OfficialSeries[]; scales: ChartScales }) {
  return (
    <g>
      {official.map((series) => {
        // Coloured by reporter, as on the page; a side that reported one direction only is hollow.
        const colour = officialImageColour(series.reporterIndex);
        return (
          <g key={series.reporter}>
            {series.points.length > 1 && <path d={path(series.points, scales)} fill="none" stroke={colour} strokeWidth={1.5} />}
            {series.points.map((p) => (
              <rect key={p.x} x={scales.x(p.x) - 6} y={scales.y(p.y) - 6} width={12} height={12} fill={series.oneDirection ? PALETTE.surface : colour} stroke={series.oneDirection ? colour : PALETTE.surface} strokeWidth={series.oneDirection ? 2 : 1.5}>
                <title>{`${p.seriesLabel}, ${p.periodLabel}: ${p.usd} (${p.source})`}</title>
              </rect>
            ))}
          </g>
        );
      })}
    </g>
  );
}

/** An official series' square in the key, filled or hollow as on the chart. */
export function OfficialSwatch({ series }: { series: OfficialSeries }) {
  const colour = officialImageColour(series.reporterIndex);
  return <rect x={8} y={-6} width={12} height={12} fill={series.oneDirection ? PALETTE.surface : colour} stroke={colour} strokeWidth={series.oneDirection ? 2 : 0} />;
}
