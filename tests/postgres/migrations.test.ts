import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres, openPostgres, type PostgresDb } from '../../db/postgres/client';
import { freshPostgresDatabase } from '../support/postgres-database';

const journal = JSON.parse(readFileSync('db/migrations-postgres/meta/_journal.json', 'utf8')) as { entries: unknown[] };

describe('PostgreSQL migrations', () => {
  it('run once when four instances start together, each waiting on the advisory lock', async () => {
    const database = await freshPostgresDatabase('migrate-race');
    const instances = Array.from({ length: 4 }, () => openPostgres(database.url, { max: 2 }));
    try {
      // Without the lock, the second instance to arrive finds half-made tables ("relation already exists").
      await Promise.all(instances.map((db) => migratePostgres(db)));
      const { rows } = await instances[0].$client.query('select count(*)::int as n from public.__drizzle_migrations');
      expect(rows[0].n).toBe(journal.entries.length);
      // And again later: nothing left to do, nothing applied twice.
      await migratePostgres(instances[1]);
      expect((await instances[0].$client.query('select count(*)::int as n from public.__drizzle_migrations')).rows[0].n).toBe(journal.entries.length);
    } finally {
      await Promise.all(instances.map((db) => db.$client.end()));
      await database.drop();
    }
  });
});

const STATEMENT = {
  economy_a: 'KAZ',
  economy_b: 'AFG',
  pair: 'AFG-KAZ',
  flow: 'total',
  kind: 'reported',
  period_start: '2022-01-01',
  period_end: '2022-12-31',
  period_label: '2022',
  value_text: 'about $1 billion',
  value_stated: 1e9,
  currency: 'USD',
  value_usd: 1e9,
  hedge: 'approximately',
  speaker: 'Serik Zhumangarin',
  quote: 'Trade reached about $1 billion, a twofold rise; Zhumangárin said so in Kabul.',
  statement_date: '2023-08-05',
  created_at: '2023-08-05T00:00:00Z',
  updated_at: '2023-08-05T00:00:00Z',
};

describe('a migrated PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof freshPostgresDatabase>>;
  let db: PostgresDb;
  const query = async (text: string, values: unknown[] = []) => (await db.$client.query(text, values)).rows;
  const insert = async (row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    const [{ id }] = await query(`insert into statements (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')}) returning id`, Object.values(row));
    return id as number;
  };

  beforeAll(async () => {
    database = await freshPostgresDatabase('migrated');
    db = openPostgres(database.url, { max: 2 });
    await migratePostgres(db);
  });
  afterAll(async () => {
    await db.$client.end();
    await database.drop();
  });

  it('moves a pair revision and its live count on every insert, edit, deletion and removal, whoever writes', async () => {
    const revision = async () => (await query("select revision from pair_revisions where pair = 'AFG-KAZ'"))[0]?.revision;
    const live = async () => (await query("select live_statements from pair_orders where pair = 'AFG-KAZ' and economy_a = 'KAZ' and economy_b = 'AFG'"))[0]?.live_statements;
    // The contract is that each change moves the revision (an edit moves it for
    // the old pair and the new, as SQLite's triggers do), and the count follows.
    const seen: number[] = [];
    const id = await insert(STATEMENT);
    seen.push(await revision());
    expect(await live()).toBe(1);
    await insert({ ...STATEMENT, period_label: '2022 (again)' });
    seen.push(await revision());
    expect(await live()).toBe(2);
    await query("update statements set deleted_at = '2024-01-01' where id = $1", [id]);
    seen.push(await revision());
    expect(await live()).toBe(1);
    await query('delete from statements where id = $1', [id]);
    seen.push(await revision());
    expect(await live()).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(4);
  });

  it('refuses the rows SQLite refuses, by the same named checks', async () => {
    await expect(insert({ ...STATEMENT, economy_b: 'KAZ' })).rejects.toThrow(/statements_distinct_economies/);
    await expect(insert({ ...STATEMENT, value_usd: 2e9 })).rejects.toThrow(/statements_value_usd_consistent/);
    await expect(insert({ ...STATEMENT, currency: 'KZT', usd_rate: null, value_usd: 1e9 })).rejects.toThrow(/statements_value_usd_consistent/);
    await expect(insert({ ...STATEMENT, hedge: 'roughly' })).rejects.toThrow(/statements_hedge/);
    await expect(insert({ ...STATEMENT, usd_rate: 1, rate_origin: 'guess' })).rejects.toThrow(/statements_rate_origin/);
    // A figure in a currency with no rate is kept as stated, without dollars.
    await expect(insert({ ...STATEMENT, currency: 'AFN', value_stated: 6e10, value_usd: null })).resolves.toBeGreaterThan(0);
  });

  it('keeps the full-text document for every writer: words without diacritics, found by any of their columns', async () => {
    const id = await insert({ ...STATEMENT, outlet: 'KabulNow' });
    const found = async (words: string) =>
      (await query("select id from statements where search_document @@ plainto_tsquery('simple', tradewatch_unaccent($1)) order by id", [words])).map((r) => r.id);
    expect(await found('twofold')).toContain(id);
    expect(await found('Zhumangarin kabulnow')).toContain(id);
    await query("update statements set quote = 'Nothing about that here' where id = $1", [id]);
    expect(await found('twofold')).not.toContain(id);
    // Words joined by punctuation are words apart, as FTS5 reads them: an address, initials, a decimal.
    await query("update statements set quote = 'Write to info@kabulnow.af about U.S. trade, up 1.5 times' where id = $1", [id]);
    for (const word of ['kabulnow', 'af', 'u', 's', '5']) expect(await found(word), word).toContain(id);
  });
});
