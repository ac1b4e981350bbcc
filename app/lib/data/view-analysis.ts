import 'server-only';
import { getDb } from '../../../db/client';
import { analyseStatements, type ViewAnalysis } from '../dashboard/view-analysis';
import { type Pair, pairKey } from '../domain/pair';
import { pairRevision } from './pair-revisions';
import { fetchViewStatements } from './statement-reads';
import { cacheFor } from './token-cache';
import { type View, viewDataQuery } from '../dashboard/view';

// A view's analysis reads every statement of its pair, so it is kept until that
// pair changes (any writer bumps pair_revisions). It holds no verdict for a
// date, so midnight costs nothing: the day's verdicts are read off it at render.
// Readers far outnumber writes; a save elsewhere costs nothing here. A pinned
// view is analysed from its statements as they stood then (fetchViewStatements),
// under its own key: how it is drawn (the scale) is not part of the key.
const analysesOf = (db: object) => cacheFor<Promise<ViewAnalysis>>('view analyses', db, 64);

export async function analyseView(view: View & { pair: Pair }): Promise<ViewAnalysis> {
  const db = getDb();
  const revision = await pairRevision(db, pairKey(view.pair.first, view.pair.second));
  return analysesOf(db).getAsync(viewDataQuery(view), String(revision), async () => analyseStatements(await fetchViewStatements(view)));
}
