import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/client';
import { mergeNames, separateNames } from '../../app/lib/data/name-index';
import { fetchNameRecord, fetchNameSummaries, matchingNames, type NameRecord } from '../../app/lib/data/name-records';
import type { NameKind } from '../../app/lib/domain/vocabulary';
import { createTempDatabase } from '../support/temp-database';
import { saveOne, validInput } from '../support/valid-input';

// Issue 16, item 2: speakers' and outlets' records on the seeded database,
// through the same reads the pages and GET /api/speakers use.

let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let db: Db;
beforeAll(async () => {
  temp = await createTempDatabase();
  db = temp.db;
});
afterAll(() => temp.dispose());

async function recordOf(kind: NameKind, slug: string): Promise<NameRecord> {
  const found = await fetchNameRecord(db, kind, slug);
  if (found.found !== 'record') throw new Error(`no record for ${slug}: ${found.found}`);
  return found.record;
}

const ids = (r: NameRecord) => r.groups.flatMap((g) => g.statements.map((s) => s.statement.id));

describe('a speaker’s record', () => {
  it('gives Serik Zhumangarin’s one target as missed at 19% of target, with the seeded figure it rests on', async () => {
    const record = await recordOf('speaker', 'serik-zhumangarin');
    expect(record.name).toBe('Serik Zhumangarin');
    expect(record.summary).toBe('1 target: 1 missed (19% of target)');
    expect(record.tally).toMatchObject({ targets: 1, missed: 1, met: 0, notYetDue: 0 });
    expect(record.roles).toContain('Deputy Prime Minister of Kazakhstan');
    expect(record.organisations).toEqual(['Government of Kazakhstan']);
    expect(record.seenWith.map((o) => o.name).sort()).toEqual(['KabulNow', 'The Astana Times']);
    const [target] = record.targets;
    expect(record.targets).toHaveLength(1);
    expect(target).toMatchObject({ period: '2023', targetUsd: 3e9, outcomeUsd: 567.5e6, verdict: 'missed' });
  });

  it('lists every live statement grouped by pair, newest first', async () => {
    const record = await recordOf('speaker', 'serik-zhumangarin');
    expect(record.groups.map((g) => g.pair)).toEqual(['AFG-KAZ']);
    const dates = record.groups[0].statements.map((s) => s.statement.statementDate);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(record.statementCount).toBe(5);
    expect(ids(record)).toHaveLength(5);
  });

  it('groups “Mr. Serik Zhumangarin” under the same name, and lists the spelling', async () => {
    const saved = await saveOne(db, validInput({ speaker: 'Mr. Serik Zhumangarin', economyA: 'KAZ', economyB: 'AFG', period: '2019', valueText: '400 million dollars' }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const record = await recordOf('speaker', 'serik-zhumangarin');
    expect(record.spellings).toEqual(['Serik Zhumangarin', 'Mr. Serik Zhumangarin']);
    expect(ids(record)).toContain(saved.id);
    expect(record.summary).toBe('1 target: 1 missed (19% of target)');
  });

  it('takes in a spelling an editor merges, and gives it back when they separate them', async () => {
    const saved = await saveOne(db, validInput({ speaker: 'S. Zhumangarin', economyA: 'KAZ', economyB: 'AFG', period: '2018', valueText: '300 million dollars' }));
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    await fetchNameSummaries(db, 'speaker');
    expect(await mergeNames(db, 'speaker', 's zhumangarin', 'serik zhumangarin', null)).toEqual({ ok: true, moved: 1 });
    const merged = await recordOf('speaker', 'serik-zhumangarin');
    expect(merged.spellings).toContain('S. Zhumangarin');
    expect(merged.mergedKeys).toEqual(['s zhumangarin']);
    expect(ids(merged)).toContain(saved.id);
    expect(await fetchNameRecord(db, 'speaker', 's-zhumangarin')).toEqual({ found: 'merged', slug: 'serik-zhumangarin' });

    await separateNames(db, 'speaker', 'serik zhumangarin');
    const apart = await recordOf('speaker', 'serik-zhumangarin');
    expect(apart.spellings).not.toContain('S. Zhumangarin');
    expect(apart.spellings).toContain('Mr. Serik Zhumangarin');
    expect((await recordOf('speaker', 's-zhumangarin')).spellings).toEqual(['S. Zhumangarin']);
  });

  it('knows no record for a name never stated', async () => {
    expect(await fetchNameRecord(db, 'speaker', 'nobody-at-all')).toEqual({ found: 'none' });
  });
});

describe('an outlet’s record', () => {
  it('gives every figure Interfax reported, the speaker it quoted, and no targets', async () => {
    const record = await recordOf('outlet', 'interfax');
    expect(record.statementCount).toBe(2);
    expect(record.groups.flatMap((g) => g.statements.map((s) => s.statement.outlet))).toEqual(['Interfax', 'Interfax']);
    expect(record.seenWith).toEqual([{ name: 'Kazakh Deputy Minister of Agriculture', slug: 'kazakh-deputy-minister-of-agriculture' }]);
    expect(record.summary).toBe('No targets stated');
  });
});

describe('the list of names', () => {
  it('lists speakers most statements first and finds them by any part of a spelling, ignoring case and titles', async () => {
    const { names } = await fetchNameSummaries(db, 'speaker');
    const counts = names.map((n) => n.statementCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(matchingNames(names, 'speaker', 'ZHUMANG').map((n) => n.slug)).toContain('serik-zhumangarin');
    expect(matchingNames(names, 'speaker', 'Mr. Serik').map((n) => n.slug)).toEqual(['serik-zhumangarin']);
    expect(matchingNames(names, 'speaker', 'quokka')).toEqual([]);
  });
});
