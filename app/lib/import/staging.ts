import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The statements columns an import fills, in the order the staging table and
 * the final INSERT list them (id, derived_from_id and deleted_at are set apart).
 */
export const STAGED_STATEMENT_COLUMNS = [
  'economy_a', 'economy_b', 'pair', 'flow', 'origin', 'kind', 'period_start', 'period_end', 'period_label', 'value_text',
  'value_stated', 'currency', 'usd_rate', 'value_usd', 'rate_origin', 'rate_source', 'hedge', 'speaker', 'speaker_role', 'organisation', 'outlet',
  'source_url', 'quote', 'statement_date', 'published_date', 'notes', 'derivation', 'created_at', 'updated_at',
] as const;

export const STAGED_FIGURE_COLUMNS = [
  'reporter', 'partner', 'pair', 'flow', 'origin', 'period_start', 'period_end', 'period_label', 'value_usd', 'source', 'release_date', 'created_at',
] as const;

export type StagedValue = string | number | null;

/**
 * A private SQLite file the checked rows of one import wait in, so that a
 * 200 MB file is never held in memory and nothing touches the real database
 * until every row has passed. Columns are untyped: values stay as bound.
 * `statements` rows also carry how the file links them: its own id for the
 * row (file_id), the id its derived_from_id names (parent_file_id), and, once
 * resolved, the in-file parent (parent_seq), the statement already recording
 * it (existing_id), an earlier row of the file with the same figure (dup_of),
 * and the id it is given (new_id).
 */
const SCHEMA = `
  create table statements (
    seq integer primary key, line integer not null, file_id, parent_file_id, parent_seq, existing_id, dup_of, new_id,
    derived_from_id, figure_key, ${STAGED_STATEMENT_COLUMNS.join(', ')}
  );
  create index statements_file_id on statements (file_id) where file_id is not null;
  create index statements_figure_key on statements (figure_key, seq);
  create table figures (seq integer primary key, line integer not null, ${STAGED_FIGURE_COLUMNS.join(', ')});
`;

export interface Staging {
  readonly path: string;
  readonly db: Database.Database;
  /** Rows of one table in one short transaction of this private file (nobody else waits on it). */
  insert(table: 'statements' | 'figures', rows: Record<string, StagedValue>[]): void;
  dispose(): void;
}

export function openStaging(): Staging {
  const folder = mkdtempSync(join(tmpdir(), 'tradewatch-import-'));
  const path = join(folder, 'staging.db');
  const db = new Database(path);
  // A scratch file thrown away after the import: no journal, no fsync.
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(SCHEMA);
  const statementFields = ['line', 'file_id', 'parent_file_id', 'figure_key', ...STAGED_STATEMENT_COLUMNS];
  const figureFields = ['line', ...STAGED_FIGURE_COLUMNS];
  const insertInto = (table: string, fields: string[]) =>
    db.prepare(`insert into ${table} (${fields.join(', ')}) values (${fields.map((f) => `@${f}`).join(', ')})`);
  const statements = insertInto('statements', statementFields);
  const figures = insertInto('figures', figureFields);
  const insertMany = db.transaction((table: 'statements' | 'figures', rows: Record<string, StagedValue>[]) => {
    const statement = table === 'statements' ? statements : figures;
    for (const row of rows) statement.run(row);
  });
  return {
    path,
    db,
    insert: (table, rows) => insertMany(table, rows),
    dispose: () => {
      if (db.open) db.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
