import type { Metadata } from 'next';
import Link from 'next/link';
import { formatHedgedUsd, formatPercent, formatUsd, forPeriod } from '@/app/lib/domain/format';
import { fetchPairOverviews } from '@/app/lib/data/pair-overview-reads';
import { filterAndSortPairs, pairName, PAIR_SORTS, type PairSort, type SortDirection } from '@/app/lib/dashboard/pair-sorting';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { Sparkline } from '@/app/ui/pairs/sparkline';
import { TablePages } from '@/app/ui/table-pages';
import { pageSlice } from '@/app/lib/dashboard/paging';

export const metadata: Metadata = { title: 'Every pair' };

/** Pairs per page: a screenful to scan, and a page that costs the same however many pairs are stored. */
const PAIRS_PAGE_SIZE = 50;

function one(value: string | string[] | undefined): string {
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

export default async function PairsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const query = one(params.q).slice(0, 100);
  const sort: PairSort = one(params.sort) in PAIR_SORTS ? (one(params.sort) as PairSort) : 'statements';
  const direction: SortDirection = one(params.dir) === 'asc' ? 'asc' : one(params.dir) === 'desc' ? 'desc' : sort === 'pair' || sort === 'worst' ? 'asc' : 'desc';
  const all = fetchPairOverviews();
  const matching = filterAndSortPairs(all, query, sort, direction);
  const slice = pageSlice(params.page, matching.length, PAIRS_PAGE_SIZE);
  const rows = matching.slice(slice.offset, slice.offset + slice.size);
  const pageHref = (page: number) => `/pairs?${new URLSearchParams({ ...(query ? { q: query } : {}), sort, dir: direction, page: String(page) })}`;

  const sortLink = (key: PairSort) => {
    const next: SortDirection = sort === key && direction === 'asc' ? 'desc' : sort === key ? 'asc' : key === 'pair' || key === 'worst' ? 'asc' : 'desc';
    const search = new URLSearchParams({ ...(query ? { q: query } : {}), sort: key, dir: next });
    return `/pairs?${search}`;
  };
  const header = (key: PairSort, numeric = false) => (
    <th scope="col" className={numeric ? 'number' : undefined} aria-sort={sort === key ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={sortLink(key)}>
        {PAIR_SORTS[key]}
        {sort === key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
      </Link>
    </th>
  );

  return (
    <>
      <h1>Every pair at a glance</h1>
      <p className="lede">What was reported, what was promised, and how the promises fared, for every pair with statements.</p>
      <form action="/pairs" className="filters panel" role="search" aria-label="Filter pairs">
        <div>
          <label htmlFor="q">Filter by economy</label>
          <input id="q" name="q" defaultValue={query} placeholder="e.g. Afghanistan or RUS" className="pair-input" />
        </div>
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="dir" value={direction} />
        <button type="submit">Filter</button>
      </form>
      <p role="status">
        {matching.length} of {all.length} pairs{query ? ` matching “${query}”` : ''}
        {slice.pages > 1 ? `; ${slice.offset + 1}–${slice.offset + rows.length} shown` : ''}.
      </p>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Pairs with their latest figures and target record</caption>
          <thead>
            <tr>
              {header('pair')}
              <th scope="col">Trend</th>
              {header('latest', true)}
              <th scope="col">Latest target</th>
              {header('targets', true)}
              {header('met', true)}
              {header('missed', true)}
              {header('worst')}
              {header('statements', true)}
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.key}>
                <td>
                  {/* A plain anchor, like the dashboard's row links: no prefetch of every pair's dashboard. */}
                  <a href={`/?pair=${o.first}-${o.second}&flow=${o.flow}`}>{pairName(o)}</a>
                  <br />
                  <span className="hint">{o.summary}</span>
                </td>
                <td>
                  <Sparkline trend={o.trend} />
                </td>
                <td className="number">
                  {o.latestReported ? `${formatHedgedUsd(o.latestReported.valueUsd, o.latestReported.hedge)} (${o.latestReported.periodLabel})` : '—'}
                </td>
                <td>{o.latestTarget ? `${formatHedgedUsd(o.latestTarget.valueUsd, o.latestTarget.hedge)} ${forPeriod(o.latestTarget.periodLabel)}` : '—'}</td>
                <td className="number">{o.targets}</td>
                <td className="number">{o.met}</td>
                <td className="number">{o.missed}</td>
                <td>
                  {o.worstMiss && o.worstMiss.ratio !== null
                    ? `${formatHedgedUsd(o.worstMiss.target.valueUsd, o.worstMiss.target.hedge)} ${forPeriod(o.worstMiss.target.periodLabel)}: missed (reported ${formatUsd(o.worstMiss.outcome!.valueUsd)}, ${formatPercent(o.worstMiss.ratio)})`
                    : '—'}
                </td>
                <td className="number">{o.statementCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TablePages label="Pair pages" slice={slice} total={matching.length} noun="pairs" previous="Previous pairs" next="Next pairs" hrefFor={pageHref} />
    </>
  );
}
