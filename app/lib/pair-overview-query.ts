import 'server-only';
import { isNull } from 'drizzle-orm';
import { getDb } from '../../db/client';
import { statements } from '../../db/schema';
import { changeStamp } from './change-stamp';
import { todayIso } from './dates';
import { buildPairOverviews, type OverviewFigure, type PairOverview } from './pair-overview';

// The overview reads every statement, so it is kept until the data or the day changes.
let cached: { stamp: string; overviews: PairOverview[] } | null = null;

export function fetchPairOverviews(): PairOverview[] {
  const db = getDb();
  const stamp = `${changeStamp(db)}:${todayIso()}`;
  if (cached?.stamp === stamp) return cached.overviews;
  const figures: OverviewFigure[] = db
    .select({
      id: statements.id,
      pair: statements.pair,
      economyA: statements.economyA,
      economyB: statements.economyB,
      flow: statements.flow,
      origin: statements.origin,
      kind: statements.kind,
      periodStart: statements.periodStart,
      periodEnd: statements.periodEnd,
      periodLabel: statements.periodLabel,
      valueUsd: statements.valueUsd,
      hedge: statements.hedge,
      statementDate: statements.statementDate,
      derivedFromId: statements.derivedFromId,
    })
    .from(statements)
    .where(isNull(statements.deletedAt))
    .all();
  cached = { stamp, overviews: buildPairOverviews(figures, todayIso()) };
  return cached.overviews;
}
