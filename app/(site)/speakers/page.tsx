import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { fetchNameListPage } from '@/app/lib/data/name-records';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { NameList } from '@/app/ui/names/name-list';

export const metadata: Metadata = { title: 'Speakers' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SpeakersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const q = (first(params.q) ?? '').trim().slice(0, 200);
  const page = await fetchNameListPage(getDb(), 'speaker', q, params.page);
  return (
    <>
      <h1>Speakers</h1>
      <p className="lede">Everyone quoted in the record: what each said, and how the targets they stated turned out. The publications that carried them are under <Link href="/outlets">Outlets</Link>.</p>
      <NameList kind="speaker" page={page} />
    </>
  );
}
