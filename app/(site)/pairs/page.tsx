import type { Metadata } from 'next';
import { getPairsOverview } from '@/app/lib/data/pair-overview-reads';
import { pairListingFromParams } from '@/app/lib/dashboard/pair-sorting';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { PairsTable } from '@/app/ui/pairs/pairs-table';
import { TablePages } from '@/app/ui/table-pages';

export const metadata: Metadata = { title: 'Every pair' };

export default async function PairsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const o = await getPairsOverview(pairListingFromParams(params), params.page);
  const { query, sort, direction, slice } = o;
  const pageHref = (page: number) => `/pairs?${new URLSearchParams({ ...(query ? { q: query } : {}), sort, dir: direction, page: String(page) })}`;

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
        {o.matching} of {o.total} pairs{query ? ` matching “${query}”` : ''}
        {slice.pages > 1 ? `; ${slice.offset + 1}–${slice.offset + o.rows.length} shown` : ''}.
      </p>
      <PairsTable rows={o.rows} listing={o} />
      <TablePages label="Pair pages" slice={slice} total={o.matching} noun="pairs" previous="Previous pairs" next="Next pairs" hrefFor={pageHref} />
    </>
  );
}
