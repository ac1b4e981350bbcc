import type { ReactNode } from 'react';
import type { DashboardView } from '@/app/lib/data/dashboard';
import { OfficialSwatch } from './chart-lines';
import { PALETTE } from './palette';
import { approxTextWidth } from './text-width';

interface KeyItem {
  label: string;
  swatch: ReactNode;
}

/** The marks this view draws, and only those, in words as well as shapes. */
function keyItems(d: DashboardView): KeyItem[] {
  const { groups, conflicts, settlements } = d.chart;
  const has = (test: (g: (typeof groups)[number]) => boolean) => groups.some(test);
  const items: KeyItem[] = [];
  if (has((g) => g.kind === 'reported' && !g.partial)) {
    items.push({ label: 'Reported', swatch: <><line x1={0} x2={28} y1={0} y2={0} stroke={PALETTE.reported} strokeWidth={2.5} /><circle cx={14} cy={0} r={6} fill={PALETTE.reported} /></> });
  }
  if (has((g) => g.partial)) {
    items.push({ label: 'Part of a year', swatch: <polygon points="14,-7 21,0 14,7 7,0" fill={PALETTE.partial} stroke={PALETTE.reported} strokeWidth={2} /> });
  }
  if (has((g) => g.kind === 'projected')) {
    items.push({ label: 'Target', swatch: <><line x1={0} x2={28} y1={0} y2={0} stroke={PALETTE.projected} strokeWidth={2.5} strokeDasharray="8 5" /><circle cx={14} cy={0} r={6} fill={PALETTE.surface} stroke={PALETTE.projected} strokeWidth={2.5} /></> });
  }
  if (conflicts.length) items.push({ label: 'Sources disagree', swatch: <rect x={8} y={-8} width={12} height={16} rx={3} fill={PALETTE.conflictFill} stroke={PALETTE.missed} strokeWidth={2} /> });
  if (settlements.length) items.push({ label: 'Share of target', swatch: <path d="M8,-7 H14 V7 H8" fill="none" stroke={PALETTE.missed} strokeWidth={2} strokeDasharray="2 3" /> });
  d.official.forEach((o) => items.push({ label: `Official (${o.points[0]?.source ?? o.reporter})`, swatch: <OfficialSwatch series={o} /> }));
  if (has((g) => g.members[0].unsourced)) items.push({ label: 'unsourced', swatch: <text x={10} y={0} dy="0.35em" fontSize={16} fill={PALETTE.muted}>†</text> });
  return items;
}

const SWATCH = 28;
const GAP = 24;

/** The key in rows across the card, wrapped when it runs out of width. */
export function ChartKey({ dashboard, x, y, width, fontSize }: { dashboard: DashboardView; x: number; y: number; width: number; fontSize: number }) {
  let [cx, cy] = [x, y];
  const placed = keyItems(dashboard).map((item) => {
    const w = SWATCH + 8 + approxTextWidth(item.label, fontSize);
    if (cx > x && cx + w > x + width) [cx, cy] = [x, cy + fontSize * 1.7];
    const at = { item, x: cx, y: cy };
    cx += w + GAP;
    return at;
  });
  return (
    <g>
      {placed.map(({ item, x: ix, y: iy }) => (
        <g key={item.label} transform={`translate(${ix.toFixed(1)},${iy.toFixed(1)})`}>
          {item.swatch}
          <text x={SWATCH + 8} y={0} dy="0.35em" fontSize={fontSize} fill={PALETTE.text}>
            {item.label}
          </text>
        </g>
      ))}
    </g>
  );
}

/** How many rows the key takes, so the card can leave room for it. */
export function keyRows(dashboard: DashboardView, width: number, fontSize: number): number {
  let [cx, rows] = [0, 1];
  for (const item of keyItems(dashboard)) {
    const w = SWATCH + 8 + approxTextWidth(item.label, fontSize);
    if (cx > 0 && cx + w > width) [cx, rows] = [0, rows + 1];
    cx += w + GAP;
  }
  return rows;
}
