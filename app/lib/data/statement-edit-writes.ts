import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type Statement, type StatementChange, statementHistory, statements } from '../../../db/schema';
import { checkStatement, type StatementCandidate, type StatementErrors } from '../domain/statement-rules';
import { keepRateOrigin, withTableRate } from './price-statement';
import { canonicalRow, type Editor, nowIso, parentProblem, readRow, recordChange, sameFigureId } from './statement-row-writes';
import { writeTransaction } from './write-transaction';

export type ChangeResult =
  | { ok: true; id: number }
  | { ok: false; reason: 'duplicate'; existingId: number }
  | { ok: false; reason: 'refused'; errors: StatementErrors }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'stale'; current: Statement; since: StatementChange[] };

/** The history of a statement after a moment: what others changed while an editor had it open. */
function changesSince(db: Db, id: number, at: string): Promise<StatementChange[]> {
  return db
    .select()
    .from(statementHistory)
    .where(and(eq(statementHistory.statementId, id), gt(statementHistory.at, at)))
    .orderBy(asc(statementHistory.at), asc(statementHistory.id));
}

/**
 * Replaces a statement's values after the core's rules, keeping the old ones
 * in its history. `loadedVersion` is the statement's updatedAt when the editor
 * opened it: if it has changed since, nothing is written and the result says
 * what the other change was, so a second save never silently undoes a first.
 */
export async function updateStatement(db: Db, id: number, candidate: StatementCandidate, editor: Editor, loadedVersion: string | null = null): Promise<ChangeResult> {
  return writeTransaction(db, async (tx): Promise<ChangeResult> => {
    const before = await readRow(tx, id);
    if (!before) return { ok: false, reason: 'not-found' };
    const check = checkStatement(await withTableRate(tx, keepRateOrigin(before, candidate)));
    if (!check.ok) return { ok: false, reason: 'refused', errors: check.errors };
    const input = check.statement;
    if (loadedVersion !== null && before.updatedAt !== loadedVersion) return { ok: false, reason: 'stale', current: before, since: await changesSince(tx, id, loadedVersion) };
    const existingId = await sameFigureId(tx, input, id);
    if (existingId !== null) return { ok: false, reason: 'duplicate', existingId };
    const problem = await parentProblem(tx, input, id);
    if (problem) return { ok: false, reason: 'refused', errors: problem };
    const [after] = await tx.update(statements).set({ ...canonicalRow(input), updatedAt: nowIso() }).where(eq(statements.id, id)).returning();
    await recordChange(tx, id, 'edited', editor, before, after);
    return { ok: true, id };
  });
}

/**
 * Marks a statement deleted (or live again); the row itself is never removed.
 * With `loadedVersion` (a proposal's), refused as stale when the statement
 * changed since that version was read.
 */
export async function setStatementDeleted(db: Db, id: number, deleted: boolean, editor: Editor, loadedVersion: string | null = null): Promise<ChangeResult> {
  return writeTransaction(db, async (tx): Promise<ChangeResult> => {
    const before = await readRow(tx, id);
    if (!before) return { ok: false, reason: 'not-found' };
    if (loadedVersion !== null && before.updatedAt !== loadedVersion) return { ok: false, reason: 'stale', current: before, since: await changesSince(tx, id, loadedVersion) };
    if ((before.deletedAt !== null) === deleted) return { ok: true, id };
    if (!deleted) {
      const existingId = await sameFigureId(tx, before, id);
      if (existingId !== null) return { ok: false, reason: 'duplicate', existingId };
    }
    const [after] = await tx
      .update(statements)
      .set({ deletedAt: deleted ? nowIso() : null, updatedAt: nowIso() })
      .where(eq(statements.id, id))
      .returning();
    await recordChange(tx, id, deleted ? 'deleted' : 'restored', editor, before, after);
    return { ok: true, id };
  });
}
