import Link from 'next/link';

/** Previous and next links for a long statements table; the page lives in the URL like the rest of the view. */
export function TablePages({ query, page, pages, total }: { query: string; page: number; pages: number; total: number }) {
  if (pages <= 1) return null;
  const link = (to: number) => `/?${query}&page=${to}#statements`;
  return (
    <nav aria-label="Statement pages" className="actions">
      {page > 1 && <Link href={link(page - 1)}>← Newer statements</Link>}
      <span>
        Page {page} of {pages} ({total} statements)
      </span>
      {page < pages && <Link href={link(page + 1)}>Older statements →</Link>}
    </nav>
  );
}
