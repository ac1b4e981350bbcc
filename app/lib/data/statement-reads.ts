import 'server-only';
import { and, desc, eq, gt, isNull, ne, type SQL } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { pairOrders, type Statement, type StatementChange, statementHistory, statements } from '../../../db/schema';
import { seenFrom } from '../domain/balance-side';
import { type Pair, pairKey } from '../domain/pair';
import { asofInstant } from '../dashboard/asof';
import { type View, viewDataQuery } from '../dashboard/view';
import { pairRevision } from './pair-revisions';
import { viewCondition } from './statement-filter';
import { cacheFor } from './token-cache';
import { statementsAsOf } from './view-as-of';

// Every read is async, though better-sqlite3 answers synchronously, and awaits
// drizzle's query rather than calling SQLite's .all() or .get(): the same
// read then runs on PostgreSQL (app/lib/data/sql-dialect.ts).

export interface PairSummary extends Pair {
  key: string;
  statementCount: number;
}

/**
 * Every pair with live statements, most documented first, in the order it is
 * usually stated. Reads the trigger-kept counts in pair_orders (a few hundred
 * rows), not the statements themselves.
 */
export async function fetchPairs(): Promise<PairSummary[]> {
  const rows = await getDb().select().from(pairOrders).where(gt(pairOrders.liveStatements, 0));
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

/** A view's statements newest first, balances seen from the view's first economy; `page` cuts one page off the statements_view_newest index. */
async function viewRows(view: View, page?: { offset: number; limit: number }): Promise<Statement[]> {
  const query = getDb().select().from(statements).where(viewCondition(view)).orderBy(desc(statements.statementDate), desc(statements.id));
  const rows = await (page ? query.limit(page.limit).offset(page.offset) : query);
  const first = view.pair?.first;
  return first ? rows.map((s) => seenFrom(first, s)) : rows;
}

// A pinned view's statements, kept until its pair changes. Few: each may hold a whole pair.
const pinnedRowsOf = (db: object) => cacheFor<Promise<Statement[]>>('pinned view rows', db, 8);

/** A pinned view's statements as they stood at its moment, newest first, balances seen from its first economy. */
async function pinnedRows(view: View & { asof: string }): Promise<Statement[]> {
  const db = getDb();
  const read = async () => {
    const rows = await statementsAsOf(db, view, asofInstant(view.asof));
    const first = view.pair?.first;
    return first ? rows.map((s) => seenFrom(first, s)) : rows;
  };
  if (!view.pair) return read();
  const revision = await pairRevision(db, pairKey(view.pair.first, view.pair.second));
  return pinnedRowsOf(db).getAsync(viewDataQuery(view), String(revision), read);
}

const isPinned = (view: View): view is View & { asof: string } => Boolean(view.asof);

/** The statements a view shows, newest statement first: for a pinned view, as they stood at its moment. */
export async function fetchViewStatements(view: View): Promise<Statement[]> {
  return isPinned(view) ? pinnedRows(view) : viewRows(view);
}

/** One page of a view's statements, newest first. */
export async function fetchViewPage(view: View, offset: number, limit: number): Promise<Statement[]> {
  return isPinned(view) ? (await pinnedRows(view)).slice(offset, offset + limit) : viewRows(view, { offset, limit });
}

export async function fetchStatement(id: number): Promise<Statement | undefined> {
  const [row] = await getDb().select().from(statements).where(eq(statements.id, id)).limit(1);
  return row;
}

/** The figures implied by a statement, such as a baseline from "a twofold rise". */
export async function fetchDerivedStatements(id: number): Promise<Statement[]> {
  return getDb()
    .select()
    .from(statements)
    .where(and(eq(statements.derivedFromId, id), isNull(statements.deletedAt)))
    .orderBy(statements.periodStart);
}

/**
 * Other figures of the same kind for the same pair, flow, direction and
 * period: what a figure can disagree with. A balance is compared with both
 * sides' balances, seen from its own side.
 */
export async function fetchSamePeriodFigures(s: Statement): Promise<Statement[]> {
  const direction: SQL[] = s.flow === 'balance' ? [] : [s.origin === null ? isNull(statements.origin) : eq(statements.origin, s.origin)];
  const rows = await getDb()
    .select()
    .from(statements)
    .where(
      and(
        eq(statements.pair, s.pair),
        eq(statements.flow, s.flow),
        ...direction,
        eq(statements.kind, s.kind),
        eq(statements.periodStart, s.periodStart),
        eq(statements.periodEnd, s.periodEnd),
        ne(statements.id, s.id),
        isNull(statements.deletedAt),
      ),
    )
    .orderBy(desc(statements.statementDate), desc(statements.id));
  return rows.map((o) => seenFrom(s.economyA, o));
}

/** A statement's changes, oldest first. */
export async function fetchStatementHistory(id: number): Promise<StatementChange[]> {
  return getDb().select().from(statementHistory).where(eq(statementHistory.statementId, id)).orderBy(statementHistory.at, statementHistory.id);
}
