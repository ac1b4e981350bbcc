import type { Verdict } from './verdicts';

const ORDER: Verdict[] = ['met', 'missed', 'disputed', 'not yet due', 'no reported figure yet'];

/** "3 targets: 1 met, 1 missed, 1 not yet due.": the record before the detail. */
export function verdictTally(outcomes: { verdict: Verdict }[]): string {
  const counts = new Map<Verdict, number>();
  for (const { verdict } of outcomes) counts.set(verdict, (counts.get(verdict) ?? 0) + 1);
  const parts = ORDER.filter((v) => counts.has(v)).map((v) => `${counts.get(v)} ${v}`);
  return `${outcomes.length} target${outcomes.length === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}
