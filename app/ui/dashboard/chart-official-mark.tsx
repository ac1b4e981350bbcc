'use client';

import type { OfficialPoint } from '@/app/lib/dashboard/official-series';
import type { HoverStore } from './hover-store';

/**
 * An official figure: a square beside its period's marks (never on top of
 * one), outlined so it reads on any line. Hover, focus or a tap shows its
 * source and release date.
 */
export function OfficialMark({ point, cx, cy, colour, hollow, store }: { point: OfficialPoint; cx: number; cy: number; colour: string; hollow: boolean; store: HoverStore }) {
  const show = () => store.show({ official: point, x: cx, y: cy });
  return (
    <g
      role="button"
      tabIndex={0}
      aria-label={`${point.seriesLabel}, ${point.periodLabel}: ${point.usd}. Source: ${point.source}${point.releaseDate ? `, released ${point.releaseDate}` : ''}`}
      className="chart-mark"
      onMouseEnter={show}
      onFocus={show}
      onClick={show}
      onMouseLeave={store.hide}
      onBlur={store.hide}
    >
      <rect className="chart-mark-hit" x={cx - 12} y={cy - 12} width={24} height={24} />
      <rect x={cx - 5} y={cy - 5} width={10} height={10} fill={hollow ? 'var(--surface)' : colour} stroke={hollow ? colour : 'var(--surface)'} strokeWidth={hollow ? 2 : 1.5} />
      <rect className="chart-mark-focus" x={cx - 10} y={cy - 10} width={20} height={20} />
    </g>
  );
}
