import type { Metadata } from 'next';
import { NameRecordPage, nameRecordMetadata } from '@/app/ui/names/name-record-page';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return nameRecordMetadata('outlet', (await params).slug);
}

/** One outlet's record: everything said, by pair, and how the targets turned out. */
export default async function OutletPage({ params }: Props) {
  return <NameRecordPage kind="outlet" slug={(await params).slug} />;
}
