import type Database from 'better-sqlite3';
import { undoMigration0014 } from './undo-migration-0014';

/**
 * Undoes what migration 0013 (accounts and review) made, for tests that
 * rewind a database to an older migration and run the rest again: its
 * tables, and the columns it added to sessions and statement_history. The
 * accounts it made are lost, as they would be on the older version. The
 * migrations after it are undone first: they run again too.
 */
export function undoMigration0013(sqlite: Database.Database): void {
  undoMigration0014(sqlite);
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite.exec(`
      drop table proposals; drop table audit_log; drop table api_tokens; drop table invitations; drop table sign_in_throttle;
      drop index sessions_account; alter table sessions drop column account_id;
      alter table statement_history drop column account_id; alter table statement_history drop column reason; alter table statement_history drop column reviewer_id;
      drop table accounts;
      delete from app_meta where key = 'founding_account';
    `);
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
