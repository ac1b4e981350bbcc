import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '../../app/lib/domain/dates';
import { prepareDatabase } from '../../app/lib/data/prepare';
import { TMP_DIR } from './config';
import { COLUMNS, syntheticRows } from './synthetic-statements';

export interface BuiltDatabase {
  path: string;
  rows: number;
  seconds: number;
}

/**
 * A migrated and seeded database with `n` synthetic statements added in one
 * transaction through one prepared INSERT. The indexes are dropped during the
 * load and rebuilt from their own SQL afterwards (a sorted build is several
 * times faster than a million random index inserts), and so is the
 * full-text index, then ANALYZE.
 */
export async function buildDatabase(n: number): Promise<BuiltDatabase> {
  const path = join(TMP_DIR, `bench-${n}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  const started = performance.now();
  const db = await prepareDatabase(path);
  const sqlite = db.$client;
  // The load is one transaction on a file nobody else has open: no journal is
  // needed, and WAL would write every page twice.
  sqlite.pragma('journal_mode = OFF');
  sqlite.pragma('synchronous = OFF');
  sqlite.pragma('cache_size = -1048576');
  sqlite.pragma('temp_store = MEMORY');

  const firstId = (sqlite.prepare('select coalesce(max(id), 0) + 1 as id from statements').get() as { id: number }).id;
  const indexes = sqlite
    .prepare("select name, sql from sqlite_master where type = 'index' and tbl_name = 'statements' and sql is not null")
    .all() as { name: string; sql: string }[];
  const insert = sqlite.prepare(`insert into statements (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})`);

  // The full-text index is built once after the load ('rebuild'), not a row at a time by its trigger.
  const ftsTrigger = sqlite.prepare("select sql from sqlite_master where type = 'trigger' and name = 'statements_fts_after_insert'").pluck().get() as string;
  sqlite.transaction(() => {
    for (const index of indexes) sqlite.exec(`drop index "${index.name}"`);
    sqlite.exec('drop trigger statements_fts_after_insert');
    for (const row of syntheticRows(n, firstId, todayIso())) insert.run(row);
    for (const index of indexes) sqlite.exec(index.sql);
    sqlite.exec(ftsTrigger);
    sqlite.exec("insert into statements_fts (statements_fts) values ('rebuild')");
  })();
  sqlite.exec('ANALYZE');
  sqlite.pragma('journal_mode = WAL');
  const rows = (sqlite.prepare('select count(*) as n from statements').get() as { n: number }).n;
  sqlite.close();
  return { path, rows, seconds: (performance.now() - started) / 1000 };
}
