import 'server-only';
import { and, asc, count, countDistinct, eq, gte, lte, max, min, sql, sum, type SQL } from 'drizzle-orm';
import { getDb } from '../../../db/client';
import { bytewise, distinctJoined } from './sql-dialect';
import { type OfficialFigure, officialFigures } from '../../../db/schema';
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
      .where(and(...conditions));
  }
  const rows = await db
    .select({
      reporter: officialFigures.reporter,
      flow: sql<'total' | 'balance'>`${view.flow}`,
      year,
      valueUsd: (view.flow === 'balance'
        ? sql<number>`sum(case when ${officialFigures.origin} = ${first} then ${officialFigures.valueUsd} else -${officialFigures.valueUsd} end)`
        : sql<number>`${sum(officialFigures.valueUsd)}`
      ).mapWith(Number),
      directions: distinctJoined(db, officialFigures.flow),
      source: distinctJoined(db, officialFigures.source),
      releaseDate: max(officialFigures.releaseDate),
    })
    .from(officialFigures)
    .where(and(...conditions))
    .groupBy(officialFigures.reporter, year)
    .having(view.flow === 'balance' ? sql`count(distinct ${officialFigures.flow}) = 2` : undefined);
  return rows.map(({ directions, ...row }) => ({
    ...row,
    ...(view.flow === 'total' ? { directions: (['exports', 'imports'] as Direction[]).filter((d) => directions.split(',').includes(d)) } : {}),
  }));
}

/** An official figure as the /official.csv download gives it. */
export type OfficialCsvFigure = Pick<OfficialFigure, 'reporter' | 'partner' | 'flow' | 'periodStart' | 'periodEnd' | 'periodLabel' | 'valueUsd' | 'source' | 'releaseDate'>;

/** The columns of an official figure as official.csv gives it (OfficialCsvFigure), for every read that hands figures on. */
export const OFFICIAL_CSV_SELECTION = {
  reporter: officialFigures.reporter,
  partner: officialFigures.partner,
  flow: officialFigures.flow,
  periodStart: officialFigures.periodStart,
  periodEnd: officialFigures.periodEnd,
  periodLabel: officialFigures.periodLabel,
  valueUsd: officialFigures.valueUsd,
  source: officialFigures.source,
  releaseDate: officialFigures.releaseDate,
};

/**
 * Every official figure of a view, annual and monthly, in period order: both
 * sides' figures of the pair (for a directed view, the goods leaving its
 * first economy, which one side reports as exports and the other as
 * imports), overlapping its years, as on file at a pinned view's moment. A
 * pair holds a few rows per year and month, read off the
 * official_figures_pair_origin_period index.
 */
export async function fetchViewOfficialFigures(view: View & { pair: NonNullable<View['pair']> }): Promise<OfficialCsvFigure[]> {
  const { first, second } = view.pair;
  const conditions: SQL[] = [eq(officialFigures.pair, pairKey(first, second))];
  if (view.flow === 'exports' || view.flow === 'imports') conditions.push(eq(officialFigures.origin, view.flow === 'exports' ? first : second));
  if (view.from !== null) conditions.push(gte(officialFigures.periodEnd, `${view.from}-01-01`));
  if (view.to !== null) conditions.push(lte(officialFigures.periodStart, `${view.to}-12-31`));
  if (view.asof) conditions.push(lte(officialFigures.createdAt, asofInstant(view.asof)));
  return getDb()
    .select(OFFICIAL_CSV_SELECTION)
    .from(officialFigures)
    .where(and(...conditions))
    .orderBy(asc(officialFigures.periodStart), asc(officialFigures.periodEnd), asc(officialFigures.reporter), asc(officialFigures.flow), asc(officialFigures.source));
}

/** One source of official figures on file, at a glance. */
export interface OfficialSourceSummary {
  source: string;
  figures: number;
  pairs: number;
  reporters: number;
  firstPeriod: string;
  lastPeriod: string;
  latestRelease: string | null;
}

/** What official statistics are on file, by source: the official statistics page. One pass over the table. */
export async function fetchOfficialSources(): Promise<OfficialSourceSummary[]> {
  const db = getDb();
  return db
    .select({
      source: officialFigures.source,
      figures: count(),
      pairs: countDistinct(officialFigures.pair),
      reporters: countDistinct(officialFigures.reporter),
      firstPeriod: sql<string>`${min(officialFigures.periodStart)}`,
      lastPeriod: sql<string>`${max(officialFigures.periodEnd)}`,
      latestRelease: max(officialFigures.releaseDate),
    })
    .from(officialFigures)
    .groupBy(officialFigures.source)
    .orderBy(bytewise(db, officialFigures.source));
}
