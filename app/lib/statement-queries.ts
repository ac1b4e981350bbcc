import 'server-only';
import { and, count, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { getDb } from '../../db/client';
import { type Statement, type StatementChange, statementHistory, statements } from '../../db/schema';
import type { Pair } from './pair';
import { changeStamp } from './change-stamp';
import { viewCondition } from './statement-filter';
import type { View } from './view';

export interface PairSummary extends Pair {
  key: string;
  statementCount: number;
}

// Counting every statement by pair reads the whole table, so the answer is kept until the data changes.
let cachedPairs: { stamp: string; pairs: PairSummary[] } | null = null;

/** Every pair with statements, most documented first, in the order it is usually stated. */
export function fetchPairs(): PairSummary[] {
  const stamp = changeStamp(getDb());
  if (cachedPairs?.stamp !== stamp) cachedPairs = { stamp, pairs: countPairs() };
  return cachedPairs.pairs;
}

function countPairs(): PairSummary[] {
  const rows = getDb()
    .select({
      key: statements.pair,
      first: statements.economyA,
      second: statements.economyB,
      n: count(),
    })
    .from(statements)
    .where(isNull(statements.deletedAt))
    .groupBy(statements.pair, statements.economyA, statements.economyB)
    .all();
  const byKey = new Map<string, PairSummary & { best: number }>();
  for (const row of rows) {
    const known = byKey.get(row.key);
    if (!known) byKey.set(row.key, { key: row.key, first: row.first, second: row.second, statementCount: row.n, best: row.n });
    else {
      known.statementCount += row.n;
      if (row.n > known.best) Object.assign(known, { first: row.first, second: row.second, best: row.n });
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
