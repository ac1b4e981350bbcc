import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, useDatabase } from '../../db/client';
import { fetchPairRecords } from '../../app/lib/data/pair-overview-reads';
import { PAIR_RECORD_VERSION } from '../../app/lib/data/pair-records';
import { saveOne, validInput } from '../support/valid-input';
import { useTempAppDatabase } from '../support/app-database';

// /pairs reads one record per pair. They are stored with the pair revision
// they were computed from, so a restart (a new process, a new connection and
// empty memory caches) reads them instead of computing every pair again
// (7 s at 1 000 000 statements), and a changed pair is computed again.

let temp: Awaited<ReturnType<typeof useTempAppDatabase>>;
beforeEach(async () => {
  temp = await useTempAppDatabase();
});
afterEach(() => temp.dispose());

/** The app as it is after a restart: another connection to the same file, with caches of its own. */
function restart() {
  return useDatabase(openDatabase(temp.path));
}

const statementCount = async (pair: string) => (await fetchPairRecords()).find((r) => r.key === pair)?.statementCount;

describe('stored pair records', () => {
  it('are read after a restart instead of being computed again', async () => {
    const counted = await statementCount('AFG-KAZ');
    expect(counted).toBeGreaterThan(0);
    // A stored record that says something the statements do not: only a read of the store can return it.
    temp.db.$client.prepare("update pair_records set record = json_set(record, '$.statementCount', 999) where pair = 'AFG-KAZ'").run();
    const restarted = restart();
    expect(await statementCount('AFG-KAZ')).toBe(999);
    restarted.$client.close();
  });

  it('are computed again once their pair changes, and only that pair', async () => {
    const counted = await statementCount('AFG-KAZ');
    temp.db.$client.prepare("update pair_records set record = json_set(record, '$.statementCount', 999)").run();
    const restarted = restart();
    const saved = await saveOne(restarted, validInput({ economyA: 'KAZ', economyB: 'AFG', period: '2019' }), 'test');
    expect(saved.ok).toBe(true);
    const records = await fetchPairRecords();
    expect(records.find((r) => r.key === 'AFG-KAZ')?.statementCount).toBe(counted! + 1);
    expect(records.filter((r) => r.key !== 'AFG-KAZ').map((r) => r.statementCount)).toEqual(records.filter((r) => r.key !== 'AFG-KAZ').map(() => 999));
    restarted.$client.close();
  });

  it('are computed again when the rules that made them change version', async () => {
    await fetchPairRecords();
    temp.db.$client.prepare("update pair_records set record = json_set(record, '$.statementCount', 999), version = ?").run(PAIR_RECORD_VERSION - 1);
    const restarted = restart();
    expect(await statementCount('AFG-KAZ')).not.toBe(999);
    restarted.$client.close();
  });
});
