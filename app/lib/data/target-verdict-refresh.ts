import type { Db } from '../../../db/client';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { type Statement, statements } from '../../../db/schema';
import { seenFrom } from '../domain/balance-side';
import { isPriced } from '../domain/statement';
import { assessTargets } from '../domain/verdicts';
import type { View } from '../dashboard/view';
import { matchesView } from './statement-filter';

/*
 * Keeps target_verdicts true: every live target's verdict, judged as the
 * dashboard judges it (the same assessTargets over the same view's
 * statements), per pair, rebuilt when the pair's revision moves past the one
 * in verdict_revisions. Any writer moves the revision (triggers), so a figure
 * added by sqlite3 by hand is judged at the next read.
 */

const STALE_PAIRS = `
  select r.pair, r.revision from pair_revisions r
  left join verdict_revisions v on v.pair = r.pair
  where v.revision is null or v.revision <> r.revision`;


/** The views a pair's targets are judged in: total trade, the balance, and exports in each direction. */
function viewsOf(pair: string): View[] {
  const [first, second] = pair.split('-');
  const view = (flow: View['flow'], from: string, to: string): View => ({ pair: { first: from, second: to }, flow, from: null, to: null });
  return [view('total', first, second), view('balance', first, second), view('exports', first, second), view('exports', second, first)];
}

/** A pair's live statements newest first, the order a view reads them in. */
const pairStatements = (db: Db, pair: string): Statement[] =>
  db.select().from(statements).where(and(eq(statements.pair, pair), isNull(statements.deletedAt))).orderBy(desc(statements.statementDate), desc(statements.id)).all();

interface VerdictRow {
  statementId: number;
  pair: string;
  settled: string;
  periodEnd: string;
  ratio: number | null;
  outcomeId: number | null;
}

/** Every live target of a pair with its date-free verdict. */
export function judgePair(pair: string, rows: Statement[]): VerdictRow[] {
  const found: VerdictRow[] = [];
  for (const view of viewsOf(pair)) {
    const first = view.pair!.first;
    const figures = rows.filter((s) => matchesView(view, s)).map((s) => seenFrom(first, s)).filter(isPriced);
    for (const a of assessTargets(figures)) {
      found.push({ statementId: a.target.id, pair, settled: a.settled, periodEnd: a.target.periodEnd, ratio: a.ratio, outcomeId: a.outcome?.id ?? null });
    }
  }
  return found;
}

/** Lets other requests in between two pairs, so a long rebuild never holds the server up. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Rebuilds the verdicts of every pair that changed since they were judged; says how many pairs it judged. */
export async function refreshTargetVerdicts(db: Db): Promise<number> {
  const sqlite = db.$client;
  const stale = sqlite.prepare(STALE_PAIRS).all() as { pair: string; revision: number }[];
  const clear = sqlite.prepare('delete from target_verdicts where pair = ?');
  const insert = sqlite.prepare('insert or replace into target_verdicts (statement_id, pair, settled, period_end, ratio, outcome_id) values (@statementId, @pair, @settled, @periodEnd, @ratio, @outcomeId)');
  const mark = sqlite.prepare('insert into verdict_revisions (pair, revision) values (?, ?) on conflict (pair) do update set revision = excluded.revision');
  const currentRevision = sqlite.prepare('select revision from pair_revisions where pair = ?').pluck();
  for (const { pair } of stale) {
    await yieldToOthers();
    // Read and written in one transaction: a write landing between the two cannot be marked as judged.
    sqlite
      .transaction(() => {
        const verdicts = judgePair(pair, pairStatements(db, pair));
        clear.run(pair);
        for (const verdict of verdicts) insert.run(verdict);
        mark.run(pair, currentRevision.get(pair));
      })
      .immediate();
  }
  return stale.length;
}
