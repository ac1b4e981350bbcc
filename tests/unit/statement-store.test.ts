import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../app/lib/data/prepare';
import { SEED_STATEMENTS } from '../../app/lib/data/seed-statements';
import { eq } from 'drizzle-orm';
import { statementHistory, statements } from '../../db/schema';
import type { StatementInput } from '../../app/lib/domain/statement';
import { findDuplicate, saveStatements } from '../../app/lib/data/statement-writes';
import { updateStatement } from '../../app/lib/data/statement-edit-writes';
import { saveOne as insertStatement, validInput } from '../support/valid-input';
import { createTempDatabase } from '../support/temp-database';

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
beforeEach(async () => {
  temp = await createTempDatabase();
});
afterEach(() => temp.dispose());

const input = (overrides: Record<string, string> = {}): StatementInput =>
  validInput({ sourceUrl: 'https://example.org/uzbek-kazakh-trade', ...overrides });

describe('the database', () => {
  it('runs in WAL mode with foreign keys on', async () => {
    expect(temp.db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(temp.db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('is seeded with every seed statement, once, however often it is opened', async () => {
    const count = () => temp.db.select().from(statements).all().length;
    expect(count()).toBe(SEED_STATEMENTS.length);
    const again = await prepareDatabase(temp.path);
    expect(again.select().from(statements).all().length).toBe(SEED_STATEMENTS.length);
    again.$client.close();
  });

  it('is not seeded again after its editors removed every statement', async () => {
    temp.db.$client.exec('PRAGMA foreign_keys = OFF; DELETE FROM statements; PRAGMA foreign_keys = ON;');
    const again = await prepareDatabase(temp.path);
    expect(again.select().from(statements).all()).toHaveLength(0);
    again.$client.close();
  });

  it('links the derived 2021 figure to the statement that implies it', async () => {
    const rows = temp.db.select().from(statements).all();
    const derived = rows.find((r) => r.derivedFromId !== null && r.periodLabel === '2021')!;
    const parent = rows.find((r) => r.id === derived.derivedFromId)!;
    expect(parent).toMatchObject({ periodLabel: '2022', valueUsd: 1e9, hedge: 'approximately' });
    expect(derived.valueUsd).toBe(0.5e9);
  });

  it('seeds at least four pairs', async () => {
    const pairs = new Set(temp.db.select().from(statements).all().map((r) => r.pair));
    expect(pairs.size).toBeGreaterThanOrEqual(4);
  });
});

describe('saving one statement (saveStatements)', () => {
  it('stores a pair under one key whichever order it was entered in', async () => {
    const ab = await insertStatement(temp.db, input(), 'test');
    const ba = await insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'UZB', period: '2020', valueText: '$3bn' }), 'test');
    expect(ab.ok && ba.ok).toBe(true);
    const rows = temp.db.select().from(statements).all().filter((r) => r.pair === 'KAZ-UZB');
    expect(rows).toHaveLength(2);
  });

  it('refuses the same figure from the same source twice and names the first', async () => {
    const first = await insertStatement(temp.db, input(), 'test');
    const second = await insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'UZB' }), 'test');
    expect(first.ok).toBe(true);
    expect(second).toEqual({ ok: false, reason: 'duplicate', existingId: first.ok ? first.id : -1 });
  });

  it('accepts the same figure from another source', async () => {
    await insertStatement(temp.db, input(), 'test');
    expect((await insertStatement(temp.db, input({ sourceUrl: 'https://example.org/other' }), 'test')).ok).toBe(true);
  });

  it('refuses a link to a statement that does not exist', async () => {
    expect(await insertStatement(temp.db, input({ derivedFromId: '99999' }), 'test')).toEqual({
      ok: false,
      reason: 'refused',
      errors: { derivedFromId: ['There is no statement #99999; enter the number of an existing statement or leave this empty.'] },
    });
  });

  it('records when the statement was created and changed', async () => {
    const result = await insertStatement(temp.db, input(), 'test');
    const row = temp.db.select().from(statements).all().find((r) => result.ok && r.id === result.id)!;
    expect(row.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(row.updatedAt).toBe(row.createdAt);
  });

  it('tells the two directions of a pair apart by the economy goods leave', async () => {
    const exports = await insertStatement(temp.db, input({ flow: 'exports' }), 'test');
    expect(await insertStatement(temp.db, input({ flow: 'exports' }), 'test')).toEqual({ ok: false, reason: 'duplicate', existingId: exports.ok ? exports.id : -1 });
    expect((await insertStatement(temp.db, input({ flow: 'exports', economyA: 'KAZ', economyB: 'UZB' }), 'test')).ok).toBe(true);
    expect((await insertStatement(temp.db, input({ flow: 'imports' }), 'test')).ok).toBe(true);
  });

  it('treats two figures without a source URL as from the same source', async () => {
    const first = await insertStatement(temp.db, input({ sourceUrl: '' }), 'test');
    expect(first.ok).toBe(true);
    expect(await findDuplicate(temp.db, input({ sourceUrl: '' }))).toBe(first.ok ? first.id : -1);
    expect(await findDuplicate(temp.db, input())).toBeNull();
  });

  it('keeps an imported statement\'s times, but never takes its number from the file', async () => {
    // An import that could set ids could move the sequence past 2^53 or file history under another statement (issue 11).
    const history = { createdAt: '2021-01-01T00:00:00.000Z' };
    const saved = await insertStatement(temp.db, input(), 'import', history);
    if (!saved.ok) throw new Error('not saved');
    const row = temp.db.select().from(statements).where(eq(statements.id, saved.id)).get()!;
    expect([row.createdAt, row.updatedAt]).toEqual([history.createdAt, history.createdAt]);
    const again = await insertStatement(temp.db, input({ valueText: '$1bn' }), 'import', history);
    expect(again.ok && again.id).toBe(saved.id + 1);
  });

  it('records the stored row, every column, as the history\'s "after"', async () => {
    const result = await insertStatement(temp.db, input({ notes: 'line one\nline two' }), 'editor-x');
    if (!result.ok) throw new Error('not saved');
    const row = temp.db.select().from(statements).where(eq(statements.id, result.id)).get()!;
    const [change] = temp.db.select().from(statementHistory).where(eq(statementHistory.statementId, result.id)).all();
    expect(change).toMatchObject({ action: 'created', editor: 'editor-x', before: null });
    expect(change.after).toBe(JSON.stringify(row));
    expect(Object.keys(JSON.parse(change.after!))).toEqual(Object.keys(row));
    expect(row).toMatchObject({ pair: 'KAZ-UZB', origin: null, deletedAt: null, notes: 'line one\nline two', derivedFromId: null });
  });

  it('stores a field a caller left out as empty', async () => {
    const { notes: _notes, ...withoutNotes } = input({ notes: 'dropped' });
    const result = await insertStatement(temp.db, withoutNotes as StatementInput, 'test');
    if (!result.ok) throw new Error('not saved');
    expect(temp.db.select().from(statements).where(eq(statements.id, result.id)).get()?.notes).toBeNull();
  });

  it('lets an edit keep its own figure but not take another\'s', async () => {
    const first = await insertStatement(temp.db, input(), 'test');
    const second = await insertStatement(temp.db, input({ valueText: '$1bn' }), 'test');
    if (!first.ok || !second.ok) throw new Error('not saved');
    expect(await updateStatement(temp.db, first.id, input({ quote: 'Now with a quote.' }), 'test')).toEqual({ ok: true, id: first.id });
    expect(await updateStatement(temp.db, second.id, input(), 'test')).toEqual({ ok: false, reason: 'duplicate', existingId: first.id });
  });

  it('answers each of several databases from its own rows', async () => {
    const other = await createTempDatabase();
    try {
      const here = await insertStatement(temp.db, input(), 'test');
      expect(await findDuplicate(other.db, input())).toBeNull();
      expect((await insertStatement(other.db, input(), 'test')).ok).toBe(true);
      expect(await findDuplicate(temp.db, input())).toBe(here.ok ? here.id : -1);
    } finally {
      other.dispose();
    }
  });
});

