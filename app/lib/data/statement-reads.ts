import 'server-only';
import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { pairOrders, type Statement, type StatementChange, statementHistory, statements } from '../../../db/schema';
import type { Pair } from '../domain/pair';
import { viewCondition } from './statement-filter';
import type { View } from '../dashboard/view';

export interface PairSummary extends Pair {
  key: string;
  statementCount: number;
}

/**
 * Every pair with live statements, most documented first, in the order it is
 * usually stated. Reads the trigger-kept counts in pair_orders (a few hundred
 * rows), not the statements themselves.
 */
export function fetchPairs(): PairSummary[] {
  const rows = getDb().select().from(pairOrders).where(gt(pairOrders.liveStatements, 0)).all();
  const byKey = new Map<string, PairSummary & { best: number }>();
  for (const row of rows) {
    const known = byKey.get(row.pair);
    const n = row.liveStatements;
    if (!known) byKey.set(row.pair, { key: row.pair, first: row.economyA, second: row.economyB, statementCount: n, best: n });
    else {
      known.statementCount += n;
      if (n > known.best) Object.assign(known, { first: row.economyA, second: row.economyB, best: n });
    }
  }
  return [...byKey.values()]
    .map(({ best: _best, ...pair }) => pair)
    .sort((a, b) => b.statementCount - a.statementCount || a.key.localeCompare(b.key));
}

/** The statements a view shows, newest statement first. */
export function fetchViewStatements(view: View): Statement[] {
  return getDb()
    .select()
    .from(statements)
    .where(viewCondition(view))
    .orderBy(desc(statements.statementDate), desc(statements.id))
    .all();
}

/** One page of a view's statements, newest first: read straight off the statements_view_newest index. */
export function fetchViewPage(view: View, offset: number, limit: number): Statement[] {
  return getDb()
    .select()
    .from(statements)
    .where(viewCondition(view))
    .orderBy(desc(statements.statementDate), desc(statements.id))
    .limit(limit)
    .offset(offset)
    .all();
}

export function fetchStatement(id: number): Statement | undefined {
  return getDb().select().from(statements).where(eq(statements.id, id)).get();
}

/** The figures implied by a statement, such as a baseline from "a twofold rise". */
export function fetchDerivedStatements(id: number): Statement[] {
  return getDb()
    .select()
    .from(statements)
    .where(and(eq(statements.derivedFromId, id), isNull(statements.deletedAt)))
    .orderBy(statements.periodStart)
    .all();
}

/** Other figures of the same kind for the same pair, flow, direction and period: what a figure can disagree with. */
export function fetchSamePeriodFigures(s: Statement): Statement[] {
  return getDb()
    .select()
    .from(statements)
    .where(
      and(
        eq(statements.pair, s.pair),
        eq(statements.flow, s.flow),
        s.origin === null ? isNull(statements.origin) : eq(statements.origin, s.origin),
        eq(statements.kind, s.kind),
        eq(statements.periodStart, s.periodStart),
        eq(statements.periodEnd, s.periodEnd),
        ne(statements.id, s.id),
        isNull(statements.deletedAt),
      ),
    )
    .orderBy(desc(statements.statementDate))
    .all();
}

/** A statement's changes, oldest first. */
export function fetchStatementHistory(id: number): StatementChange[] {
  return getDb().select().from(statementHistory).where(eq(statementHistory.statementId, id)).orderBy(statementHistory.at, statementHistory.id).all();
}
