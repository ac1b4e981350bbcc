'use client';

import { type RefObject, useEffect, useRef, useSyncExternalStore } from 'react';
import { ChartMembers, groupTitle } from './chart-members';
import type { HoverStore } from './hover-store';
import { overlayPosition } from './chart-overlay-position';

/**
 * A group's statements, pinned open by selecting its mark: every one is a
 * link, reachable by mouse, touch and keyboard. Focus moves to the first
 * link; Escape or the close button closes the list and returns to the mark.
 */
export function ChartPinnedList({ store, area }: { store: HoverStore; area: RefObject<HTMLDivElement | null> }) {
  const pinned = useSyncExternalStore(store.subscribe, store.getPinned, () => null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    dialog.current?.querySelector<HTMLElement>('a[href]')?.focus();
  }, [pinned]);
  if (!pinned) return null;
  const title = groupTitle(pinned.group);
  return (
    <div
      ref={dialog}
      className="chart-tooltip-anchor chart-pinned"
      style={overlayPosition(pinned.x, pinned.y, area.current?.clientWidth ?? 0)}
      role="dialog"
      aria-label={`${title}: ${pinned.group.members.length} statements`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          store.unpin();
        }
      }}
    >
      <div className="chart-tooltip">
        <div className="chart-pinned-head">
          <p className="chart-tooltip-title">
            {title} · {pinned.group.members.length} statements
          </p>
          <button type="button" className="secondary chart-pinned-close" onClick={() => store.unpin()}>
            Close
          </button>
        </div>
        <ChartMembers group={pinned.group} linked />
      </div>
    </div>
  );
}
