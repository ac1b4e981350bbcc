import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../db/backup';
import { statementHistory, statements } from '../../db/schema';
import { changedFields } from '../../app/lib/statements/history-diff';
import { setStatementDeleted, updateStatement } from '../../app/lib/data/statement-edit-writes';
import { saveOne as insertStatement, validInput } from '../support/valid-input';
import { createTempDatabase } from '../support/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(() => temp.dispose());

const input = (valueText: string) => validInput({ economyA: 'ARM', economyB: 'GEO', period: '2022', valueText, statementDate: '2023-01-05' });

describe('editing, deleting and restoring', () => {
  it('records every step with the editor and the values before and after', async () => {
    const added = await insertStatement(temp.db, input('$800 million'), 'editor-a');
    if (!added.ok) throw new Error('not added');
    expect((await updateStatement(temp.db, added.id, input('$850 million'), 'editor-b')).ok).toBe(true);
    expect((await setStatementDeleted(temp.db, added.id, true, 'editor-b')).ok).toBe(true);
    expect((await setStatementDeleted(temp.db, added.id, false, 'editor-a')).ok).toBe(true);
    const history = temp.db.select().from(statementHistory).where(eq(statementHistory.statementId, added.id)).all();
    expect(history.map((h) => [h.action, h.editor])).toEqual([
      ['created', 'editor-a'],
      ['edited', 'editor-b'],
      ['deleted', 'editor-b'],
      ['restored', 'editor-a'],
    ]);
    expect(changedFields(history[1].before, history[1].after)).toEqual(
      expect.arrayContaining([{ field: 'valueUsd', before: '800000000', after: '850000000' }]),
    );
  });

  it('keeps a deleted statement in the table, marked, so nothing is lost', async () => {
    const added = await insertStatement(temp.db, input('$800 million'), 'editor');
    if (!added.ok) throw new Error('not added');
    await setStatementDeleted(temp.db, added.id, true, 'editor');
    const row = temp.db.select().from(statements).where(eq(statements.id, added.id)).get();
    expect(row?.deletedAt).toMatch(/^\d{4}-/);
    // The same figure can be entered again once the first is deleted, and the
    // deleted one cannot then be restored on top of it.
    const again = await insertStatement(temp.db, input('$800 million'), 'editor');
    expect(again.ok).toBe(true);
    expect(await setStatementDeleted(temp.db, added.id, false, 'editor')).toMatchObject({ ok: false, reason: 'duplicate' });
  });

  it('refuses an edit that would duplicate another statement', async () => {
    const a = await insertStatement(temp.db, input('$800 million'), 'editor');
    const b = await insertStatement(temp.db, input('$900 million'), 'editor');
    if (!a.ok || !b.ok) throw new Error('not added');
    expect(await updateStatement(temp.db, b.id, input('$800 million'), 'editor')).toEqual({ ok: false, reason: 'duplicate', existingId: a.id });
  });
});

describe('backups', () => {
  it('writes a consistent copy that restores to the same data', async () => {
    await insertStatement(temp.db, input('$800 million'), 'editor');
    const copy = await backupDatabase(temp.db, temp.path);
    expect(copy).toMatch(/backups\/tradewatch-.*-backup\.db$/);
    const restored = new Database(copy, { readonly: true });
    const dump = (db: Database.Database) => db.prepare('select * from statements order by id').all();
    expect(dump(restored)).toEqual(dump(temp.db.$client));
    restored.close();
  });
});
