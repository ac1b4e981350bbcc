import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { getDb } from '../../../db/client';
import { todayIso } from '../domain/dates';
import type { Flow } from '../domain/vocabulary';
import { mainMeasure, type MeasureCount, type OverviewFigure, overviewOn, type PairOverview, type PairRecord, recordOfPair } from '../dashboard/pair-overview';
import { type PageSlice, pageSlice } from '../dashboard/paging';
import { filterAndSortPairs, type PairListing } from '../dashboard/pair-sorting';
import { allPairRevisions } from './pair-revisions';
import { storedPairRecord, storePairRecord } from './pair-records';
import { allRows, indexedBy } from './sql-dialect';
import { cacheFor } from './token-cache';

// One record per pair, kept until that pair's statements change: a write
// recomputes one pair, not all of them. Records hold no verdict for a date
// (the day's verdicts are read off them at render), so midnight costs nothing,
// and they are stored in pair_records, so a restart costs one read per pair.
const recordsOf = (db: Db) => cacheFor<Promise<PairRecord | null>>('pair records', db, 10_000);

// Both queries are named to the covering index, so SQLite reads it in order; a
// database without statistics would otherwise pick a narrower index and read
// one table row per statement. The first counts (from the index alone), the
// second reads only the statements of the measure chosen from the counts.
const measuresOfPair = (db: Db, pair: string) => sql`
  select flow, origin, count(*) as statements
  from statements ${indexedBy(db, 'statements_pair_figures')}
  where pair = ${pair} and deleted_at is null and value_usd is not null
  group by flow, origin`;

// Only figures with a dollar value: one without (no rate for its currency) cannot be compared.
// Ordered by id as they were entered, so ties (which order the pair is named
// in) fall the same way every time. Aliases are quoted: PostgreSQL folds bare ones to lower case.
const figuresOfMeasure = (db: Db, pair: string, flow: Flow, origin: string | null) => sql`
  select id, pair, economy_a as "economyA", economy_b as "economyB", flow, origin, kind,
    period_start as "periodStart", period_end as "periodEnd", period_label as "periodLabel",
    value_usd as "valueUsd", hedge, statement_date as "statementDate", derived_from_id as "derivedFromId",
    -- The rule of domain/provenance.ts isUnsourced, here so the overview needs no source columns.
    (coalesce(trim(source_url), '') = '' and coalesce(trim(quote), '') = '') as unsourced
  from statements ${indexedBy(db, 'statements_pair_figures')}
  where pair = ${pair} and deleted_at is null and value_usd is not null
    and ${flow === 'exports' ? sql`flow in ('exports', 'imports')` : sql`flow = ${flow}`}
    ${origin === null ? sql`` : sql`and origin = ${origin}`}
  order by id`;

/** Lets other requests in between two pairs' computations, so a long recompute never holds up the server. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The pair's record for this revision: stored by an earlier run, or computed now and stored. */
async function recordOf(db: Db, pair: string, revision: number): Promise<PairRecord | null> {
  const stored = await storedPairRecord(db, pair, revision);
  if (stored !== undefined) return stored;
  const record = await computeRecord(db, pair);
  await storePairRecord(db, pair, revision, record);
  return record;
}

async function computeRecord(db: Db, pair: string): Promise<PairRecord | null> {
  await yieldToOthers();
  const counts = await allRows<MeasureCount>(db, measuresOfPair(db, pair));
  if (counts.length === 0) return null;
  const measure = mainMeasure(counts);
  // A balance's origin is the side that stated it: the record reads both sides.
  const origin = measure.flow === 'balance' ? null : measure.origin;
  // SQLite answers the flag as 0 or 1, PostgreSQL as a boolean; the record keeps a boolean.
  const rows = await allRows<Omit<OverviewFigure, 'unsourced'> & { unsourced: number | boolean }>(db, figuresOfMeasure(db, pair, measure.flow, origin));
  const figures: OverviewFigure[] = rows.map((row) => ({ ...row, unsourced: Boolean(row.unsourced) }));
  return recordOfPair(figures, measure, counts.reduce((sum, c) => sum + c.statements, 0));
}

/** Every pair with live statements, one record each, computing those whose pair changed since. */
export async function fetchPairRecords(): Promise<PairRecord[]> {
  const db = getDb();
  const records = recordsOf(db);
  const found: PairRecord[] = [];
  // One after another: each yields first, so requests for other pages are answered in between.
  for (const { pair, revision } of await allPairRevisions(db)) {
    const record = await records.getAsync(pair, String(revision), () => recordOf(db, pair, revision));
    if (record) found.push(record);
  }
  return found;
}

/** Every pair with live statements, one overview each, with the verdicts of `today`. */
export async function fetchPairOverviews(today = todayIso()): Promise<PairOverview[]> {
  return (await fetchPairRecords()).map((record) => overviewOn(record, today));
}

/**
 * Brings every pair's record up to date (called at start-up, in the
 * background): those stored are read, those whose pair changed while the
 * server was down are computed, so the first /pairs is as fast as any other.
 */
export async function warmPairOverviews(): Promise<{ pairs: number; seconds: number }> {
  const started = performance.now();
  const pairs = (await fetchPairRecords()).length;
  return { pairs, seconds: (performance.now() - started) / 1000 };
}

/** Everything /pairs shows: one page of the pairs matching its filter, in its order. */
export interface PairsOverview extends PairListing {
  /** Pairs with statements, before the filter. */
  total: number;
  matching: number;
  slice: PageSlice;
  rows: PairOverview[];
}

/** Pairs per page: a screenful to scan, and a page that costs the same however many pairs are stored. */
export const PAIRS_PAGE_SIZE = 50;

export async function getPairsOverview(listing: PairListing, page: string | string[] | undefined): Promise<PairsOverview> {
  const all = await fetchPairOverviews();
  const matching = filterAndSortPairs(all, listing.query, listing.sort, listing.direction);
  const slice = pageSlice(page, matching.length, PAIRS_PAGE_SIZE);
  return { ...listing, total: all.length, matching: matching.length, slice, rows: matching.slice(slice.offset, slice.offset + slice.size) };
}
