import type { Db } from '../../../db/client';
import { and, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import { pairRevisions, type Statement, statements, targetVerdicts, verdictRevisions } from '../../../db/schema';
import type { Settlement } from '../../../db/vocabulary';
import { seenFrom } from '../domain/balance-side';
import { isPriced } from '../domain/statement';
import { assessTargets } from '../domain/verdicts';
import type { View } from '../dashboard/view';
import { matchesView } from './statement-filter';
import { writeTransaction } from './write-transaction';

/*
 * Keeps target_verdicts true: every live target's verdict, judged as the
 * dashboard judges it (the same assessTargets over the same view's
 * statements), per pair, rebuilt when the pair's revision moves past the one
 * in verdict_revisions. Any writer moves the revision (triggers), so a figure
 * added by sqlite3 by hand is judged at the next read.
 */

/** Verdicts inserted per statement: six values each, well under either engine's limit on bound values. */
const VERDICTS_PER_INSERT = 1_000;

/** The pairs whose statements changed since their verdicts were judged (or were never judged). */
const stalePairs = (db: Db): Promise<{ pair: string }[]> =>
  db
    .select({ pair: pairRevisions.pair })
    .from(pairRevisions)
    .leftJoin(verdictRevisions, eq(verdictRevisions.pair, pairRevisions.pair))
    .where(or(isNull(verdictRevisions.revision), ne(verdictRevisions.revision, pairRevisions.revision)));

/** The views a pair's targets are judged in: total trade, the balance, and exports in each direction. */
function viewsOf(pair: string): View[] {
  const [first, second] = pair.split('-');
  const view = (flow: View['flow'], from: string, to: string): View => ({ pair: { first: from, second: to }, flow, from: null, to: null });
  return [view('total', first, second), view('balance', first, second), view('exports', first, second), view('exports', second, first)];
}

/** A pair's live statements newest first, the order a view reads them in. */
const pairStatements = (db: Db, pair: string): Promise<Statement[]> =>
  db.select().from(statements).where(and(eq(statements.pair, pair), isNull(statements.deletedAt))).orderBy(desc(statements.statementDate), desc(statements.id));

interface VerdictRow {
  statementId: number;
  pair: string;
  settled: Settlement;
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

/**
 * Replaces a pair's verdicts with `verdicts` and marks them judged at the
 * pair's revision; one step of the write transaction (`tx`) that read the
 * statements they were judged from.
 */
async function storePairVerdicts(tx: Db, pair: string, verdicts: VerdictRow[]): Promise<void> {
  await tx.delete(targetVerdicts).where(eq(targetVerdicts.pair, pair));
  // One row per statement, the last judged winning: PostgreSQL refuses to update a row twice in one insert.
  const rows = [...new Map(verdicts.map((v) => [v.statementId, v])).values()];
  for (let start = 0; start < rows.length; start += VERDICTS_PER_INSERT) {
    // A statement moved here from another pair still has its old pair's row until that pair is judged again: this one replaces it.
    await tx
      .insert(targetVerdicts)
      .values(rows.slice(start, start + VERDICTS_PER_INSERT))
      .onConflictDoUpdate({
        target: targetVerdicts.statementId,
        set: {
          pair: sql`excluded.pair`,
          settled: sql`excluded.settled`,
          periodEnd: sql`excluded.period_end`,
          ratio: sql`excluded.ratio`,
          outcomeId: sql`excluded.outcome_id`,
        },
      });
  }
  const [current] = await tx.select({ revision: pairRevisions.revision }).from(pairRevisions).where(eq(pairRevisions.pair, pair));
  if (!current) return;
  await tx
    .insert(verdictRevisions)
    .values({ pair, revision: current.revision })
    .onConflictDoUpdate({ target: verdictRevisions.pair, set: { revision: current.revision } });
}

/** Rebuilds the verdicts of every pair that changed since they were judged, one write transaction per pair; says how many pairs it judged. */
export async function refreshTargetVerdicts(db: Db): Promise<number> {
  const stale = await stalePairs(db);
  for (const { pair } of stale) {
    await yieldToOthers();
    // Read and written in one transaction: a write landing between the two cannot be marked as judged.
    await writeTransaction(db, async (tx) => storePairVerdicts(tx, pair, judgePair(pair, await pairStatements(tx, pair))));
  }
  return stale.length;
}
