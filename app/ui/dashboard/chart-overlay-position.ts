import type { CSSProperties } from 'react';

/**
 * Where a tooltip or pinned list sits beside its mark: on whichever side has
 * room, or across the whole width of a narrow chart (a phone), below the mark.
 */
export function overlayPosition(x: number, y: number, areaWidth: number): CSSProperties {
  if (areaWidth < 560) return { left: 4, right: 4, top: y + 16 };
  const onRight = x > areaWidth / 2;
  return { left: x, top: y, transform: onRight ? 'translate(calc(-100% - 16px), 16px)' : 'translate(16px, 16px)' };
}
