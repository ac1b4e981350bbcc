import type { Figure } from './verdicts';

// Which of several figures for one period to trust: the rule the chart's line,
// the thinned chart, the pair overview's trend and the verdicts share.

const stated = (f: Figure) => f.derivedFromId === null;

/** The latest statement first; by id when two were made the same day. */
export const latestStatedFirst = (a: Figure, b: Figure) => b.statementDate.localeCompare(a.statementDate) || b.id - a.id;

/** How much to trust figures for one period: stated before derived, then the latest statement. */
export function byPreference(a: Figure, b: Figure): number {
  return Number(!stated(a)) - Number(!stated(b)) || latestStatedFirst(a, b);
}

/** The most trusted figure for each period, in time order: what a line passes through. */
export function preferredPerPeriod<F extends Figure>(figures: F[]): F[] {
  const chosen = new Map<string, F>();
  for (const f of figures) {
    const key = `${f.periodStart}|${f.periodEnd}`;
    const current = chosen.get(key);
    if (!current || byPreference(f, current) < 0) chosen.set(key, f);
  }
  return [...chosen.values()].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
}
