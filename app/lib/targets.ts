import type { Hedge } from './domain';
import { formatHedgedUsd, formatPercent, formatUsd } from './format';

/** The fields a verdict needs; a stored statement has them all. */
export interface Figure {
  id: number;
  kind: 'reported' | 'projected';
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  valueUsd: number;
  hedge: Hedge;
  statementDate: string;
  derivedFromId: number | null;
}

export type Verdict = 'met' | 'missed' | 'not yet due' | 'no reported figure';

export interface TargetOutcome<F extends Figure> {
  target: F;
  outcome: F | null;
  ratio: number | null;
  verdict: Verdict;
  summary: string;
}

/** "About $3B" counts as met within this share below the target. */
export const APPROXIMATE_TOLERANCE = 0.1;

export function isTargetMet(target: { valueUsd: number; hedge: Hedge }, reportedUsd: number): boolean {
  switch (target.hedge) {
    case 'more than':
      return reportedUsd > target.valueUsd;
    case 'approximately':
    case 'nearly':
      return reportedUsd >= target.valueUsd * (1 - APPROXIMATE_TOLERANCE);
    default:
      // exact, at least, up to and less than: reaching the figure meets it.
      return reportedUsd >= target.valueUsd;
  }
}

/**
 * The reported figure that settles a target: one for exactly the same period
 * (so a partial year never settles an annual target), a stated figure before a
 * derived one, the most recently stated first.
 */
function outcomeFor<F extends Figure>(target: F, figures: F[]): F | null {
  const candidates = figures.filter(
    (f) => f.kind === 'reported' && f.periodStart === target.periodStart && f.periodEnd === target.periodEnd,
  );
  candidates.sort(
    (a, b) =>
      Number(a.derivedFromId !== null) - Number(b.derivedFromId !== null) ||
      b.statementDate.localeCompare(a.statementDate),
  );
  return candidates[0] ?? null;
}

/** Each projection of a view beside the reported figure for its period, with a verdict. */
export function judgeTargets<F extends Figure>(figures: F[], today: string): TargetOutcome<F>[] {
  return figures
    .filter((f) => f.kind === 'projected')
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.statementDate.localeCompare(b.statementDate))
    .map((target) => {
      const outcome = outcomeFor(target, figures);
      const stated = `${formatHedgedUsd(target.valueUsd, target.hedge)} for ${target.periodLabel}`;
      if (!outcome) {
        const verdict: Verdict = target.periodEnd >= today ? 'not yet due' : 'no reported figure';
        return { target, outcome, ratio: null, verdict, summary: `${stated}: ${verdict}` };
      }
      const ratio = outcome.valueUsd / target.valueUsd;
      const verdict: Verdict = isTargetMet(target, outcome.valueUsd) ? 'met' : 'missed';
      return {
        target,
        outcome,
        ratio,
        verdict,
        summary: `${stated}, reported ${formatUsd(outcome.valueUsd)}: ${formatPercent(ratio)} of target, ${verdict}`,
      };
    });
}
