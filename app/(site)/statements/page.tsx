import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { browseSearchParams, FACETS, MAX_QUERY_LENGTH } from '@/app/lib/browse/browse-query';
import { getBrowsePage } from '@/app/lib/data/browse-page';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { FacetPanel } from '@/app/ui/browse/facet-panel';
import { ResultCount } from '@/app/ui/browse/result-count';
import { StatementResults } from '@/app/ui/browse/statement-results';
import '@/app/ui/browse/browse.css';

export const metadata: Metadata = { title: 'Search statements' };

/** Every statement, searchable and faceted; the address holds the whole view, and its rows download as CSV or JSON. */
export default async function StatementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const page = await getBrowsePage(await searchParams);
  const { query, facets } = page;
  const shared = browseSearchParams({ ...query, after: undefined, limit: undefined });
  const api = (format: string) => `/api/statements?${new URLSearchParams([...shared, ...(format === 'json' ? [] : [['format', format]])])}`;
  const next = page.next ? `/statements?${browseSearchParams({ ...query, after: page.next }, { keepCursor: true })}` : null;

  return (
    <>
      <h1>Search statements</h1>
      <p className="lede">Every figure on file: search the quotes, speakers, outlets and notes, narrow by the facets, and download exactly the rows found.</p>
      <form action="/statements" className="filters panel" role="search" aria-label="Search statements">
        <div className="grow">
          <label htmlFor="q">Search statements</label>
          <input id="q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={MAX_QUERY_LENGTH} placeholder="e.g. twofold, Interfax or “trade turnover”" />
        </div>
        {/* The facets chosen stay chosen for a new search; the page starts again from the first. */}
        {FACETS.filter((f) => query[f] !== undefined).map((f) => (
          <input key={f} type="hidden" name={f} value={String(query[f])} />
        ))}
        {shared.get('sort') && <input type="hidden" name="sort" value={shared.get('sort')!} />}
        {shared.get('dir') && <input type="hidden" name="dir" value={shared.get('dir')!} />}
        <button type="submit">Search</button>
      </form>
      {page.problems.length > 0 && (
        <div className="notice" role="alert">
          {page.problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      )}
      <p role="status">
        <Suspense fallback="Counting the statements found… ">
          <ResultCount query={query} facets={facets} />
        </Suspense>
        <span className="downloads">
          Download these rows: <a href={api('csv')}>CSV</a> · <a href={api('json')}>JSON</a> · <a href={api('ndjson')}>NDJSON</a> · <a href="/download">the whole record (zip)</a> ·{' '}
          <Link href="/api-docs">API</Link>
        </span>
      </p>
      <div className="browse">
        <Suspense fallback={<p className="facets-pending">Counting the facets…</p>}>
          <FacetPanel query={query} facets={facets} />
        </Suspense>
        <div className="browse-results">
          {page.rows.length ? <StatementResults rows={page.rows} marked={page.marked} query={query} /> : <p>No statement matches. Remove a filter or try other words.</p>}
          <nav aria-label="Result pages" className="pager">
            {page.paged && <Link href={`/statements${shared.size ? `?${shared}` : ''}`}>First page</Link>}
            {next && <Link href={next}>Next page</Link>}
          </nav>
        </div>
      </div>
    </>
  );
}
