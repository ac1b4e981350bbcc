import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySqliteToPostgres } from '../../db/copy/copy-to-postgres';
import { COPY_ORDER } from '../../db/copy/tables';
import { migratePostgres, openPostgres } from '../../db/postgres/client';
import { freshPostgresDatabase } from '../support/postgres-database';
import { createTempDatabase } from '../support/temp-database';

type Source = Awaited<ReturnType<typeof createTempDatabase>>;

async function withTarget<T>(name: string, use: (db: ReturnType<typeof openPostgres>) => Promise<T>): Promise<T> {
  const database = await freshPostgresDatabase(name);
  const db = openPostgres(database.url, { max: 2 });
  try {
    return await use(db);
  } finally {
    await db.$client.end();
    await database.drop();
  }
}

const rowCounts = async (db: ReturnType<typeof openPostgres>) =>
  Object.fromEntries(await Promise.all(COPY_ORDER.map(async (table) => [table, (await db.$client.query(`select count(*)::int as n from ${table}`)).rows[0].n as number])));

describe('npm run db:copy', () => {
  let source: Source;

  beforeAll(async () => {
    source = await createTempDatabase();
    const sqlite = source.db.$client;
    // A statement derived from one with a later id: the copy must still insert the parent first.
    const [first, last] = [sqlite.prepare('select min(id) as id from statements').get(), sqlite.prepare('select max(id) as id from statements').get()] as { id: number }[];
    sqlite.prepare("update statements set derived_from_id = ?, derivation = 'test: derived from a later id' where id = ?").run(last.id, first.id);
    // Text and numbers that a careless copy bends: astral characters, quotes, a float with 17 digits.
    sqlite.prepare("update statements set quote = ?, notes = ? where id = ?").run('«Торговля» выросла вдвое 📈 — "twofold"', "it's\nmultiline", last.id);
    sqlite.prepare("insert into app_meta (key, value) values ('copy-test', ?)").run(String(0.1 + 0.2));
  });
  afterAll(() => source.dispose());

  it('copies every table of the seeded database, verified by counts and checksums', async () => {
    await withTarget('copy-seeded', async (target) => {
      const reports = await copySqliteToPostgres(source.path, target);
      expect(reports.map((r) => r.table)).toEqual([...COPY_ORDER]);
      const sqlite = source.db.$client;
      for (const report of reports) {
        expect(report.rows, report.table).toBe((sqlite.prepare(`select count(*) as n from ${report.table}`).get() as { n: number }).n);
        expect(report.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
      expect((await rowCounts(target)).statements).toBeGreaterThan(0);
      const last = sqlite.prepare('select id, quote, notes, value_usd from statements order by id desc limit 1').get() as Record<string, unknown>;
      const copied = (await target.$client.query('select id, quote, notes, value_usd from statements where id = $1', [last.id])).rows[0];
      expect(copied).toEqual(last);
      // The pair-revision trigger, off during the copy, keeps working after it.
      const revision = async () => (await target.$client.query('select revision from pair_revisions where pair = (select pair from statements where id = $1)', [last.id])).rows[0].revision as number;
      const before = await revision();
      await target.$client.query("update statements set notes = 'edited after the copy' where id = $1", [last.id]);
      expect(await revision()).toBeGreaterThan(before);
      // New rows continue after the copied ids instead of colliding with them.
      const { rows } = await target.$client.query("insert into app_meta (key, value) values ('after', 'copy') returning key");
      expect(rows).toHaveLength(1);
      const next = await target.$client.query(
        "insert into audit_log (at, action, detail) values ('2026-12-03T00:00:00Z', 'sign-in', 'after the copy') returning id",
      );
      expect(next.rows[0].id).toBeGreaterThan((sqlite.prepare('select coalesce(max(id), 0) as n from audit_log').get() as { n: number }).n);
    });
  });

  it('leaves every index and trigger the migrations make, though it builds the indexes after the load', async () => {
    const schemaOf = async (db: ReturnType<typeof openPostgres>) => ({
      indexes: (await db.$client.query('select indexname, indexdef from pg_indexes where schemaname = current_schema() order by indexname')).rows,
      triggers: (await db.$client.query("select tgname, tgenabled from pg_trigger where not tgisinternal order by tgname")).rows,
    });
    const migrated = await withTarget('copy-migrated-only', async (fresh) => {
      await migratePostgres(fresh);
      return schemaOf(fresh);
    });
    const copied = await withTarget('copy-indexes', async (target) => {
      await copySqliteToPostgres(source.path, target);
      return schemaOf(target);
    });
    expect(migrated.indexes.map((i) => i.indexname)).toContain('statements_search_document');
    expect(copied).toEqual(migrated);
  });

  it('refuses a target that already holds rows, and leaves them as they were', async () => {
    await withTarget('copy-twice', async (target) => {
      await copySqliteToPostgres(source.path, target);
      const before = await rowCounts(target);
      await expect(copySqliteToPostgres(source.path, target)).rejects.toThrow(/already holds rows in \w+\. db:copy only fills an empty database/);
      expect(await rowCounts(target)).toEqual(before);
    });
  });

  it('refuses a SQLite database with a column or a table PostgreSQL has no place for, rather than leave it behind', async () => {
    const extended = await createTempDatabase();
    try {
      extended.db.$client.exec('alter table statements add column reviewed_by_hand text');
      await withTarget('copy-extra-column', async (target) => {
        await expect(copySqliteToPostgres(extended.path, target)).rejects.toThrow(/statements has columns PostgreSQL's schema does not \(reviewed_by_hand\)/);
      });
      extended.db.$client.exec('alter table statements drop column reviewed_by_hand; create table notes_by_hand (note text)');
      await withTarget('copy-extra-table', async (target) => {
        await expect(copySqliteToPostgres(extended.path, target)).rejects.toThrow(/a table notes_by_hand that PostgreSQL's schema does not/);
        // Refused before anything was written: not even the migrations ran.
        expect((await target.$client.query("select count(*)::int as n from pg_tables where schemaname = current_schema()")).rows[0].n).toBe(0);
      });
    } finally {
      extended.dispose();
    }
  });

  it('never hands out again an id SQLite used once, even one whose row is gone', async () => {
    const pruned = await createTempDatabase();
    try {
      const sqlite = pruned.db.$client;
      const gone = Number(sqlite.prepare("insert into audit_log (at, action, detail) values ('2026-12-01T00:00:00Z', 'sign-in', 'to be deleted')").run().lastInsertRowid);
      sqlite.prepare('delete from audit_log where id = ?').run(gone);
      await withTarget('copy-sequence', async (target) => {
        await copySqliteToPostgres(pruned.path, target);
        const { rows } = await target.$client.query("insert into audit_log (at, action, detail) values ('2026-12-03T00:00:00Z', 'sign-in', 'after the copy') returning id");
        expect(rows[0].id).toBeGreaterThan(gone);
      });
    } finally {
      pruned.dispose();
    }
  });

  it('keeps nothing when PostgreSQL refuses one row, naming why', async () => {
    const broken = await createTempDatabase();
    try {
      // PostgreSQL's text cannot hold a NUL character; SQLite's can.
      broken.db.$client.prepare('update statements set notes = ? where id = (select max(id) from statements)').run('before\u0000after');
      await withTarget('copy-refused', async (target) => {
        await expect(copySqliteToPostgres(broken.path, target)).rejects.toThrow(/statements \(id \d+\), column notes, holds a NUL character/);
        const counts = await rowCounts(target);
        expect(Object.values(counts).every((n) => n === 0), JSON.stringify(counts)).toBe(true);
      });
    } finally {
      broken.dispose();
    }
  });
});
