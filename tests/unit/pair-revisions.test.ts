import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_STATEMENTS } from '../../app/lib/data/seed-statements';
import { fetchPairOverviews, fetchPairRecords } from '../../app/lib/data/pair-overview-reads';
import { allPairRevisions, pairRevision } from '../../app/lib/data/pair-revisions';
import { fetchPairs } from '../../app/lib/data/statement-reads';
import { setStatementDeleted, updateStatement } from '../../app/lib/data/statement-edit-writes';
import { saveOne as insertStatement, validInput } from '../support/valid-input';
import { useTempAppDatabase } from '../support/app-database';

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeEach(async () => {
  temp = await useTempAppDatabase();
});
afterEach(() => temp.dispose());

const input = validInput;

/** The pair list counted the slow way, straight from the statements. */
function countedPairs() {
  return temp.db.$client
    .prepare('select pair as key, count(*) as n from statements where deleted_at is null group by pair order by n desc, pair')
    .all() as { key: string; n: number }[];
}

const listedPairs = async () => (await fetchPairs()).map((p) => ({ key: p.key, n: p.statementCount }));

describe('the trigger-kept pair counts and revisions', () => {
  it('count the seed statements per pair', async () => {
    expect(await listedPairs()).toEqual(countedPairs());
    expect((await listedPairs()).reduce((sum, p) => sum + p.n, 0)).toBe(SEED_STATEMENTS.length);
  });

  it('follow inserts, edits that move a statement to another pair, deletes and restores', async () => {
    const db = temp.db;
    const before = await pairRevision(db, 'KAZ-UZB');
    const saved = await insertStatement(db, input(), 'test');
    if (!saved.ok) throw new Error('not saved');
    expect(await pairRevision(db, 'KAZ-UZB')).toBe(before + 1);
    expect(await listedPairs()).toEqual(countedPairs());

    const kazAfg = await pairRevision(db, 'AFG-KAZ');
    await updateStatement(db, saved.id, input({ economyB: 'AFG', economyA: 'KAZ' }), 'test');
    expect(await pairRevision(db, 'AFG-KAZ')).toBeGreaterThan(kazAfg);
    expect(await listedPairs()).toEqual(countedPairs());

    await setStatementDeleted(db, saved.id, true, 'test');
    expect(await listedPairs()).toEqual(countedPairs());
    await setStatementDeleted(db, saved.id, false, 'test');
    expect(await listedPairs()).toEqual(countedPairs());
  });

  it('see writes from another connection, such as the import command', async () => {
    const connection = new Database(temp.path);
    const before = await pairRevision(temp.db, 'AFG-KAZ');
    connection.prepare('update statements set notes = ? where pair = ?').run('Checked against customs data.', 'AFG-KAZ');
    connection.close();
    expect(await pairRevision(temp.db, 'AFG-KAZ')).toBeGreaterThan(before);
  });

  it('name a pair in the order most of its statements use', async () => {
    await insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'UZB', valueText: '1 billion dollars' }), 'test');
    await insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'UZB', valueText: '2 billion dollars' }), 'test');
    await insertStatement(temp.db, input({ valueText: '3 billion dollars' }), 'test');
    const pair = (await fetchPairs()).find((p) => p.key === 'KAZ-UZB')!;
    expect(pair).toMatchObject({ first: 'KAZ', second: 'UZB', statementCount: 3 });
  });
});

describe('the pair overview', () => {
  it('recomputes a pair after a write to it, and only that pair', async () => {
    const first = await fetchPairRecords();
    const unchanged = first.find((o) => o.key !== 'AFG-KAZ')!;
    await insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'AFG', period: '2024', valueText: '9 billion dollars' }), 'test');
    const second = await fetchPairRecords();
    expect(second.find((o) => o.key === 'AFG-KAZ')!.statementCount).toBe(first.find((o) => o.key === 'AFG-KAZ')!.statementCount + 1);
    // The same object: served from the cache, not recomputed.
    expect(second.find((o) => o.key === unchanged.key)).toBe(unchanged);
    expect((await allPairRevisions(temp.db)).map((r) => r.pair)).toEqual(expect.arrayContaining(second.map((o) => o.key)));
  });

  it('drops a pair whose statements are all deleted', async () => {
    const saved = await insertStatement(temp.db, input({ economyA: 'TKM', economyB: 'TJK' }), 'test');
    if (!saved.ok) throw new Error('not saved');
    expect((await fetchPairOverviews()).some((o) => o.key === 'TJK-TKM')).toBe(true);
    await setStatementDeleted(temp.db, saved.id, true, 'test');
    expect((await fetchPairOverviews()).some((o) => o.key === 'TJK-TKM')).toBe(false);
    expect((await fetchPairs()).some((p) => p.key === 'TJK-TKM')).toBe(false);
  });
});
