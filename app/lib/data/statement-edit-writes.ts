import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { statements } from '../../../db/schema';
import { checkStatement, type StatementCandidate, type StatementErrors } from '../domain/statement-rules';
import { canonicalRow, type Editor, nowIso, parentProblem, readRow, recordChange, sameFigureId } from './statement-row-writes';

export type ChangeResult =
  | { ok: true; id: number }
  | { ok: false; reason: 'duplicate'; existingId: number }
  | { ok: false; reason: 'refused'; errors: StatementErrors }
  | { ok: false; reason: 'not-found' };

/** Replaces a statement's values after the core's rules, keeping the old ones in its history. */
export async function updateStatement(db: Db, id: number, candidate: StatementCandidate, editor: Editor): Promise<ChangeResult> {
  const check = checkStatement(candidate);
  if (!check.ok) return { ok: false, reason: 'refused', errors: check.errors };
  const input = check.statement;
  const update = db.$client.transaction((): ChangeResult => {
    const before = readRow(db, id);
    if (!before) return { ok: false, reason: 'not-found' };
    const existingId = sameFigureId(db, input, id);
    if (existingId !== null) return { ok: false, reason: 'duplicate', existingId };
    const problem = parentProblem(db, input, id);
    if (problem) return { ok: false, reason: 'refused', errors: problem };
    const after = db.update(statements).set({ ...canonicalRow(input), updatedAt: nowIso() }).where(eq(statements.id, id)).returning().get();
    recordChange(db, id, 'edited', editor, before, after);
    return { ok: true, id };
  });
  return update.immediate();
}

/** Marks a statement deleted (or live again); the row itself is never removed. */
export async function setStatementDeleted(db: Db, id: number, deleted: boolean, editor: Editor): Promise<ChangeResult> {
  const change = db.$client.transaction((): ChangeResult => {
    const before = readRow(db, id);
    if (!before) return { ok: false, reason: 'not-found' };
    if ((before.deletedAt !== null) === deleted) return { ok: true, id };
    if (!deleted) {
      const existingId = sameFigureId(db, before, id);
      if (existingId !== null) return { ok: false, reason: 'duplicate', existingId };
    }
    const after = db
      .update(statements)
      .set({ deletedAt: deleted ? nowIso() : null, updatedAt: nowIso() })
      .where(eq(statements.id, id))
      .returning()
      .get();
    recordChange(db, id, deleted ? 'deleted' : 'restored', editor, before, after);
    return { ok: true, id };
  });
  return change.immediate();
}
