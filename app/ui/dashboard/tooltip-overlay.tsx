'use client';

import { type RefObject, useSyncExternalStore } from 'react';
import { ChartTooltip } from './chart-tooltip';
import type { HoverStore } from './hover-store';

/** Draws the tooltip beside the hovered point, on whichever side has room. */
export function TooltipOverlay({ store, area }: { store: HoverStore; area: RefObject<HTMLDivElement | null> }) {
  const hovered = useSyncExternalStore(store.subscribe, store.get, () => null);
  if (!hovered) return null;
  const onRight = area.current ? hovered.x > area.current.clientWidth / 2 : false;
  return (
    <div
      className="chart-tooltip-anchor"
      style={{ left: hovered.x, top: hovered.y, transform: onRight ? 'translate(calc(-100% - 14px), 14px)' : 'translate(14px, 14px)' }}
    >
      <ChartTooltip point={hovered.point} />
    </div>
  );
}
