import { and, eq, lte, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type Statement, type StatementChange, statementHistory, statements } from '../../../db/schema';
import { pairKey } from '../domain/pair';
import type { View } from '../dashboard/view';
import { inIds, jsonField } from './sql-dialect';
import { matchesView } from './statement-filter';

/*
 * A pinned view: a view's statements as the record stood at an instant, so a
 * published chart or link never drifts. Every write records a history row
 * whose `after` is the statement row as JSON (statement-row-writes.ts
 * recordChange, import/commit-steps.ts), so only statements with a history
 * row after the instant need their history read; the rest are as they stand
 * now. The history is the record, not the row's own dates: an import keeps
 * the created_at of the file it came from, but its "created" row is dated
 * when it was imported.
 */

/** Newest statement first, as the live reads order a view (statement-reads.ts viewRows). */
const newestFirst = (a: Statement, b: Statement) => (a.statementDate === b.statementDate ? b.id - a.id : a.statementDate < b.statementDate ? 1 : -1);

/** A statement row as a history entry wrote it; fields a later migration added keep their current value. */
function rowFrom(current: Statement, json: string): Statement {
  return { ...current, ...(JSON.parse(json) as Partial<Statement>), id: current.id };
}

/**
 * A statement changed since `instant`, as it stood then (null: absent). Its
 * last change at or before the instant says so. Without one, a statement first
 * recorded after the instant was not on record (an import that kept an
 * earlier created_at); one whose earlier history is missing (stored before
 * history was kept) stood as its first later change found it.
 */
export function stateAt(current: Statement, changes: StatementChange[], instant: string): Statement | null {
  const last = changes.filter((c) => c.at <= instant).at(-1);
  if (last) return last.action === 'deleted' || last.after === null ? null : rowFrom(current, last.after);
  const next = changes.find((c) => c.at > instant);
  if (!next) return current;
  if (next.action === 'created') return null;
  return next.before ? rowFrom(current, next.before) : current;
}

/** Statements with a history row after the instant: the only ones that may have stood otherwise then (read off statement_history_at). */
async function changedAfter(db: Db, instant: string): Promise<Set<number>> {
  const rows = await db.selectDistinct({ id: statementHistory.statementId }).from(statementHistory).where(sql`${statementHistory.at} > ${instant}`);
  return new Set(rows.map((r) => r.id));
}

/** Changes of these statements, oldest first, by statement. */
async function changesOf(db: Db, ids: number[]): Promise<Map<number, StatementChange[]>> {
  const byStatement = new Map<number, StatementChange[]>();
  if (ids.length === 0) return byStatement;
  const rows = await db
    .select()
    .from(statementHistory)
    .where(inIds(db, statementHistory.statementId, ids))
    .orderBy(statementHistory.statementId, statementHistory.at, statementHistory.id);
  for (const row of rows) {
    const list = byStatement.get(row.statementId);
    if (list) list.push(row);
    else byStatement.set(row.statementId, [row]);
  }
  return byStatement;
}

/** Statements of another pair now that an edit after the instant moved out of `pair`. */
async function movedOutOf(db: Db, pair: string, instant: string): Promise<Statement[]> {
  return db
    .select()
    .from(statements)
    .where(
      and(
        lte(statements.createdAt, instant),
        sql`${statements.pair} <> ${pair}`,
        sql`${statements.id} in (select statement_id from statement_history
          where at > ${instant} and action = 'edited' and ${jsonField(db, sql`before`, 'pair')} = ${pair})`,
      ),
    );
}

/**
 * The statements of a view (or all, for null) as they stood at `instant` (an
 * ISO timestamp, see asofInstant), stored as they were (balances from their
 * stater's side, as the CSV writes them), newest statement first. Statements
 * created after it are absent; of those created by then, the ones with no
 * history after it are as they stand now (absent if deleted), and the rest
 * are read from their history (stateAt). A pair's statements are read by pair alone,
 * whatever their flow now, since an edit may have changed it.
 */
export async function statementsAsOf(db: Db, view: View | null, instant: string): Promise<Statement[]> {
  const pair = view?.pair ? pairKey(view.pair.first, view.pair.second) : null;
  const existing = await db
    .select()
    .from(statements)
    .where(and(pair === null ? undefined : eq(statements.pair, pair), lte(statements.createdAt, instant)));
  const candidates = pair === null ? existing : [...existing, ...(await movedOutOf(db, pair, instant))];
  const changed = await changedAfter(db, instant);
  const changedSince = (s: Statement) => changed.has(s.id);
  const changes = await changesOf(db, candidates.filter(changedSince).map((s) => s.id));
  const states: Statement[] = [];
  for (const s of candidates) {
    const state = changedSince(s) ? stateAt(s, changes.get(s.id) ?? [], instant) : s;
    if (state && matchesView(view, state)) states.push(state);
  }
  return states.sort(newestFirst);
}
