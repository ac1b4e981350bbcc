import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { fetchNameListPage } from '@/app/lib/data/name-records';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { NameList } from '@/app/ui/names/name-list';

export const metadata: Metadata = { title: 'Outlets' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function OutletsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const q = (first(params.q) ?? '').trim().slice(0, 200);
  const page = await fetchNameListPage(getDb(), 'outlet', q, params.page);
  return (
    <>
      <h1>Outlets</h1>
      <p className="lede">Every publication in the record: what each reported, whom it quoted, and how the targets in it turned out. The people quoted are under <Link href="/speakers">Speakers</Link>.</p>
      <NameList kind="outlet" page={page} />
    </>
  );
}
