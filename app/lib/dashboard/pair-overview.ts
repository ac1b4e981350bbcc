import type { Flow } from '../domain/vocabulary';
import { formatPercent } from '../domain/format';
import { isPartialYear } from '../domain/period-parse';
import { type Figure, judgeTargets, preferredPerPeriod, type TargetOutcome } from '../domain/verdicts';

/** A statement reduced to what the overview needs. */
export interface OverviewFigure extends Figure {
  pair: string;
  economyA: string;
  economyB: string;
  flow: Flow;
  origin: string | null;
}

export interface PairOverview {
  key: string;
  first: string;
  second: string;
  flow: Flow;
  statementCount: number;
  /** Full-period reported figures, one per period, for the trend line. */
  trend: { periodLabel: string; periodStart: string; valueUsd: number }[];
  latestReported: OverviewFigure | null;
  latestTarget: OverviewFigure | null;
  met: number;
  missed: number;
  targets: number;
  worstMiss: TargetOutcome<OverviewFigure> | null;
  summary: string;
}

/** The flow a pair is summarised by: total trade when stated, else its most documented direction. */
function mainMeasure(figures: OverviewFigure[]): { flow: Flow; origin: string | null } {
  if (figures.some((f) => f.flow === 'total')) return { flow: 'total', origin: null };
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(f.origin ?? '', (counts.get(f.origin ?? '') ?? 0) + 1);
  const origin = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return { flow: 'exports', origin };
}

function summarise(o: Omit<PairOverview, 'summary'>, since: string): string {
  if (o.targets === 0) {
    return o.latestReported ? `No targets recorded; latest reported figure is for ${o.latestReported.periodLabel}.` : 'No targets recorded.';
  }
  const head = `${o.targets} target${o.targets === 1 ? '' : 's'} announced since ${since}; ${o.met} met`;
  const worst = o.worstMiss;
  return worst && worst.ratio !== null
    ? `${head}; ${worst.target.periodLabel} came in at ${formatPercent(worst.ratio)} of target.`
    : `${head}; ${o.missed} missed.`;
}

/** One pair's line in the overview, from all its statements. */
export function overviewOfPair(figures: OverviewFigure[], today: string): PairOverview {
  const measure = mainMeasure(figures);
  const main = figures.filter((f) => (measure.flow === 'total' ? f.flow === 'total' : f.flow !== 'total' && f.origin === measure.origin));
  const reported = main.filter((f) => f.kind === 'reported' && f.derivedFromId === null);
  const projected = main.filter((f) => f.kind === 'projected');
  const verdicts = judgeTargets(main, today);
  const missed = verdicts.filter((v) => v.verdict === 'missed');
  const worstMiss = missed.sort((a, b) => (a.ratio ?? 1) - (b.ratio ?? 1))[0] ?? null;
  // The pair in the order it is most often stated, so "exports" reads as the first economy's.
  const sample = main[0] ?? figures[0];
  const first = measure.origin ?? sample.economyA;
  const second = first === sample.economyA ? sample.economyB : sample.economyA;
  const overview = {
    key: sample.pair,
    first,
    second,
    flow: measure.flow,
    statementCount: figures.length,
    trend: preferredPerPeriod(reported.filter((f) => !isPartialYear(f.periodStart, f.periodEnd))).map((f) => ({
      periodLabel: f.periodLabel,
      periodStart: f.periodStart,
      valueUsd: f.valueUsd,
    })),
    latestReported: [...reported].sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.statementDate.localeCompare(a.statementDate))[0] ?? null,
    latestTarget: [...projected].sort((a, b) => b.statementDate.localeCompare(a.statementDate) || b.id - a.id)[0] ?? null,
    met: verdicts.filter((v) => v.verdict === 'met').length,
    missed: missed.length,
    targets: verdicts.length,
    worstMiss,
  };
  const since = projected.map((p) => p.statementDate).sort()[0]?.slice(0, 4) ?? '';
  return { ...overview, summary: summarise(overview, since) };
}
