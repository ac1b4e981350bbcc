import 'server-only';
import { and, eq, gte, lte, max, sql, sum, type SQL } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { officialFigures } from '../../../db/schema';
import { asofInstant } from '../dashboard/asof';
import type { Direction, OfficialRow } from '../dashboard/official-series';
import { pairKey } from '../domain/pair';
import type { View } from '../dashboard/view';

/**
 * Yearly official figures for a view. Only whole calendar years are drawn, so
 * monthly rows never pass for a year. For total trade a reporter's exports and
 * imports are added, and the row says which directions it adds: a side that
 * gave only one is still shown, named as part of the total. For the balance
 * the first economy's imports are taken from its exports (whichever economy
 * reported them), only where the reporter gave both directions. A pinned view
 * reads only the figures on file by its date.
 */
export async function fetchOfficialRows(view: View): Promise<OfficialRow[]> {
  if (!view.pair) return [];
  const { first, second } = view.pair;
  const year = sql<number>`cast(substr(${officialFigures.periodStart}, 1, 4) as integer)`;
  const conditions: SQL[] = [
    eq(officialFigures.pair, pairKey(first, second)),
    sql`substr(${officialFigures.periodStart}, 6) = '01-01' and substr(${officialFigures.periodEnd}, 6) = '12-31' and substr(${officialFigures.periodStart}, 1, 4) = substr(${officialFigures.periodEnd}, 1, 4)`,
  ];
  const directed = view.flow === 'exports' || view.flow === 'imports';
  if (directed) conditions.push(eq(officialFigures.origin, view.flow === 'exports' ? first : second));
  if (view.from !== null) conditions.push(gte(officialFigures.periodEnd, `${view.from}-01-01`));
  if (view.to !== null) conditions.push(lte(officialFigures.periodStart, `${view.to}-12-31`));
  if (view.asof) conditions.push(lte(officialFigures.createdAt, asofInstant(view.asof)));

  const db = getDb();
  if (directed) {
    return db
      .select({
        reporter: officialFigures.reporter,
        flow: officialFigures.flow,
        year,
        valueUsd: officialFigures.valueUsd,
        source: officialFigures.source,
        releaseDate: officialFigures.releaseDate,
      })
      .from(officialFigures)
      .where(and(...conditions))
      .all();
  }
  const rows = db
    .select({
      reporter: officialFigures.reporter,
      flow: sql<'total' | 'balance'>`${view.flow}`,
      year,
      valueUsd: (view.flow === 'balance'
        ? sql<number>`sum(case when ${officialFigures.origin} = ${first} then ${officialFigures.valueUsd} else -${officialFigures.valueUsd} end)`
        : sql<number>`${sum(officialFigures.valueUsd)}`
      ).mapWith(Number),
      directions: sql<string>`group_concat(distinct ${officialFigures.flow})`,
      source: sql<string>`group_concat(distinct ${officialFigures.source})`,
      releaseDate: max(officialFigures.releaseDate),
    })
    .from(officialFigures)
    .where(and(...conditions))
    .groupBy(officialFigures.reporter, year)
    .having(view.flow === 'balance' ? sql`count(distinct ${officialFigures.flow}) = 2` : undefined)
    .all();
  return rows.map(({ directions, ...row }) => ({
    ...row,
    ...(view.flow === 'total' ? { directions: (['exports', 'imports'] as Direction[]).filter((d) => directions.split(',').includes(d)) } : {}),
  }));
}
