import { count, max, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { nameMerges, pairRevisions } from '../../../db/schema';
import { addNewNames } from './name-index';
import { refreshTargetVerdicts } from './target-verdict-refresh';

/*
 * The browser's derived tables (target_verdicts, name_keys) brought up to date
 * before a read. Whether anything changed is one read of pair_revisions (a row
 * per pair, bumped by triggers for every writer and every app instance), so a
 * read after no write costs that and nothing more.
 */

/** The state of every pair's statements: how many pairs and the sum of their revisions. */
async function recordRevision(db: Db): Promise<string> {
  const [row] = await db
    .select({ pairs: count(), revisions: sql<number>`coalesce(sum(${pairRevisions.revision}), 0)`.mapWith(Number) })
    .from(pairRevisions);
  return `${row.pairs}:${row.revisions}`;
}

/** Merging names changes how rows group without changing a statement. */
async function mergesRevision(db: Db): Promise<string> {
  const [row] = await db.select({ merges: count(), latest: max(nameMerges.mergedAt) }).from(nameMerges);
  return `${row.merges}:${row.latest ?? ''}`;
}

interface Freshness {
  revision: string | null;
  running: Promise<void> | null;
}

const byDatabase = new WeakMap<Db, Freshness>();

/**
 * Brings target_verdicts and name_keys up to date with the statements (one
 * refresh at a time per database), and says which state of the record they
 * now stand for: answers computed from them are kept while it holds.
 */
export async function freshBrowseTables(db: Db): Promise<string> {
  let state = byDatabase.get(db);
  if (!state) byDatabase.set(db, (state = { revision: null, running: null }));
  for (;;) {
    if (state.running) {
      await state.running;
      continue;
    }
    const revision = await recordRevision(db);
    // Another call may have started a refresh while this one read.
    if (state.running) continue;
    if (revision === state.revision) return `${revision}/${await mergesRevision(db)}`;
    const refresh = async () => {
      await refreshTargetVerdicts(db);
      await addNewNames(db);
      state.revision = revision;
    };
    state.running = refresh().finally(() => (state.running = null));
  }
}
