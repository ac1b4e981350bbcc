import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { statements, targetVerdicts } from '../../../db/schema';
import type { Settlement } from '../domain/vocabulary';
import { tableAlias } from './sql-dialect';

/*
 * A target with its date-free verdict and the reported figure it was judged
 * against, as both the data package's targets.csv (package-reads.ts) and
 * GET /api/targets (target-list-reads.ts) read it: one select, one shape.
 */

/** One target with its date-free verdict and the reported figure it rests on (null when there is none). */
export interface TargetVerdictRow {
  targetId: number;
  pair: string;
  economyA: string;
  economyB: string;
  flow: string;
  periodLabel: string;
  periodStart: string;
  periodEnd: string;
  valueUsd: number | null;
  hedge: string;
  valueText: string;
  speaker: string | null;
  organisation: string | null;
  outlet: string | null;
  sourceUrl: string | null;
  statementDate: string;
  settled: Settlement;
  ratio: number | null;
  outcome: { id: number; flow: string; economyA: string; origin: string | null; valueUsd: number | null; outlet: string | null; sourceUrl: string | null; quote: string | null } | null;
}

/** Live targets joined to their verdicts and their (live) outcomes; the caller adds its conditions, order and limit. */
export function selectTargetVerdicts(db: Pick<BetterSQLite3Database, 'select'>) {
  const outcome = tableAlias(db, statements, 'outcome');
  return db
    .select({
      targetId: statements.id,
      pair: statements.pair,
      economyA: statements.economyA,
      economyB: statements.economyB,
      flow: statements.flow,
      periodLabel: statements.periodLabel,
      periodStart: statements.periodStart,
      periodEnd: statements.periodEnd,
      valueUsd: statements.valueUsd,
      hedge: statements.hedge,
      valueText: statements.valueText,
      speaker: statements.speaker,
      organisation: statements.organisation,
      outlet: statements.outlet,
      sourceUrl: statements.sourceUrl,
      statementDate: statements.statementDate,
      settled: targetVerdicts.settled,
      ratio: targetVerdicts.ratio,
      outcomeId: outcome.id,
      outcomeFlow: outcome.flow,
      outcomeEconomyA: outcome.economyA,
      outcomeOrigin: outcome.origin,
      outcomeValueUsd: outcome.valueUsd,
      outcomeOutlet: outcome.outlet,
      outcomeSourceUrl: outcome.sourceUrl,
      outcomeQuote: outcome.quote,
    })
    .from(targetVerdicts)
    .innerJoin(statements, eq(statements.id, targetVerdicts.statementId))
    .leftJoin(outcome, and(eq(outcome.id, targetVerdicts.outcomeId), isNull(outcome.deletedAt)));
}

type SelectedRow = Awaited<ReturnType<ReturnType<typeof selectTargetVerdicts>['all']>>[number];

/** A selected row with its outcome's columns gathered into `outcome`. */
export function targetVerdictRow({ outcomeId, outcomeFlow, outcomeEconomyA, outcomeOrigin, outcomeValueUsd, outcomeOutlet, outcomeSourceUrl, outcomeQuote, ...target }: SelectedRow): TargetVerdictRow {
  return {
    ...target,
    outcome:
      outcomeId === null
        ? null
        : { id: outcomeId, flow: outcomeFlow!, economyA: outcomeEconomyA!, origin: outcomeOrigin, valueUsd: outcomeValueUsd, outlet: outcomeOutlet, sourceUrl: outcomeSourceUrl, quote: outcomeQuote },
  };
}
