'use client';

import { useRouter } from 'next/navigation';
import type { ChartPoint } from '@/app/lib/dashboard/chart-points';

export interface ShapeProps {
  cx?: number;
  cy?: number;
  payload?: ChartPoint;
}

interface Props extends ShapeProps {
  onShow: (point: ChartPoint, x: number, y: number) => void;
  onHide: () => void;
}

/**
 * A point is a link to its statement, so a click, a tap or the keyboard opens
 * the source; its accessible name says what was stated, by whom and when.
 */
export function ChartPointShape({ cx, cy, payload, onShow, onHide }: Props) {
  const router = useRouter();
  if (cx === undefined || cy === undefined || !payload) return null;
  const href = `/statements/${payload.id}`;
  const projected = payload.kind === 'projected';
  const colour = projected ? 'var(--projected)' : 'var(--reported)';
  const r = 6;
  const marker = payload.partial ? (
    <polygon
      points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`}
      fill={projected ? 'var(--surface)' : 'var(--partial)'}
      stroke={colour}
      strokeWidth={2}
    />
  ) : (
    <circle
      cx={cx}
      cy={cy}
      r={r}
      fill={projected ? 'var(--surface)' : colour}
      stroke={colour}
      strokeWidth={2}
      strokeDasharray={projected ? '3 2' : undefined}
    />
  );
  // The hedge sign sits outside the link, so the link is exactly the marker a pointer aims at.
  return (
    <g>
      <a
        href={href}
        aria-label={payload.description}
        className="chart-point"
        onClick={(event) => {
          event.preventDefault();
          router.push(href);
        }}
        onMouseEnter={() => onShow(payload, cx, cy)}
        onFocus={() => onShow(payload, cx, cy)}
        onMouseLeave={onHide}
        onBlur={onHide}
      >
        {marker}
        {payload.derived && <circle cx={cx} cy={cy} r={2} fill="var(--surface)" />}
      </a>
      {payload.symbol && (
        <text x={cx + r + 3} y={cy - r} className="chart-hedge" fill={colour} aria-hidden="true">
          {payload.symbol}
        </text>
      )}
    </g>
  );
}
