import type { ChartSeries } from '@/app/lib/dashboard/chart-points';
import { officialColour, type OfficialSeries } from '@/app/lib/dashboard/official-series';
import { CONFLICT_THRESHOLD, thresholdText } from '@/app/lib/domain/thresholds';

/** The key to the chart's marks, in words as well as shapes; only what is drawn, official series with their figures. */
export function ChartLegend({ official, chart }: { official: OfficialSeries[]; chart: ChartSeries }) {
  const has = (test: (g: ChartSeries['groups'][number]) => boolean) => chart.groups.some(test);
  return (
    <ul className="chart-legend" aria-label="Chart key">
      <li>
        <svg width="30" height="14" aria-hidden="true">
          <line x1="0" y1="7" x2="30" y2="7" stroke="var(--reported)" strokeWidth="2" />
          <circle cx="15" cy="7" r="5" fill="var(--reported)" />
        </svg>
        Reported (full year or fiscal year)
      </li>
      {has((g) => g.partial) && (
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <polygon points="8,1 15,8 8,15 1,8" fill="var(--partial)" stroke="var(--reported)" strokeWidth="2" />
          </svg>
          Reported for part of a year (not comparable with annual figures)
        </li>
      )}
      {has((g) => g.kind === 'projected') && (
        <li>
          <svg width="30" height="14" aria-hidden="true">
            <line x1="0" y1="7" x2="30" y2="7" stroke="var(--projected)" strokeWidth="2" strokeDasharray="6 4" />
            <circle cx="15" cy="7" r="5" fill="var(--surface)" stroke="var(--projected)" strokeWidth="2" />
          </svg>
          Projected (target or forecast)
        </li>
      )}
      <li>
        <svg width="30" height="14" aria-hidden="true">
          <line x1="1" y1="7" x2="29" y2="7" stroke="var(--reported)" strokeWidth="2" strokeOpacity="0.45" />
        </svg>
        A thin line spans the months a figure covers
      </li>
      {has((g) => g.members.length > 1) && (
        <li>
          <svg width="30" height="20" aria-hidden="true">
            <circle cx="12" cy="10" r="5" fill="var(--reported)" />
            <circle cx="12" cy="10" r="9" fill="none" stroke="var(--reported)" strokeWidth="1.5" />
            <text x="22" y="19" fontSize="11" fontWeight="700" fill="var(--reported)">2</text>
          </svg>
          A ringed mark with a count stands for several statements about one period: select it to list them all
        </li>
      )}
      <li>≈ about · &gt; more than · ≥ at least · &lt; less than · ≤ up to</li>
      {has((g) => g.members[0].derived) && <li>A white centre marks a figure derived from another statement</li>}
      {chart.conflicts.length > 0 && (
        <li>
          <svg width="12" height="18" aria-hidden="true">
            <path d="M9,2 H3 V16 H9" fill="none" stroke="var(--conflict)" strokeWidth="2.5" />
          </svg>
          Sources disagree by more than {thresholdText(CONFLICT_THRESHOLD)} for that period: a bracket from the lowest figure to the highest
        </li>
      )}
      {chart.settlements.length > 0 && (
        <li>
          <svg width="40" height="18" aria-hidden="true">
            <line x1="6" y1="1" x2="6" y2="17" stroke="var(--missed)" strokeWidth="2" strokeDasharray="4 3" />
            <text x="11" y="13" fontSize="11" fontWeight="700" fill="var(--missed)">19%</text>
          </svg>
          A settled target joined to its outcome, labelled with the share of the target reached (green met, red missed, brown disputed)
        </li>
      )}
      {chart.signed && <li>Above the zero line a surplus, below it a deficit, from the first economy’s side</li>}
      {official.map((o) => (
        <li key={o.label}>
          <svg width="30" height="14" aria-hidden="true">
            <line x1="0" y1="7" x2="30" y2="7" stroke={officialColour(o.reporterIndex)} strokeWidth="1.5" strokeDasharray={o.oneDirection ? '2 3' : undefined} />
            <rect x="10" y="2" width="10" height="10" fill={o.oneDirection ? 'var(--surface)' : officialColour(o.reporterIndex)} stroke={officialColour(o.reporterIndex)} strokeWidth="1.5" />
          </svg>
          {o.label} ({o.points[0].source}): {o.points.map((p) => `${p.periodLabel} ${p.usd}`).join(', ')}
        </li>
      ))}
    </ul>
  );
}
