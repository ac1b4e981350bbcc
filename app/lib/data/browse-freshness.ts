import type Database from 'better-sqlite3';
import type { Db } from '../../../db/client';
import { addNewNames } from './name-index';
import { refreshTargetVerdicts } from './target-verdict-refresh';

/*
 * The browser's derived tables (target_verdicts, name_keys) brought up to date
 * before a read. Whether anything changed is one read of pair_revisions (a row
 * per pair, bumped by triggers for every writer and every app instance), so a
 * read after no write costs that and nothing more.
 */

const RECORD_REVISION = "select count(*) || ':' || coalesce(sum(revision), 0) from pair_revisions";
// Merging names changes how rows group without changing a statement.
const MERGES_REVISION = "select count(*) || ':' || coalesce(max(merged_at), '') from name_merges";

interface Freshness {
  revision: string | null;
  running: Promise<void> | null;
}

const byDatabase = new WeakMap<Database.Database, Freshness>();

/**
 * Brings target_verdicts and name_keys up to date with the statements (one
 * refresh at a time per database), and says which state of the record they
 * now stand for: answers computed from them are kept while it holds.
 */
export async function freshBrowseTables(db: Db): Promise<string> {
  let state = byDatabase.get(db.$client);
  if (!state) byDatabase.set(db.$client, (state = { revision: null, running: null }));
  for (;;) {
    if (state.running) {
      await state.running;
      continue;
    }
    const revision = db.$client.prepare(RECORD_REVISION).pluck().get() as string;
    if (revision === state.revision) return `${revision}/${db.$client.prepare(MERGES_REVISION).pluck().get() as string}`;
    const refresh = async () => {
      await refreshTargetVerdicts(db);
      addNewNames(db);
      state.revision = revision;
    };
    state.running = refresh().finally(() => (state.running = null));
  }
}
