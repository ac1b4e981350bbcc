import { type BrowseQuery, FACETS } from '@/app/lib/browse/browse-query';
import type { Facets } from '@/app/lib/data/browse-facets';

/** "2 statements matching “twofold”.", once the facets (which count the rows) are counted. */
export async function ResultCount({ query, facets }: { query: BrowseQuery; facets: Promise<Facets> }) {
  const { total } = await facets;
  return (
    <>
      {total.toLocaleString('en')} statement{total === 1 ? '' : 's'}
      {query.q ? ` matching “${query.q}”` : ''}
      {FACETS.some((f) => query[f] !== undefined) ? ' with the filters chosen' : ''}.{' '}
    </>
  );
}
