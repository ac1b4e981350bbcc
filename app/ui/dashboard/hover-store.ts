import type { ChartGroup } from '@/app/lib/dashboard/chart-points';
import type { OfficialPoint } from '@/app/lib/dashboard/official-series';

export type Shown = { group: ChartGroup; x: number; y: number } | { official: OfficialPoint; x: number; y: number };
export type Pinned = { group: ChartGroup; x: number; y: number; mark: SVGElement } | null;

/**
 * What the chart shows on top of itself, kept outside the chart's React
 * state: the mark under the pointer or focus (its tooltip) and the group whose
 * list is pinned open. Neither re-renders the chart, so the mark keeps focus.
 */
export function createHoverStore() {
  let hovered: Shown | null = null;
  let pinned: Pinned = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  return {
    show: (next: Shown) => {
      hovered = next;
      notify();
    },
    hide: () => {
      hovered = null;
      notify();
    },
    get: () => hovered,
    pin: (next: NonNullable<Pinned>) => {
      pinned = next;
      hovered = null;
      notify();
    },
    /** Closes the pinned list and gives focus back to the mark that opened it. */
    unpin: (returnFocus = true) => {
      const mark = pinned?.mark;
      pinned = null;
      notify();
      if (returnFocus) mark?.focus();
    },
    getPinned: () => pinned,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type HoverStore = ReturnType<typeof createHoverStore>;
