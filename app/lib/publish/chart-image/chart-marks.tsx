import type { ChartGroup, ChartSeries } from '@/app/lib/dashboard/chart-points';
import type { ChartScales } from './chart-scales';
import { PALETTE } from './palette';

const MARK_RADIUS = 7;
const colourOf = (g: ChartGroup) => (g.kind === 'projected' ? PALETTE.projected : PALETTE.reported);

/** Where sources disagree: a bar from the lowest figure to the highest, outlined at full strength (over 3:1 on white) and wider than a mark, so it shows around the marks on it. */
export function ConflictRanges({ conflicts, scales }: { conflicts: ChartSeries['conflicts']; scales: ChartScales }) {
  return (
    <g>
      {conflicts.map((c) => {
        const top = scales.y(c.max);
        const height = Math.max(4, scales.y(c.min) - top);
        return <rect key={`${c.x}-${c.min}-${c.max}`} x={scales.x(c.x) - 11} y={top - 2} width={22} height={height + 4} rx={4} fill={PALETTE.conflictFill} stroke={PALETTE.missed} strokeWidth={2} />;
      })}
    </g>
  );
}

/** Each group's period, from its first day to its last: "Jan–May 2023" covers the first five months of 2023. */
export function PeriodSpans({ groups, scales }: { groups: ChartGroup[]; scales: ChartScales }) {
  return (
    <g strokeWidth={2} strokeOpacity={0.6}>
      {groups.map((g) => {
        const [x0, x1, y] = [scales.x(g.x0) + 2, scales.x(g.x1) - 2, scales.y(g.y)];
        return <path key={g.key} d={`M${x0.toFixed(1)},${(y - 4).toFixed(1)} v8 M${x0.toFixed(1)},${y.toFixed(1)} H${x1.toFixed(1)} M${x1.toFixed(1)},${(y - 4).toFixed(1)} v8`} stroke={colourOf(g)} fill="none" />;
      })}
    </g>
  );
}

function Marker({ g, cx, cy }: { g: ChartGroup; cx: number; cy: number }) {
  const colour = colourOf(g);
  const r = MARK_RADIUS;
  const projected = g.kind === 'projected';
  if (g.partial) {
    const d = r + 1.5;
    return <polygon points={`${cx},${cy - d} ${cx + d},${cy} ${cx},${cy + d} ${cx - d},${cy}`} fill={projected ? PALETTE.surface : PALETTE.partial} stroke={colour} strokeWidth={2.5} />;
  }
  return <circle cx={cx} cy={cy} r={r} fill={projected ? PALETTE.surface : colour} stroke={colour} strokeWidth={2.5} strokeDasharray={projected ? '4 2.5' : undefined} />;
}

/**
 * One mark per group, at the figure the line runs through, with its hedge
 * sign (">" for "more than") and a dagger when that figure is unsourced; a
 * thin stroke spans the group's other figures. With `links`, each mark opens
 * its statement and names every figure of the group in its tooltip.
 */
export function GroupMarks({ groups, scales, links, fontSize }: { groups: ChartGroup[]; scales: ChartScales; links: boolean; fontSize: number }) {
  return (
    <g>
      {groups.map((g) => {
        const [cx, cy] = [scales.x(g.x), scales.y(g.y)];
        const first = g.members[0];
        const colour = colourOf(g);
        const mark = (
          <g>
            {g.range && <line x1={cx} x2={cx} y1={scales.y(g.range.min)} y2={scales.y(g.range.max)} stroke={colour} strokeWidth={2} />}
            <Marker g={g} cx={cx} cy={cy} />
            {first.derived && <circle cx={cx} cy={cy} r={2.5} fill={PALETTE.surface} />}
          </g>
        );
        return (
          <g key={g.key} data-group={g.key}>
            {links ? (
              <a href={`/statements/${first.id}`} target="_top" aria-label={g.description}>
                <title>{g.description}</title>
                {mark}
              </a>
            ) : (
              mark
            )}
            {first.symbol && (
              <text x={cx + MARK_RADIUS + 3} y={cy - MARK_RADIUS} fontSize={fontSize} fontWeight={700} fill={colour} aria-hidden="true">
                {first.symbol}
              </text>
            )}
            {first.unsourced && (
              <text x={cx + MARK_RADIUS + 2} y={cy + MARK_RADIUS + fontSize * 0.6} fontSize={fontSize} fill={PALETTE.muted} aria-hidden="true">
                †
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
