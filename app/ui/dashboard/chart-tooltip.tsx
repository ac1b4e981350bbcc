import type { OfficialPoint } from '@/app/lib/dashboard/official-series';
import { ChartMembers, groupTitle } from './chart-members';
import type { Shown } from './hover-store';

function OfficialTooltip({ point }: { point: OfficialPoint }) {
  return (
    <>
      <p className="chart-tooltip-title">{point.seriesLabel}</p>
      <p>
        <strong>{point.usd}</strong> in {point.periodLabel}
      </p>
      <p>
        Source: {point.source}
        {point.releaseDate ? `, released ${point.releaseDate}` : ''}
      </p>
    </>
  );
}

/** Who said it, where and when, for every statement of the mark under the pointer or keyboard focus. */
export function ChartTooltip({ shown }: { shown: Shown }) {
  return (
    <div className="chart-tooltip" role="tooltip">
      {'official' in shown ? (
        <OfficialTooltip point={shown.official} />
      ) : (
        <>
          <p className="chart-tooltip-title">
            {groupTitle(shown.group)}
            {shown.group.members.length > 1 && ` · ${shown.group.members.length} statements`}
          </p>
          <ChartMembers group={shown.group} linked={false} />
          {shown.group.members.length > 1 && <p className="chart-tooltip-hint">Select the mark to open this list and its links.</p>}
        </>
      )}
    </div>
  );
}
