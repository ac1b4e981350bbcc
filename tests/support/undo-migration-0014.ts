import type Database from 'better-sqlite3';

/**
 * Undoes what migration 0014 (browse and search) made, for tests that rewind
 * a database to an older migration and run the rest again: the full-text
 * index and its triggers, the derived tables and the browser's indexes. All
 * of it is rebuilt from the statements when 0014 runs again.
 */
export function undoMigration0014(sqlite: Database.Database): void {
  sqlite.exec(`
    drop trigger statements_fts_after_insert; drop trigger statements_fts_after_delete; drop trigger statements_fts_after_update;
    drop table statements_fts;
    drop table name_keys; drop table name_merges; drop table target_verdicts; drop table verdict_revisions;
    drop index statements_browse_stated; drop index statements_browse_value; drop index statements_browse_speaker; drop index statements_browse_outlet;
  `);
}
