'use client';

import { type RefObject, useSyncExternalStore } from 'react';
import { ChartTooltip } from './chart-tooltip';
import type { HoverStore } from './hover-store';
import { overlayPosition } from './chart-overlay-position';

/** Draws the tooltip beside the hovered or focused mark, unless its list is pinned open. */
export function TooltipOverlay({ store, area }: { store: HoverStore; area: RefObject<HTMLDivElement | null> }) {
  const hovered = useSyncExternalStore(store.subscribe, store.get, () => null);
  const pinned = useSyncExternalStore(store.subscribe, store.getPinned, () => null);
  if (!hovered || pinned) return null;
  return (
    <div className="chart-tooltip-anchor" style={overlayPosition(hovered.x, hovered.y, area.current?.clientWidth ?? 0)}>
      <ChartTooltip shown={hovered} />
    </div>
  );
}
