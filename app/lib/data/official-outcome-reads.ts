import 'server-only';
import { and, eq, lte, type SQL } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { officialFigures } from '../../../db/schema';
import { asofInstant } from '../dashboard/asof';
import type { View } from '../dashboard/view';
import { OfficialBook } from '../domain/official-book';
import { type Pair, pairKey } from '../domain/pair';

/**
 * The official figures a view's targets are compared with, read once per
 * request: every figure of the pair (for a directed view, only the goods
 * leaving its first economy, which both sides report), annual and monthly,
 * as the record stood at a pinned view's moment. One range of the
 * official_figures_pair_origin_period index; a pair holds a few rows per year
 * and month, so no cache is kept (official figures have no revision counter
 * yet: see the report of issue 14).
 */
export async function fetchOfficialBook(view: View & { pair: Pair }): Promise<OfficialBook> {
  const { first, second } = view.pair;
  const conditions: SQL[] = [eq(officialFigures.pair, pairKey(first, second))];
  if (view.flow === 'exports' || view.flow === 'imports') conditions.push(eq(officialFigures.origin, view.flow === 'exports' ? first : second));
  if (view.asof) conditions.push(lte(officialFigures.createdAt, asofInstant(view.asof)));
  const rows = await getDb()
    .select({
      reporter: officialFigures.reporter,
      partner: officialFigures.partner,
      flow: officialFigures.flow,
      periodStart: officialFigures.periodStart,
      periodEnd: officialFigures.periodEnd,
      valueUsd: officialFigures.valueUsd,
      source: officialFigures.source,
      releaseDate: officialFigures.releaseDate,
    })
    .from(officialFigures)
    .where(and(...conditions));
  return new OfficialBook(rows);
}
