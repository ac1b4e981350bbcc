import { tickLabel } from '@/app/lib/dashboard/axis-ticks';
import type { ChartScales } from './chart-scales';
import { PALETTE } from './palette';

/**
 * Each year a band of its own, labelled in its middle (a period's mark sits
 * in the year it belongs to), and the value ticks with exact labels: the same
 * ticks as the page's chart.
 */
export function ChartAxes({ scales, signed, fontSize }: { scales: ChartScales; signed: boolean; fontSize: number }) {
  const { box, years, values, x, y } = scales;
  const bottom = box.top + box.height;
  return (
    <g>
      {years.boundaries.slice(0, -1).map((year, i) => (
        <rect key={`band-${year}`} x={x(year)} y={box.top} width={x(year + 1) - x(year)} height={box.height} fill={i % 2 ? PALETTE.band : PALETTE.surface} />
      ))}
      {values.ticks.map((v) => (
        <g key={`tick-${v}`}>
          <line x1={box.left} x2={box.left + box.width} y1={y(v)} y2={y(v)} stroke={PALETTE.grid} strokeWidth={1} />
          <text x={box.left - 10} y={y(v)} dy="0.35em" textAnchor="end" fontSize={fontSize} fill={PALETTE.muted}>
            {tickLabel(v)}
          </text>
        </g>
      ))}
      {years.boundaries.map((year) => (
        <line key={`year-${year}`} x1={x(year)} x2={x(year)} y1={box.top} y2={bottom + 6} stroke={PALETTE.grid} strokeWidth={1} />
      ))}
      {years.labels.map((label) => (
        <text key={`label-${label.text}`} x={x(label.x)} y={bottom + fontSize + 8} textAnchor="middle" fontSize={fontSize} fill={PALETTE.muted}>
          {label.text}
        </text>
      ))}
      <line x1={box.left} x2={box.left + box.width} y1={bottom} y2={bottom} stroke={PALETTE.muted} strokeWidth={1} />
      {signed && <line x1={box.left} x2={box.left + box.width} y1={y(0)} y2={y(0)} stroke={PALETTE.text} strokeWidth={1.5} />}
    </g>
  );
}