describe('saving many together (saveStatements)', () => {
  const count = () => temp.db.select().from(statements).all().length;

  it('links a derived figure to its parent saved in the same batch, whichever comes first', async () => {
    const parent = input({ period: '2022', valueText: '$2bn' });
    const derived = { ...input({ period: '2021', valueText: '$1bn' }), derivation: 'half of 2022' };
    const result = await saveStatements(temp.db, [{ statement: derived, derivedFromIndex: 1 }, { statement: parent }], 'test');
    if (!result.ok) throw new Error(JSON.stringify(result.refused));
    const idOf = (index: number) => result.saved.find((s) => s.index === index)!.id;
    const row = temp.db.select().from(statements).where(eq(statements.id, idOf(0))).get()!;
    expect(row.derivedFromId).toBe(idOf(1));
    // The parent is saved first, so it has the smaller number.
    expect(idOf(1)).toBeLessThan(idOf(0));
  });

  it('refuses a link to a position the batch does not have, and saves nothing', async () => {
    const before = count();
    const result = await saveStatements(temp.db, [{ statement: input({ period: '2022', valueText: '$2bn' }) }, { statement: input({ period: '2021', valueText: '$1bn' }), derivedFromIndex: 5 }], 'test');
    expect(result).toMatchObject({ ok: false, refused: [{ index: 1, errors: { derivedFromId: [expect.stringMatching(/statement 6 of this batch/)] } }] });
    expect(count()).toBe(before);
  });

  it('saves the rest of a batch and names the one already recorded', async () => {
    const first = await insertStatement(temp.db, input(), 'test');
    if (!first.ok) throw new Error('not saved');
    const result = await saveStatements(temp.db, [{ statement: input({ valueText: '$4bn' }) }, { statement: input() }], 'test');
    expect(result).toMatchObject({ ok: true, saved: [{ index: 0 }], alreadyRecorded: [{ index: 1, id: first.id }] });
  });

  it('links a derived figure to the statement already recording its parent', async () => {
    const parent = await insertStatement(temp.db, input({ period: '2022', valueText: '$2bn' }), 'test');
    if (!parent.ok) throw new Error('not saved');
    const result = await saveStatements(temp.db, [{ statement: input({ period: '2022', valueText: '$2bn' }) }, { statement: input({ period: '2021', valueText: '$1bn' }), derivedFromIndex: 0 }], 'test');
    if (!result.ok) throw new Error('refused');
    expect(temp.db.select().from(statements).where(eq(statements.id, result.saved[0].id)).get()!.derivedFromId).toBe(parent.id);
  });

  it('saves nothing when one statement of the batch is refused by the rules', async () => {
    const before = count();
    const refused = { ...input({ valueText: '$5bn' }), publishedDate: '2019-01-01' };
    const result = await saveStatements(temp.db, [{ statement: input({ valueText: '$4bn' }) }, { statement: refused }], 'test');
    expect(result).toEqual({ ok: false, refused: [{ index: 1, errors: { publishedDate: [expect.stringContaining('before the statement date')] } }] });
    expect(count()).toBe(before);
  });

  it('saves nothing when a parent found only while saving is missing or of another pair', async () => {
    const before = count();
    const other = await insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'AFG', valueText: '$7bn' }), 'test');
    if (!other.ok) throw new Error('not saved');
    const linked = { ...input({ valueText: '$6bn' }), derivedFromId: other.id };
    const result = await saveStatements(temp.db, [{ statement: input({ valueText: '$4bn' }) }, { statement: linked }], 'test');
    expect(result).toEqual({ ok: false, refused: [{ index: 1, errors: { derivedFromId: [expect.stringMatching(/is about another pair \(AFG-KAZ\)/)] } }] });
    expect(count()).toBe(before + 1);
  });

  it('seeds through the same path once: a second call with the same mark saves nothing', async () => {
    const once = { onceKey: 'test-once' };
    expect(await saveStatements(temp.db, [{ statement: input({ valueText: '$8bn' }) }], 'seed', once)).toMatchObject({ ok: true, saved: [{ index: 0 }] });
    expect(await saveStatements(temp.db, [{ statement: input({ valueText: '$9bn' }) }], 'seed', once)).toEqual({ ok: true, saved: [], alreadyRecorded: [], alreadyDone: true });
  });
});
