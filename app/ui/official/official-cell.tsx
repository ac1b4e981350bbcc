import type { OfficialOutcome } from '@/app/lib/domain/official-outcome';
import { gapWords, officialSummary, sideWords } from '@/app/lib/domain/official-words';
import type { Flow } from '@/app/lib/domain/vocabulary';
import './official.css';

/**
 * A target's official outcome in a table cell: each side's figure with who
 * reported it, its share and verdict ("Kazakhstan reports $567.5M (19%,
 * missed)"), or why a side has none.
 */
export function OfficialCell({ official, flow }: { official: OfficialOutcome | undefined; flow: Flow }) {
  if (!official) return <>—</>;
  const perSide = official.due && official.comparable && official.sides.some((s) => s.valueUsd !== null || gapWords(s) !== null);
  if (!perSide) return <span className="hint">{officialSummary(official, flow)}</span>;
  return (
    <ul className="official-sides">
      {official.sides.map((side) => (
        <li key={side.reporter}>{sideWords(side, flow)}</li>
      ))}
    </ul>
  );
}
