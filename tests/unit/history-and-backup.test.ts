import Database from 'better-sqlite3';
import { Worker } from 'node:worker_threads';
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

describe('a backup while writes continue', () => {
  // Large enough that SQLite's default 100-page steps take longer than the
  // gap between two writes, so a backup that restarts on every write never ends.
  const PADDING_MB = 96;

  it('finishes while another connection writes every 200 ms, and restores to a consistent copy', async () => {
    const sqlite = temp.db.$client;
    sqlite.exec('create table padding (b blob)');
    sqlite.prepare('with recursive n(i) as (select 1 union all select i + 1 from n where i < ?) insert into padding (b) select randomblob(65536) from n').run(PADDING_MB * 16);
    await insertStatement(temp.db, input('$800 million'), 'editor');
    const count = () => (sqlite.prepare('select count(*) as n from statement_history').get() as { n: number }).n;
    const before = count();

    // A writer in another thread, on its own connection, as the app writes beside `npm run db:backup`.
    const writer = new Worker(WRITER_SOURCE, { eval: true, workerData: { path: temp.path, everyMs: 200 } });
    await new Promise((resolve) => writer.once('message', resolve));
    const started = performance.now();
    let copy: string;
    try {
      copy = await backupDatabase(temp.db, temp.path);
    } finally {
      writer.postMessage('stop');
      await new Promise((resolve) => writer.once('exit', resolve));
    }
    const seconds = (performance.now() - started) / 1000;
    const after = count();
    expect(after).toBeGreaterThan(before);

    const restored = new Database(copy, { readonly: true });
    try {
      expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(restored.pragma('foreign_key_check')).toEqual([]);
      const copied = (restored.prepare('select count(*) as n from statement_history').get() as { n: number }).n;
      expect(copied).toBeGreaterThanOrEqual(before);
      expect(copied).toBeLessThanOrEqual(after);
      // Each write adds a statement and its history row together: the copy has both or neither.
      const orphans = restored.prepare("select count(*) as n from statements s where not exists (select 1 from statement_history h where h.statement_id = s.id)").get() as { n: number };
      expect(orphans.n).toBe(0);
    } finally {
      restored.close();
    }
    expect(seconds).toBeLessThan(30);
  }, 60_000);
});

/** Every `everyMs`, copies the newest statement and records its history row, in one transaction. */
const WRITER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require('better-sqlite3');
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
const columns = db.prepare('select name from pragma_table_info(?) where name <> ?').pluck().all('statements', 'id').join(', ');
const write = db.transaction(() => {
  const { lastInsertRowid } = db.prepare('insert into statements (' + columns + ') select ' + columns + ' from statements where id = (select max(id) from statements)').run();
  db.prepare("insert into statement_history (statement_id, action, editor, at) values (?, 'created', 'writer', datetime('now'))").run(lastInsertRowid);
});
write();
parentPort.postMessage('ready');
const timer = setInterval(write, workerData.everyMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); process.exit(0); });
`;
