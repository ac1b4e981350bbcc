import type { ChartPoint } from '@/app/lib/dashboard/chart-points';
import type { OfficialPoint } from '@/app/lib/dashboard/official-series';

export type Hovered = { point: ChartPoint | OfficialPoint; x: number; y: number } | null;

/**
 * The point under the pointer, kept outside React state of the chart: a
 * re-render of the chart makes Recharts remount every point, which would take
 * keyboard focus and a click away from the point being hovered.
 */
export function createHoverStore() {
  let hovered: Hovered = null;
  const listeners = new Set<() => void>();
  const set = (next: Hovered) => {
    hovered = next;
    for (const listener of listeners) listener();
  };
  return {
    show: (point: ChartPoint | OfficialPoint, x: number, y: number) => set({ point, x, y }),
    hide: () => set(null),
    get: () => hovered,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type HoverStore = ReturnType<typeof createHoverStore>;
