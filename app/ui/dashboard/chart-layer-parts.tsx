import type { ChartSettlement } from '@/app/lib/dashboard/chart-points';
import { formatUsd } from '@/app/lib/domain/format';

const VERDICT_COLOUR: Record<ChartSettlement['verdict'], string> = { met: 'var(--met)', missed: 'var(--missed)', disputed: 'var(--pending)' };

/**
 * Where sources disagree about a period: a bracket from the lowest figure to
 * the highest, beside the period's marks so no mark covers it.
 */
export function ConflictBracket({ x, y0, y1, min, max, period }: { x: number; y0: number; y1: number; min: number; max: number; period: string }) {
  return (
    <g role="img" aria-label={`Sources disagree about ${period}: figures from ${formatUsd(min)} to ${formatUsd(max)}`} className="chart-conflict">
      <path d={`M${x + 5},${y0} H${x} V${y1} H${x + 5}`} fill="none" stroke="var(--conflict)" strokeWidth={2.5} />
    </g>
  );
}

/** A settled target joined to the outcome it was judged against, in the verdict's colour. */
export function SettlementConnector({ settlement, x, y0, y1 }: { settlement: ChartSettlement; x: number; y0: number; y1: number }) {
  return <line x1={x} x2={x} y1={y0} y2={y1} stroke={VERDICT_COLOUR[settlement.verdict]} strokeWidth={2} strokeDasharray="4 3" />;
}

/** The share the outcome came to ("19%"), drawn on top with a halo so it reads over any line. */
export function SettlementLabel({ settlement, x, y }: { settlement: ChartSettlement; x: number; y: number }) {
  const text = settlement.share ? `${settlement.share} ${settlement.verdict}` : settlement.verdict;
  return (
    <text x={x + 6} y={y} dy="0.35em" className="chart-share" fill={VERDICT_COLOUR[settlement.verdict]} aria-hidden="true">
      {text}
    </text>
  );
}
