import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../app/lib/data/prepare';
import { SEED_STATEMENTS } from '../../app/lib/data/seed-statements';
import { eq } from 'drizzle-orm';
import { statementHistory, statements } from '../../db/schema';
import type { StatementInput } from '../../app/lib/domain/statement';
import { findDuplicate, insertStatement, updateStatement } from '../../app/lib/data/statement-writes';
import { validInput } from '../support/valid-input';
import { createTempDatabase } from '../support/temp-database';

let temp: ReturnType<typeof createTempDatabase>;
beforeEach(() => {
  temp = createTempDatabase();
});
afterEach(() => temp.dispose());

const input = (overrides: Record<string, string> = {}): StatementInput =>
  validInput({ sourceUrl: 'https://example.org/uzbek-kazakh-trade', ...overrides });

describe('the database', () => {
  it('runs in WAL mode with foreign keys on', () => {
    expect(temp.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(temp.db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('is seeded with every seed statement, once, however often it is opened', () => {
    const count = () => temp.db.select().from(statements).all().length;
    expect(count()).toBe(SEED_STATEMENTS.length);
    const again = prepareDatabase(temp.path);
    expect(again.select().from(statements).all().length).toBe(SEED_STATEMENTS.length);
    again.$client.close();
  });

  it('is not seeded again after its editors removed every statement', () => {
    temp.db.$client.exec('PRAGMA foreign_keys = OFF; DELETE FROM statements; PRAGMA foreign_keys = ON;');
    const again = prepareDatabase(temp.path);
    expect(again.select().from(statements).all()).toHaveLength(0);
    again.$client.close();
  });

  it('links the derived 2021 figure to the statement that implies it', () => {
    const rows = temp.db.select().from(statements).all();
    const derived = rows.find((r) => r.derivedFromId !== null && r.periodLabel === '2021')!;
    const parent = rows.find((r) => r.id === derived.derivedFromId)!;
    expect(parent).toMatchObject({ periodLabel: '2022', valueUsd: 1e9, hedge: 'approximately' });
    expect(derived.valueUsd).toBe(0.5e9);
  });

  it('seeds at least four pairs', () => {
    const pairs = new Set(temp.db.select().from(statements).all().map((r) => r.pair));
    expect(pairs.size).toBeGreaterThanOrEqual(4);
  });
});

describe('insertStatement', () => {
  it('stores a pair under one key whichever order it was entered in', () => {
    const ab = insertStatement(temp.db, input(), 'test');
    const ba = insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'UZB', period: '2020', valueText: '$3bn' }), 'test');
    expect(ab.ok && ba.ok).toBe(true);
    const rows = temp.db.select().from(statements).all().filter((r) => r.pair === 'KAZ-UZB');
    expect(rows).toHaveLength(2);
  });

  it('refuses the same figure from the same source twice and names the first', () => {
    const first = insertStatement(temp.db, input(), 'test');
    const second = insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'UZB' }), 'test');
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, reason: 'duplicate', existingId: first.ok ? first.id : -1 });
  });

  it('accepts the same figure from another source', () => {
    insertStatement(temp.db, input(), 'test');
    expect(insertStatement(temp.db, input({ sourceUrl: 'https://example.org/other' }), 'test').ok).toBe(true);
  });

  it('refuses a link to a statement that does not exist', () => {
    expect(insertStatement(temp.db, input({ derivedFromId: '99999' }), 'test')).toEqual({
      ok: false,
      reason: 'missing-parent',
      parentId: 99999,
    });
  });

  it('records when the statement was created and changed', () => {
    const result = insertStatement(temp.db, input(), 'test');
    const row = temp.db.select().from(statements).all().find((r) => result.ok && r.id === result.id)!;
    expect(row.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(row.updatedAt).toBe(row.createdAt);
  });

  it('tells the two directions of a pair apart by the economy goods leave', () => {
    const exports = insertStatement(temp.db, input({ flow: 'exports' }), 'test');
    expect(insertStatement(temp.db, input({ flow: 'exports' }), 'test')).toEqual({ ok: false, reason: 'duplicate', existingId: exports.ok ? exports.id : -1 });
    expect(insertStatement(temp.db, input({ flow: 'exports', economyA: 'KAZ', economyB: 'UZB' }), 'test').ok).toBe(true);
    expect(insertStatement(temp.db, input({ flow: 'imports' }), 'test').ok).toBe(true);
  });

  it('treats two figures without a source URL as from the same source', () => {
    const first = insertStatement(temp.db, input({ sourceUrl: '' }), 'test');
    expect(first.ok).toBe(true);
    expect(findDuplicate(temp.db, input({ sourceUrl: '' }))).toBe(first.ok ? first.id : -1);
    expect(findDuplicate(temp.db, input())).toBeNull();
  });

  it('keeps an imported statement\'s number and times unless the number is taken', () => {
    const history = { id: 5000, createdAt: '2021-01-01T00:00:00.000Z' };
    expect(insertStatement(temp.db, input(), 'import', history)).toEqual({ ok: true, id: 5000 });
    const row = temp.db.select().from(statements).where(eq(statements.id, 5000)).get()!;
    expect([row.createdAt, row.updatedAt]).toEqual([history.createdAt, history.createdAt]);
    const again = insertStatement(temp.db, input({ valueText: '$1bn' }), 'import', history);
    expect(again.ok && again.id).toBe(5001);
  });

  it('records the stored row, every column, as the history\'s "after"', () => {
    const result = insertStatement(temp.db, input({ notes: 'line one\nline two' }), 'editor-x');
    if (!result.ok) throw new Error('not saved');
    const row = temp.db.select().from(statements).where(eq(statements.id, result.id)).get()!;
    const [change] = temp.db.select().from(statementHistory).where(eq(statementHistory.statementId, result.id)).all();
    expect(change).toMatchObject({ action: 'created', editor: 'editor-x', before: null });
    expect(change.after).toBe(JSON.stringify(row));
    expect(Object.keys(JSON.parse(change.after!))).toEqual(Object.keys(row));
    expect(row).toMatchObject({ pair: 'KAZ-UZB', origin: null, deletedAt: null, notes: 'line one\nline two', derivedFromId: null });
  });

  it('stores a field a caller left out as empty', () => {
    const { notes: _notes, ...withoutNotes } = input({ notes: 'dropped' });
    const result = insertStatement(temp.db, withoutNotes as StatementInput, 'test');
    if (!result.ok) throw new Error('not saved');
    expect(temp.db.select().from(statements).where(eq(statements.id, result.id)).get()?.notes).toBeNull();
  });

  it('lets an edit keep its own figure but not take another\'s', () => {
    const first = insertStatement(temp.db, input(), 'test');
    const second = insertStatement(temp.db, input({ valueText: '$1bn' }), 'test');
    if (!first.ok || !second.ok) throw new Error('not saved');
    expect(updateStatement(temp.db, first.id, input({ quote: 'Now with a quote.' }), 'test')).toEqual({ ok: true, id: first.id });
    expect(updateStatement(temp.db, second.id, input(), 'test')).toEqual({ ok: false, reason: 'duplicate', existingId: first.id });
  });

  it('answers each of several databases from its own rows', () => {
    const other = createTempDatabase();
    try {
      const here = insertStatement(temp.db, input(), 'test');
      expect(findDuplicate(other.db, input())).toBeNull();
      expect(insertStatement(other.db, input(), 'test').ok).toBe(true);
      expect(findDuplicate(temp.db, input())).toBe(here.ok ? here.id : -1);
    } finally {
      other.dispose();
    }
  });
});
