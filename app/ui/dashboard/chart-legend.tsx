import { officialColour, type OfficialSeries } from '@/app/lib/dashboard/official-series';
import { CONFLICT_THRESHOLD, thresholdText } from '@/app/lib/domain/thresholds';

/** The key to the chart's marks, in words as well as shapes; official series are listed with their figures. */
export function ChartLegend({ official, signed }: { official: OfficialSeries[]; signed: boolean }) {
  return (
    <ul className="chart-legend" aria-label="Chart key">
      <li>
        <svg width="30" height="14" aria-hidden="true">
          <line x1="0" y1="7" x2="30" y2="7" stroke="var(--reported)" strokeWidth="2" />
          <circle cx="15" cy="7" r="5" fill="var(--reported)" />
        </svg>
        Reported (full year or fiscal year)
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <polygon points="8,1 15,8 8,15 1,8" fill="var(--partial)" stroke="var(--reported)" strokeWidth="2" />
        </svg>
        Reported for part of a year (not comparable with annual figures)
      </li>
      <li>
        <svg width="30" height="14" aria-hidden="true">
          <line x1="0" y1="7" x2="30" y2="7" stroke="var(--projected)" strokeWidth="2" strokeDasharray="6 4" />
          <circle cx="15" cy="7" r="5" fill="var(--surface)" stroke="var(--projected)" strokeWidth="2" />
        </svg>
        Projected (target or forecast)
      </li>
      <li>≈ about · &gt; more than · ≥ at least · &lt; less than · ≤ up to</li>
      <li>A white centre marks a figure derived from another statement</li>
      <li>
        <svg width="12" height="16" aria-hidden="true">
          <line x1="6" y1="0" x2="6" y2="16" stroke="var(--missed)" strokeWidth="8" strokeOpacity="0.25" />
        </svg>
        Sources disagree by more than {thresholdText(CONFLICT_THRESHOLD)} for that period
      </li>
      {signed && <li>Above the zero line a surplus, below it a deficit, from the first economy’s side</li>}
      {official.map((o, i) => (
        <li key={o.reporter}>
          <svg width="30" height="14" aria-hidden="true">
            <line x1="0" y1="7" x2="30" y2="7" stroke={officialColour(i)} strokeWidth="1.5" />
            <rect x="10" y="2" width="10" height="10" fill={officialColour(i)} />
          </svg>
          {o.label} ({o.points[0].source}): {o.points.map((p) => `${p.periodLabel} ${p.usd}`).join(', ')}
        </li>
      ))}
    </ul>
  );
}
