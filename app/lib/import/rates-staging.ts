import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RateRow } from './rates-rows';

/** A rate given twice in one file: the later line, and the line that gave it first. */
export interface RepeatedRate {
  rate: RateRow;
  firstLine: number;
}

/**
 * A private SQLite file the rates of one import wait in until every row has
 * passed, so a large file is never held in memory and the commit can copy
 * them in one set-based statement on another thread (commit-in-worker.ts).
 * Its primary key is the table's, so a rate given twice is found as it arrives.
 */
export interface RatesStaging {
  readonly path: string;
  /** The private file itself, for a commit that reads its rows (PostgreSQL's). */
  readonly db: Database.Database;
  /** Adds rates in one short transaction of this private file; returns those the file gave before. */
  add(rates: RateRow[]): RepeatedRate[];
  count(): number;
  dispose(): void;
}

const SCHEMA = `
  create table rates (
    currency text not null, year integer not null, month integer not null, units_per_usd real not null,
    source text not null, licence text, line integer not null,
    -- set by the commit: 'added' (new), 'unchanged' (the table has the same), null (it replaces what the table has)
    state text,
    primary key (currency, year, month)
  ) without rowid;
`;

export function openRatesStaging(): RatesStaging {
  const folder = mkdtempSync(join(tmpdir(), 'tradewatch-rates-'));
  const path = join(folder, 'staging.db');
  const db = new Database(path);
  // A scratch file thrown away after the import: no journal, no fsync.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(SCHEMA);
  const insert = db.prepare(
    `insert into rates (currency, year, month, units_per_usd, source, licence, line)
     values (@currency, @year, @month, @unitsPerUsd, @source, @licence, @line) on conflict do nothing`,
  );
  const firstLine = db.prepare('select line from rates where currency = ? and year = ? and month = ?').pluck();
  const addAll = db.transaction((rates: RateRow[]) => {
    const repeated: RepeatedRate[] = [];
    for (const rate of rates) {
      if (insert.run(rate).changes === 0) repeated.push({ rate, firstLine: firstLine.get(rate.currency, rate.year, rate.month) as number });
    }
    return repeated;
  });
  const count = db.prepare('select count(*) from rates').pluck();
  return {
    path,
    db,
    add: (rates) => addAll(rates),
    count: () => count.get() as number,
    dispose: () => {
      if (db.open) db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
