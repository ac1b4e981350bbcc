import Link from 'next/link';
import type { NameListPage } from '@/app/lib/data/name-records';
import type { NameKind } from '@/app/lib/domain/vocabulary';
import { TablePages } from '@/app/ui/table-pages';
import '@/app/ui/tables/cards.css';
import './names.css';

const WORDS = {
  speaker: { path: '/speakers', title: 'Speakers', noun: 'speakers', one: 'speaker', label: 'Find a speaker', example: 'e.g. Zhumangarin or ministry' },
  outlet: { path: '/outlets', title: 'Outlets', noun: 'outlets', one: 'outlet', label: 'Find an outlet', example: 'e.g. Interfax or Kazinform' },
} as const;

/** Every speaker (or outlet) with its statements and its targets' record, searchable by any spelling. */
export function NameList({ kind, page }: { kind: NameKind; page: NameListPage }) {
  const w = WORDS[kind];
  const hrefFor = (n: number) => `${w.path}?${new URLSearchParams({ ...(page.q ? { q: page.q } : {}), page: String(n) })}`;
  return (
    <>
      <form action={w.path} className="filters panel" role="search" aria-label={w.label}>
        <div className="grow">
          <label htmlFor="q">{w.label}</label>
          <input id="q" name="q" type="search" defaultValue={page.q} maxLength={200} placeholder={w.example} />
        </div>
        <button type="submit">Find</button>
      </form>
      <p role="status">
        {page.matching} of {page.total} {w.noun}
        {page.q ? ` matching “${page.q}”` : ''}.
      </p>
      {page.names.length > 0 ? (
        <div className="table-scroll">
          <table className="cards">
            <caption className="visually-hidden">{w.title}, most statements first, with their targets’ record</caption>
            <thead>
              <tr>
                <th scope="col">{kind === 'speaker' ? 'Speaker' : 'Outlet'}</th>
                <th scope="col" className="number">
                  Statements
                </th>
                <th scope="col">Targets’ record</th>
                <th scope="col">Also spelt</th>
              </tr>
            </thead>
            <tbody>
              {page.names.map((n) => (
                <tr key={n.slug}>
                  <td data-label={kind === 'speaker' ? 'Speaker' : 'Outlet'}>
                    <Link href={`${w.path}/${n.slug}`}>{n.name}</Link>
                  </td>
                  <td data-label="Statements" className="number">
                    {n.statementCount}
                  </td>
                  <td data-label="Targets’ record">{n.summary}</td>
                  <td data-label="Also spelt">{n.spellings.length > 1 ? n.spellings.slice(1).join('; ') : <span className="hint">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>No {w.one} has a spelling like that. Try part of a name, without the title.</p>
      )}
      <TablePages label={`${w.title} pages`} slice={page.slice} total={page.matching} noun={w.noun} previous={`Previous ${w.noun}`} next={`Next ${w.noun}`} hrefFor={hrefFor} />
    </>
  );
}
