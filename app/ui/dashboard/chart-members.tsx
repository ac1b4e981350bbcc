import Link from 'next/link';
import type { ChartGroup, ChartPoint } from '@/app/lib/dashboard/chart-points';
import { UNSOURCED_EXPLANATION, UNSOURCED_LABEL } from '@/app/lib/domain/provenance';

function UnsourcedTag() {
  return (
    <span className="tag tag-warning" title={UNSOURCED_EXPLANATION}>
      {UNSOURCED_LABEL}
      <span className="visually-hidden">: {UNSOURCED_EXPLANATION}</span>
    </span>
  );
}

/** One statement of a group: its value as stated and in dollars with its hedge, who said it, where and when. */
function Member({ point, linked }: { point: ChartPoint; linked: boolean }) {
  const value = (
    <>
      <strong>{point.hedgedUsd}</strong> — “{point.valueText}”
    </>
  );
  return (
    <>
      <p className="chart-member-value">{linked ? <Link href={`/statements/${point.id}`}>{value}</Link> : value}</p>
      <p>
        {point.speaker ?? 'Unattributed'}
        {point.outlet ? `, ${point.outlet}` : ''} · {point.statementDate}
        {point.derived ? ' · derived' : ''}
        {point.unsourced && <UnsourcedTag />}
      </p>
    </>
  );
}

export function groupTitle(group: ChartGroup): string {
  const first = group.members[0];
  return `${group.kind === 'projected' ? 'Projected' : 'Reported'} · ${first.periodLabel}${group.partial ? ' (part of a year)' : ''}`;
}

/**
 * Every statement of a group, the first marked as the figure the line and the
 * verdicts use, and why. Linked in the pinned list; plain in the hover tooltip,
 * whose links could never be reached.
 */
export function ChartMembers({ group, linked }: { group: ChartGroup; linked: boolean }) {
  const [first, ...rest] = group.members;
  return (
    <ol className="chart-members">
      <li>
        {group.members.length > 1 && <p className="chart-member-used">Used for the line and the verdicts. {group.reason}</p>}
        <Member point={first} linked={linked} />
      </li>
      {rest.map((point) => (
        <li key={point.id}>
          <Member point={point} linked={linked} />
        </li>
      ))}
    </ol>
  );
}
