import 'server-only';
import type { Db } from '../../../db/client';
import { getDb } from '../../../db/client';
import { todayIso } from '../domain/dates';
import { overviewOfPair, type OverviewFigure, type PairOverview } from '../dashboard/pair-overview';
import { allPairRevisions } from './pair-revisions';
import { TokenCache } from './token-cache';

// One line per pair, kept until that pair's statements change or the day does
// (verdicts depend on it): a write recomputes one pair, not all of them.
const overviews = new TokenCache<PairOverview | null>(10_000);

// Named so that the pair's figures come off the covering index; a
// database without statistics would otherwise pick a narrower index and read
// one table row per statement. Ordered by id as they were entered, so ties
// (which order the pair is named in) fall the same way every time.
const FIGURES_OF_PAIR = `
  select id, pair, economy_a as economyA, economy_b as economyB, flow, origin, kind,
    period_start as periodStart, period_end as periodEnd, period_label as periodLabel,
    value_usd as valueUsd, hedge, statement_date as statementDate, derived_from_id as derivedFromId
  from statements indexed by statements_pair_figures
  where pair = ? and deleted_at is null
  order by id`;

function figuresOfPair(db: Db, pair: string): OverviewFigure[] {
  return db.$client.prepare(FIGURES_OF_PAIR).all(pair) as OverviewFigure[];
}

/** Every pair with live statements, one overview each. */
export function fetchPairOverviews(): PairOverview[] {
  const db = getDb();
  const today = todayIso();
  return allPairRevisions(db).flatMap(({ pair, revision }) => {
    const overview = overviews.get(pair, `${revision}:${today}`, () => {
      const figures = figuresOfPair(db, pair);
      return figures.length ? overviewOfPair(figures, today) : null;
    });
    return overview ? [overview] : [];
  });
}
