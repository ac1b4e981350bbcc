import Link from 'next/link';
import type { PageSlice } from '@/app/lib/dashboard/paging';

interface Props {
  /** The navigation landmark's name, e.g. "Statement pages". */
  label: string;
  slice: PageSlice;
  total: number;
  noun: string;
  /** The links' words, e.g. "Newer statements" and "Older statements". */
  previous: string;
  next: string;
  /** The link to another page of this list; the rest of the view stays in the URL. */
  hrefFor: (page: number) => string;
}

/** Previous and next links for a long table. */
export function TablePages({ label, slice: { page, pages }, total, noun, previous, next, hrefFor }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={label} className="actions">
      {page > 1 && <Link href={hrefFor(page - 1)}>← {previous}</Link>}
      <span>
        Page {page} of {pages} ({total} {noun})
      </span>
      {page < pages && <Link href={hrefFor(page + 1)}>{next} →</Link>}
    </nav>
  );
}
