import Link from 'next/link';
import { type BrowseQuery, browseSearchParams, FACETS, type FacetName } from '@/app/lib/browse/browse-query';
import { FACET_TITLES, facetValueWords } from '@/app/lib/browse/facet-words';
import type { Facets } from '@/app/lib/data/browse-facets';

// Values listed per facet before "and N more": a facet of 200 pairs stays a short list; the rest is a search away.
const SHOWN = 8;

const hrefWith = (query: BrowseQuery, facet: FacetName, value: string | undefined) => {
  const params = browseSearchParams({ ...query, [facet]: value, after: undefined });
  return `/statements${params.size ? `?${params}` : ''}`;
};

/** The facets of the rows found: each value with its count, a link that narrows to it; a chosen one links back out. */
export async function FacetPanel({ query, facets: counting }: { query: BrowseQuery; facets: Promise<Facets> }) {
  const facets = await counting;
  return (
    <nav aria-label="Facets" className="facets">
      {FACETS.map((facet) => {
        const chosen = query[facet];
        const values = facets.facets[facet];
        if (!chosen && values.length === 0) return null;
        return (
          <section key={facet} aria-labelledby={`facet-${facet}`}>
            <h2 id={`facet-${facet}`} className="facet-title">
              {FACET_TITLES[facet]}
            </h2>
            {chosen !== undefined ? (
              <p>
                <strong>{facetValueWords(facet, String(chosen), values[0]?.label)}</strong>{' '}
                <Link href={hrefWith(query, facet, undefined)} aria-label={`Remove the ${FACET_TITLES[facet].toLowerCase()} filter`}>
                  remove
                </Link>
              </p>
            ) : (
              <ul>
                {values.slice(0, SHOWN).map((v) => (
                  <li key={v.value}>
                    <Link href={hrefWith(query, facet, v.value)}>{facetValueWords(facet, v.value, v.label)}</Link> <span className="count">{v.count.toLocaleString('en')}</span>
                  </li>
                ))}
                {values.length > SHOWN && <li className="hint">and {values.length - SHOWN} more</li>}
              </ul>
            )}
          </section>
        );
      })}
    </nav>
  );
}
