import 'server-only';
import { and, asc, eq, gt, gte, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { type OfficialFigure, officialFigures } from '../../../db/schema';
import { pairKey } from '../domain/pair';
import { OFFICIAL_CSV_SELECTION } from './official-reads';

/*
 * GET /api/official: official statistics figures as on file, filtered, a page
 * at a time in id order (keyset: a page starts after the last id of the one
 * before, so a deep page costs what the first does).
 */

export interface OfficialFilters {
  pair?: string;
  flow?: 'exports' | 'imports';
  /** The year the figure's period starts in. */
  year?: number;
}

export type OfficialListFigure = Omit<OfficialFigure, 'createdAt' | 'origin'>;

export interface OfficialPage {
  rows: OfficialListFigure[];
  /** The id the next page starts after; null on the last page. */
  nextAfterId: number | null;
}

/** One page of the official figures matching `filters`, with ids above `afterId`. */
export async function fetchOfficialPage(db: Db, filters: OfficialFilters, afterId: number, limit: number): Promise<OfficialPage> {
  const conditions: SQL[] = [gt(officialFigures.id, afterId)];
  if (filters.pair) {
    const [a, b] = filters.pair.split('-');
    conditions.push(eq(officialFigures.pair, pairKey(a, b)));
  }
  if (filters.flow) conditions.push(eq(officialFigures.flow, filters.flow));
  if (filters.year !== undefined) conditions.push(gte(officialFigures.periodStart, `${filters.year}-01-01`), lte(officialFigures.periodStart, `${filters.year}-12-31`));
  const found = await db
    .select({ id: officialFigures.id, pair: officialFigures.pair, ...OFFICIAL_CSV_SELECTION })
    .from(officialFigures)
    .where(and(...conditions))
    .orderBy(asc(officialFigures.id))
    .limit(limit + 1);
  const rows = found.slice(0, limit);
  return { rows, nextAfterId: found.length > limit ? rows.at(-1)!.id : null };
}

