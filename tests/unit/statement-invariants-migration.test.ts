import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../db/client';

// Migration 0006 rebuilds `statements` with its invariants as CHECK
// constraints. A database written by an older version may hold rows that
// break them (the CSV import once accepted them); they must be mended, with
// the old value kept in the notes, never dropped, and the triggers of 0005
// must survive the rebuild.

const MIGRATIONS = 'db/migrations';
let folder: string;

/** A database as the version before 0006 left it: migrations 0000–0005 only. */
function databaseBefore0006(): string {
  const older = join(folder, 'migrations');
  mkdirSync(join(older, 'meta'), { recursive: true });
  for (const file of readdirSync(MIGRATIONS)) if (/^000[0-5]_.*\.sql$/.test(file)) copyFileSync(join(MIGRATIONS, file), join(older, file));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
  writeFileSync(join(older, 'meta/_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, 6) }));
  const path = join(folder, 'old.db');
  const sqlite = new Database(path);
  migrate(drizzle(sqlite), { migrationsFolder: older });
  const insert = sqlite.prepare(
    `insert into statements (economy_a, economy_b, pair, flow, origin, kind, period_start, period_end, period_label, value_text,
       value_stated, currency, usd_rate, value_usd, hedge, statement_date, published_date, notes, derived_from_id, created_at, updated_at)
     values (?, ?, ?, 'total', null, 'reported', '2022-01-01', '2022-12-31', '2022', 'x', ?, ?, ?, ?, 'exact', '2023-01-01', ?, ?, ?, 't', 't')`,
  );
  // 1: a dollar value that disagrees with the stated one, published before it was said.
  insert.run('KAZ', 'AFG', 'AFG-KAZ', 1e9, 'USD', null, 5, '2022-01-01', null, null);
  // 2: a sound row derived from row 1, with notes of its own.
  insert.run('KAZ', 'AFG', 'AFG-KAZ', 5e8, 'USD', null, 5e8, null, 'keep me', 1);
  // 3: rupees with no rate: the rate its two values imply.
  insert.run('NPL', 'IND', 'IND-NPL', 1e9, 'NPR', null, 7.5e6, null, null, null);
  sqlite.prepare("insert into statement_history (statement_id, action, editor, at) values (1, 'created', 'x', 't')").run();
  sqlite.close();
  return path;
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'tradewatch-0006-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('migration 0006 (statement invariants)', () => {
  it('mends rows that break the new rules, keeps the old values in the notes and loses none', () => {
    const db = openDatabase(databaseBefore0006());
    migrateDatabase(db);
    const rows = db.$client.prepare('select id, usd_rate, value_usd, published_date, notes, derived_from_id from statements order by id').all();
    expect(rows).toEqual([
      {
        id: 1, usd_rate: null, value_usd: 1e9, published_date: null, derived_from_id: null,
        notes: '[Migration 0006: the stored dollar value 5.0 disagreed with the stated value and rate; it was recomputed.] [Migration 0006: the publication date 2022-01-01 was before the statement date and was removed.]',
      },
      { id: 2, usd_rate: null, value_usd: 5e8, published_date: null, notes: 'keep me', derived_from_id: 1 },
      { id: 3, usd_rate: 0.0075, value_usd: 7.5e6, published_date: null, notes: null, derived_from_id: null },
    ]);
    expect(db.$client.prepare('select count(*) as n from statement_history').get()).toEqual({ n: 1 });
    db.$client.close();
  });

  it('refuses afterwards what it mended, and keeps the pair triggers of migration 0005', () => {
    const db = openDatabase(databaseBefore0006());
    migrateDatabase(db);
    const insertBad = () =>
      db.$client
        .prepare(
          `insert into statements (economy_a, economy_b, pair, flow, origin, kind, period_start, period_end, period_label, value_text,
             value_stated, currency, usd_rate, value_usd, hedge, statement_date, created_at, updated_at)
           values ('KAZ', 'AFG', 'AFG-KAZ', 'total', null, 'reported', '2022-01-01', '2022-12-31', '2022', 'x', 1e9, 'USD', null, 5, 'exact', '2023-01-01', 't', 't')`,
        )
        .run();
    expect(insertBad).toThrow(/statements_value_usd_consistent/);
    // The full-text index's triggers (migration 0014) come later and are not migration 0005's.
    const triggers = db.$client.prepare("select name from sqlite_master where type = 'trigger' and name not like 'statements_fts_%' order by name").all();
    expect(triggers).toEqual([{ name: 'statements_after_delete' }, { name: 'statements_after_insert' }, { name: 'statements_after_update' }]);
    db.$client.prepare("update statements set deleted_at = 't' where id = 3").run();
    expect(db.$client.prepare("select live_statements from pair_orders where pair = 'IND-NPL'").get()).toEqual({ live_statements: 0 });
    db.$client.close();
  });
});
