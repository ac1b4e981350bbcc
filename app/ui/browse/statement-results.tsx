import Link from 'next/link';
import type { Statement } from '@/db/schema';
import { type BrowseQuery, browseSearchParams, type Sort, SORT_LABELS } from '@/app/lib/browse/browse-query';
import { facetValueWords } from '@/app/lib/browse/facet-words';
import { formatDate, formatValue } from '@/app/lib/domain/format';
import { isUnsourced } from '@/app/lib/domain/provenance';
import { UnsourcedMark } from '@/app/ui/provenance/unsourced-mark';
import '@/app/ui/tables/cards.css';
import { MarkedText } from './marked-text';

// A long quote is cut on the page (the statement's own page has it whole); a marked one is cut around nothing, so its marks stay.
const QUOTE_SHOWN = 280;

function Quote({ s, marked }: { s: Statement; marked: string | undefined }) {
  if (marked) return <MarkedText text={marked} />;
  if (!s.quote) return <span className="hint">no quote on file</span>;
  return <>{s.quote.length > QUOTE_SHOWN ? `${s.quote.slice(0, QUOTE_SHOWN)}…` : s.quote}</>;
}

/** One page of the browser's statements; the sortable headers re-sort from the first page. */
export function StatementResults({ rows, marked, query }: { rows: Statement[]; marked: Map<number, string>; query: BrowseQuery }) {
  const sortLink = (sort: Sort) => {
    const dir = query.sort === sort ? (query.dir === 'asc' ? 'desc' : 'asc') : sort === 'stated' || sort === 'value' ? 'desc' : 'asc';
    return `/statements?${browseSearchParams({ ...query, sort, dir, after: undefined })}`;
  };
  const header = (sort: Sort, numeric = false) => (
    <th scope="col" className={numeric ? 'number' : undefined} aria-sort={query.sort === sort ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <Link href={sortLink(sort)}>
        {SORT_LABELS[sort]}
        {query.sort === sort ? (query.dir === 'asc' ? ' ▲' : ' ▼') : ''}
      </Link>
    </th>
  );
  return (
    <div className="table-scroll">
      <table className="cards">
        <caption className="visually-hidden">Statements found, with their figure, who said it and where</caption>
        <thead>
          <tr>
            {header('stated')}
            <th scope="col">Pair and flow</th>
            {header('value', true)}
            {header('period')}
            {header('speaker')}
            {header('outlet')}
            <th scope="col">Quote</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.id}>
              <td data-label="Date stated">
                <Link href={`/statements/${s.id}`}>{formatDate(s.statementDate)}</Link>
              </td>
              <td data-label="Pair and flow">
                {facetValueWords('pair', `${s.economyA}-${s.economyB}`)}, {facetValueWords('flow', s.flow)}
              </td>
              <td data-label="Value (USD)" className="number">
                {formatValue(s)}
                {s.kind === 'projected' && <span className="hint"> target</span>}
                {isUnsourced(s) && <UnsourcedMark />}
              </td>
              <td data-label="Period">{s.periodLabel}</td>
              <td data-label="Speaker">{s.speaker ?? '—'}</td>
              <td data-label="Outlet">{s.outlet ?? '—'}</td>
              <td data-label="Quote" className="quote-cell">
                <Quote s={s} marked={marked.get(s.id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
