import 'server-only';
import { and, asc, eq, gte, isNull, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { statements, targetVerdicts } from '../../../db/schema';
import { VERDICT_WORDS, type VerdictFacet } from '../browse/browse-query';
import { afterCondition, type Cursor, encodeCursor } from '../browse/cursor';
import type { Flow } from '../domain/vocabulary';
import { keyOfSlug } from '../domain/name-keys';
import { pairKey } from '../domain/pair';
import { selectTargetVerdicts, targetVerdictRow, type TargetVerdictRow } from './target-verdict-rows';

/*
 * GET /api/targets: live targets with their date-free verdicts
 * (target_verdicts, brought up to date by freshBrowseTables before this is
 * read), filtered, a page at a time by period then id (keyset: the cursor
 * names the last row's period_start and id, so a deep page costs what the
 * first does). The rows are those of the data package's targets.csv.
 */

export interface TargetFilters {
  pair?: string;
  flow?: Flow;
  verdict?: VerdictFacet;
  /** The year the target's period starts in. */
  period?: number;
  /** A speaker's slug: every spelling grouped under it (name_keys). */
  speaker?: string;
}

export interface TargetPage {
  rows: TargetVerdictRow[];
  /** The cursor of the next page (a period_start and an id); null on the last. */
  next: string | null;
}

function conditionsOf(filters: TargetFilters, today: string): SQL[] {
  const conditions: SQL[] = [isNull(statements.deletedAt)];
  if (filters.pair) {
    const [a, b] = filters.pair.split('-');
    conditions.push(eq(targetVerdicts.pair, pairKey(a, b)));
  }
  if (filters.flow) conditions.push(eq(statements.flow, filters.flow));
  if (filters.period !== undefined) conditions.push(and(gte(statements.periodStart, `${filters.period}-01-01`), lte(statements.periodStart, `${filters.period}-12-31`))!);
  if (filters.speaker) conditions.push(sql`${statements.speaker} in (select name from name_keys where kind = 'speaker' and key = ${keyOfSlug(filters.speaker)})`);
  // A verdict is the settled one once the period has ended (isDue), not yet due before.
  if (filters.verdict === 'not-yet-due') conditions.push(gte(targetVerdicts.periodEnd, today));
  else if (filters.verdict) conditions.push(and(eq(targetVerdicts.settled, VERDICT_WORDS[filters.verdict] as TargetVerdictRow['settled']), lt(targetVerdicts.periodEnd, today))!);
  return conditions;
}

/** One page of the targets matching `filters`, after `cursor`, judged as of `today`. */
export async function fetchTargetPage(db: Db, filters: TargetFilters, cursor: Cursor | null, limit: number, today: string): Promise<TargetPage> {
  const conditions = conditionsOf(filters, today);
  if (cursor) conditions.push(afterCondition(statements.periodStart, statements.periodStart.notNull, statements.id, 'asc', cursor));
  const found = await selectTargetVerdicts(db)
    .where(and(...conditions))
    .orderBy(asc(statements.periodStart), asc(statements.id))
    .limit(limit + 1);
  const rows = found.slice(0, limit).map(targetVerdictRow);
  const last = rows.at(-1);
  return { rows, next: found.length > limit && last ? encodeCursor({ value: last.periodStart, id: last.targetId }) : null };
}
