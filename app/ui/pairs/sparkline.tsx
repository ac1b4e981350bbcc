import { formatAmount } from '@/app/lib/domain/format';
import type { Flow } from '@/app/lib/domain/vocabulary';
import type { PairOverview } from '@/app/lib/dashboard/pair-overview';

const WIDTH = 120;
const HEIGHT = 32;

/** A small server-drawn trend of reported figures, with its reading in words. */
export function Sparkline({ trend, flow }: { trend: PairOverview['trend']; flow: Flow }) {
  if (trend.length === 0) return <span className="hint">no full-year figures</span>;
  // From zero (or the deepest deficit of a balance) to the highest figure.
  const low = Math.min(0, ...trend.map((t) => t.valueUsd));
  const span = Math.max(0, ...trend.map((t) => t.valueUsd)) - low || 1;
  const step = trend.length > 1 ? WIDTH / (trend.length - 1) : 0;
  const points = trend.map((t, i) => `${Math.round(i * step)},${Math.round(HEIGHT - 2 - ((t.valueUsd - low) / span) * (HEIGHT - 4))}`);
  const first = trend[0];
  const last = trend[trend.length - 1];
  const label =
    trend.length === 1
      ? `Reported ${first.periodLabel}: ${formatAmount(flow, first.valueUsd)}`
      : `Reported ${first.periodLabel} to ${last.periodLabel}: ${formatAmount(flow, first.valueUsd)} to ${formatAmount(flow, last.valueUsd)}`;
  return (
    <svg width={WIDTH + 6} height={HEIGHT} role="img" aria-label={label} className="sparkline">
      <title>{label}</title>
      {/* One polyline, no marker per point: a page lists every pair, so each byte counts. */}
      {trend.length === 1 ? (
        // A line through one point draws nothing: a single figure is a dot.
        <circle cx={6} cy={HEIGHT / 2} r={3} fill="var(--reported)" />
      ) : (
        <polyline points={points.join(' ')} fill="none" stroke="var(--reported)" strokeWidth="2" transform="translate(3,0)" />
      )}
    </svg>
  );
}
