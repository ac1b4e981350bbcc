'use client';

import { useRouter } from 'next/navigation';
import type { ChartGroup } from '@/app/lib/dashboard/chart-points';
import type { HoverStore } from './hover-store';

const R = 6;

function Marker({ group, cx, cy }: { group: ChartGroup; cx: number; cy: number }) {
  const projected = group.kind === 'projected';
  const colour = projected ? 'var(--projected)' : 'var(--reported)';
  if (group.partial)
    return (
      <polygon
        points={`${cx},${cy - R - 1} ${cx + R + 1},${cy} ${cx},${cy + R + 1} ${cx - R - 1},${cy}`}
        fill={projected ? 'var(--surface)' : 'var(--partial)'}
        stroke={colour}
        strokeWidth={2}
      />
    );
  return <circle cx={cx} cy={cy} r={R} fill={projected ? 'var(--surface)' : colour} stroke={colour} strokeWidth={2} strokeDasharray={projected ? '3 2' : undefined} />;
}

/**
 * One mark per group of statements. A single statement's mark is a link to
 * it; a mark for several is a button that pins their list open, so none is
 * hidden under another. Each has a 24 px hit area (a finger, not a pixel) and
 * a 3 px ring in the text colour when focused.
 */
export function GroupMark({ group, cx, cy, store }: { group: ChartGroup; cx: number; cy: number; store: HoverStore }) {
  const router = useRouter();
  const several = group.members.length > 1;
  const colour = group.kind === 'projected' ? 'var(--projected)' : 'var(--reported)';
  const show = () => store.show({ group, x: cx, y: cy });
  const body = (
    <>
      <circle className="chart-mark-hit" cx={cx} cy={cy} r={12} />
      {several && <circle cx={cx} cy={cy} r={R + 4} fill="none" stroke={colour} strokeWidth={1.5} />}
      <Marker group={group} cx={cx} cy={cy} />
      {group.members[0].derived && <circle cx={cx} cy={cy} r={2} fill="var(--surface)" />}
      <circle className="chart-mark-focus" cx={cx} cy={cy} r={R + 7} />
    </>
  );
  const events = { onMouseEnter: show, onFocus: show, onMouseLeave: store.hide, onBlur: store.hide };
  const symbol = group.members[0].symbol;
  return (
    <g>
      {several ? (
        <g
          role="button"
          tabIndex={0}
          aria-haspopup="dialog"
          aria-label={group.description}
          className="chart-mark"
          {...events}
          onClick={(event) => store.pin({ group, x: cx, y: cy, mark: event.currentTarget })}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            store.pin({ group, x: cx, y: cy, mark: event.currentTarget });
          }}
        >
          {body}
        </g>
      ) : (
        <a
          href={`/statements/${group.members[0].id}`}
          aria-label={group.description}
          className="chart-mark"
          {...events}
          onClick={(event) => {
            event.preventDefault();
            router.push(`/statements/${group.members[0].id}`);
          }}
        >
          {body}
        </a>
      )}
      {symbol && (
        <text x={cx + R + 3} y={cy - R} className="chart-hedge" fill={colour} aria-hidden="true">
          {symbol}
        </text>
      )}
      {several && (
        <text x={cx + R + 3} y={cy + R + 9} className="chart-count" fill={colour} aria-hidden="true">
          {group.members.length}
        </text>
      )}
    </g>
  );
}
