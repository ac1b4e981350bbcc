import type { ApiPair, ApiPairFigure } from '@/app/lib/api/schemas/pair';
import type { OverviewFigure, PairOverview } from '@/app/lib/dashboard/pair-overview';

/*
 * A pair as GET /api/pairs gives it (pairSchema): its statement count and
 * the line /pairs shows for it, when it has priced statements.
 */

function figureOf(f: OverviewFigure | null): ApiPairFigure | null {
  if (!f) return null;
  return {
    id: f.id,
    flow: f.flow,
    kind: f.kind,
    period_label: f.periodLabel,
    period_start: f.periodStart,
    period_end: f.periodEnd,
    value_usd: f.valueUsd,
    hedge: f.hedge,
    statement_date: f.statementDate,
    unsourced: f.unsourced,
  };
}

function overviewOf(o: PairOverview): NonNullable<ApiPair['overview']> {
  const worst = o.worstMiss;
  return {
    flow: o.flow,
    priced_statements: o.statementCount,
    targets: o.targets,
    met: o.met,
    missed: o.missed,
    worst_miss: worst && {
      flow: worst.target.flow,
      period_label: worst.target.periodLabel,
      target_usd: worst.target.valueUsd,
      hedge: worst.target.hedge,
      outcome_usd: worst.outcome.valueUsd,
      outcome_unsourced: worst.outcome.unsourced,
      // A balance has no share of target (a share of a signed amount misleads).
      share_of_target: worst.target.flow === 'balance' ? null : worst.ratio,
    },
    latest_reported: figureOf(o.latestReported),
    latest_target: figureOf(o.latestTarget),
    trend: o.trend.map((t) => ({ period_label: t.periodLabel, period_start: t.periodStart, value_usd: t.valueUsd })),
    summary: o.summary,
  };
}

/** A pair with `statementCount` live statements, and its overview if any of them is priced. */
export function pairJson(pair: string, statementCount: number, overview: PairOverview | undefined): ApiPair {
  const [a, b] = pair.split('-');
  // The overview knows which economy the pair is usually named from; without one, the key's order.
  const [first, second] = overview ? [overview.first, overview.second] : [a, b];
  const query = new URLSearchParams({ pair: `${first}-${second}` });
  return {
    pair,
    first,
    second,
    statement_count: statementCount,
    overview: overview ? overviewOf(overview) : null,
    dashboard_url: `/?pair=${first}-${second}${overview ? `&flow=${overview.flow}` : ''}`,
    statements_url: `/api/statements?${query}`,
    targets_url: `/api/targets?${query}`,
  };
}
