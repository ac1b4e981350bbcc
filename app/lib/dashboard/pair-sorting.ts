import { economyName } from '../domain/economies';
import type { PairOverview } from './pair-overview';

export const PAIR_SORTS = {
  pair: 'Pair',
  statements: 'Statements',
  latest: 'Latest reported',
  targets: 'Targets',
  met: 'Met',
  missed: 'Missed',
  worst: 'Worst miss',
} as const;
export type PairSort = keyof typeof PAIR_SORTS;
export type SortDirection = 'asc' | 'desc';

export function pairName(o: Pick<PairOverview, 'first' | 'second'>): string {
  return `${economyName(o.first)}–${economyName(o.second)}`;
}

const SORT_VALUE: Record<PairSort, (o: PairOverview) => number | string> = {
  pair: (o) => pairName(o),
  statements: (o) => o.statementCount,
  latest: (o) => o.latestReported?.valueUsd ?? -1,
  targets: (o) => o.targets,
  met: (o) => o.met,
  missed: (o) => o.missed,
  // A lower share of target is a worse miss; pairs without a miss sort last.
  worst: (o) => o.worstMiss?.ratio ?? Number.POSITIVE_INFINITY,
};

/** What the pair list shows, as its URL asks for it. */
export interface PairListing {
  query: string;
  sort: PairSort;
  direction: SortDirection;
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

/** Names and "worst miss" read best from the top (ascending); counts from the largest. */
export const naturalDirection = (sort: PairSort): SortDirection => (sort === 'pair' || sort === 'worst' ? 'asc' : 'desc');

/** The listing a URL asks for: unknown sorts fall back to the most documented pairs first. */
export function pairListingFromParams(params: Record<string, string | string[] | undefined>): PairListing {
  const sortText = one(params.sort);
  // Own keys only: `in` would take "__proto__" or "valueOf" for a sort (issue 11, item 13).
  const sort: PairSort = Object.hasOwn(PAIR_SORTS, sortText) ? (sortText as PairSort) : 'statements';
  const dir = one(params.dir);
  return { query: one(params.q).slice(0, 100), sort, direction: dir === 'asc' || dir === 'desc' ? dir : naturalDirection(sort) };
}

/** Filters by any part of either economy's name or code, then sorts. */
export function filterAndSortPairs(overviews: PairOverview[], query: string, sort: PairSort, direction: SortDirection): PairOverview[] {
  const needle = query.trim().toLowerCase();
  const matching = needle
    ? overviews.filter((o) => `${pairName(o)} ${o.first} ${o.second}`.toLowerCase().includes(needle))
    : overviews;
  const value = SORT_VALUE[sort];
  const sign = direction === 'asc' ? 1 : -1;
  return [...matching].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    const order = typeof x === 'string' ? x.localeCompare(String(y)) : x - Number(y);
    return sign * order || pairName(a).localeCompare(pairName(b));
  });
}
