import { and, eq, gte, inArray, isNull, lte, type SQL } from 'drizzle-orm';
import { type Statement, statements } from '../../../db/schema';
import { pairKey } from '../domain/pair';
import type { View } from '../dashboard/view';

/**
 * The SQL condition for a view, shared by the dashboard and the CSV export so
 * that a download holds exactly what the screen shows. A directed flow matches
 * by where goods leave, so "Kazakhstan's exports to Afghanistan" also finds
 * "Afghanistan's imports from Kazakhstan". Without a view: every live statement.
 * Deleted statements are never shown or exported.
 */
export function viewCondition(view: View | null): SQL | undefined {
  const conditions: SQL[] = [isNull(statements.deletedAt)];
  if (!view) return conditions[0];
  if (view.pair) {
    const { first, second } = view.pair;
    conditions.push(eq(statements.pair, pairKey(first, second)));
    // Total trade and a balance are each their own flow; a balance is read from
    // both sides (the dashboard flips the other side's sign: seenFrom).
    if (view.flow === 'total' || view.flow === 'balance') conditions.push(eq(statements.flow, view.flow));
    else {
      conditions.push(inArray(statements.flow, ['exports', 'imports']));
      conditions.push(eq(statements.origin, view.flow === 'exports' ? first : second));
    }
  }
  if (view.from !== null) conditions.push(gte(statements.periodEnd, `${view.from}-01-01`));
  if (view.to !== null) conditions.push(lte(statements.periodStart, `${view.to}-12-31`));
  return and(...conditions);
}

/** The fields of a statement a view's condition reads. */
type Filtered = Pick<Statement, 'pair' | 'flow' | 'origin' | 'periodStart' | 'periodEnd' | 'deletedAt'>;

/**
 * viewCondition for one statement in hand, for a pinned view, whose rows are
 * the statements as they stood then (read from the history, not by SQL).
 * tests/unit/view-as-of.test.ts holds the two to the same answer.
 */
export function matchesView(view: View | null, s: Filtered): boolean {
  if (s.deletedAt !== null) return false;
  if (!view) return true;
  if (view.pair) {
    const { first, second } = view.pair;
    if (s.pair !== pairKey(first, second)) return false;
    if (view.flow === 'total' || view.flow === 'balance') {
      if (s.flow !== view.flow) return false;
    } else if ((s.flow !== 'exports' && s.flow !== 'imports') || s.origin !== (view.flow === 'exports' ? first : second)) return false;
  }
  if (view.from !== null && s.periodEnd < `${view.from}-01-01`) return false;
  if (view.to !== null && s.periodStart > `${view.to}-12-31`) return false;
  return true;
}
