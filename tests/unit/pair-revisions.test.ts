import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_STATEMENTS } from '../../app/lib/data/seed-statements';
import { fetchPairOverviews } from '../../app/lib/data/pair-overview-reads';
import { allPairRevisions, pairRevision } from '../../app/lib/data/pair-revisions';
import { fetchPairs } from '../../app/lib/data/statement-reads';
import { insertStatement, setStatementDeleted, updateStatement } from '../../app/lib/data/statement-writes';
import { validInput } from '../support/valid-input';
import { useTempAppDatabase } from '../support/app-database';

let temp: ReturnType<typeof useTempAppDatabase>;
beforeEach(() => {
  temp = useTempAppDatabase();
});
afterEach(() => temp.dispose());

const input = validInput;

/** The pair list counted the slow way, straight from the statements. */
function countedPairs() {
  return temp.db.$client
    .prepare('select pair as key, count(*) as n from statements where deleted_at is null group by pair order by n desc, pair')
    .all() as { key: string; n: number }[];
}

const listedPairs = () => fetchPairs().map((p) => ({ key: p.key, n: p.statementCount }));

describe('the trigger-kept pair counts and revisions', () => {
  it('count the seed statements per pair', () => {
    expect(listedPairs()).toEqual(countedPairs());
    expect(listedPairs().reduce((sum, p) => sum + p.n, 0)).toBe(SEED_STATEMENTS.length);
  });

  it('follow inserts, edits that move a statement to another pair, deletes and restores', () => {
    const db = temp.db;
    const before = pairRevision(db, 'KAZ-UZB');
    const saved = insertStatement(db, input(), 'test');
    if (!saved.ok) throw new Error('not saved');
    expect(pairRevision(db, 'KAZ-UZB')).toBe(before + 1);
    expect(listedPairs()).toEqual(countedPairs());

    const kazAfg = pairRevision(db, 'AFG-KAZ');
    updateStatement(db, saved.id, input({ economyB: 'AFG', economyA: 'KAZ' }), 'test');
    expect(pairRevision(db, 'AFG-KAZ')).toBeGreaterThan(kazAfg);
    expect(listedPairs()).toEqual(countedPairs());

    setStatementDeleted(db, saved.id, true, 'test');
    expect(listedPairs()).toEqual(countedPairs());
    setStatementDeleted(db, saved.id, false, 'test');
    expect(listedPairs()).toEqual(countedPairs());
  });

  it('see writes from another connection, such as the import command', () => {
    const connection = new Database(temp.path);
    const before = pairRevision(temp.db, 'AFG-KAZ');
    connection.prepare('update statements set notes = ? where pair = ?').run('Checked against customs data.', 'AFG-KAZ');
    connection.close();
    expect(pairRevision(temp.db, 'AFG-KAZ')).toBeGreaterThan(before);
  });

  it('name a pair in the order most of its statements use', () => {
    insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'UZB', valueText: '1 billion dollars' }), 'test');
    insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'UZB', valueText: '2 billion dollars' }), 'test');
    insertStatement(temp.db, input({ valueText: '3 billion dollars' }), 'test');
    const pair = fetchPairs().find((p) => p.key === 'KAZ-UZB')!;
    expect(pair).toMatchObject({ first: 'KAZ', second: 'UZB', statementCount: 3 });
  });
});

describe('the pair overview', () => {
  it('recomputes a pair after a write to it, and only that pair', () => {
    const first = fetchPairOverviews();
    const unchanged = first.find((o) => o.key !== 'AFG-KAZ')!;
    insertStatement(temp.db, input({ economyA: 'KAZ', economyB: 'AFG', period: '2024', valueText: '9 billion dollars' }), 'test');
    const second = fetchPairOverviews();
    expect(second.find((o) => o.key === 'AFG-KAZ')!.statementCount).toBe(first.find((o) => o.key === 'AFG-KAZ')!.statementCount + 1);
    // The same object: served from the cache, not recomputed.
    expect(second.find((o) => o.key === unchanged.key)).toBe(unchanged);
    expect(allPairRevisions(temp.db).map((r) => r.pair)).toEqual(expect.arrayContaining(second.map((o) => o.key)));
  });

  it('drops a pair whose statements are all deleted', () => {
    const saved = insertStatement(temp.db, input({ economyA: 'TKM', economyB: 'TJK' }), 'test');
    if (!saved.ok) throw new Error('not saved');
    expect(fetchPairOverviews().some((o) => o.key === 'TJK-TKM')).toBe(true);
    setStatementDeleted(temp.db, saved.id, true, 'test');
    expect(fetchPairOverviews().some((o) => o.key === 'TJK-TKM')).toBe(false);
    expect(fetchPairs().some((p) => p.key === 'TJK-TKM')).toBe(false);
  });
});
