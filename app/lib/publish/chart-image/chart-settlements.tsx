import type { ChartSettlement } from '@/app/lib/dashboard/chart-points';
import type { ChartScales } from './chart-scales';
import { PALETTE } from './palette';

const VERDICT_COLOUR: Record<ChartSettlement['verdict'], string> = { met: PALETTE.met, missed: PALETTE.missed, disputed: PALETTE.pending };

/** Each settled target joined to the figure that settled it, labelled with its share: "19% of target". */
export function Settlements({ settlements, scales, fontSize }: { settlements: ChartSettlement[]; scales: ChartScales; fontSize: number }) {
  return (
    <g>
      {settlements.map((s) => {
        const x = scales.x(s.x) + 16;
        const [y0, y1] = [scales.y(s.targetY), scales.y(s.outcomeY)];
        const colour = VERDICT_COLOUR[s.verdict];
        const label = s.share ? `${s.share} of target` : s.verdict;
        return (
          <g key={`${s.targetId}-${s.outcomeId}`}>
            <path d={`M${x - 6},${y0} H${x} V${y1} H${x - 6}`} fill="none" stroke={colour} strokeWidth={2} strokeDasharray="2 3" />
            <text x={x + 6} y={(y0 + y1) / 2} dy="0.35em" fontSize={fontSize} fontWeight={700} fill={colour} stroke={PALETTE.surface} strokeWidth={4} paintOrder="stroke">
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}
