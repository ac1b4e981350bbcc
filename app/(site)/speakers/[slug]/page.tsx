import type { Metadata } from 'next';
import { NameRecordPage, nameRecordMetadata } from '@/app/ui/names/name-record-page';

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return nameRecordMetadata('speaker', (await params).slug);
}

/** One speaker's record: everything said, by pair, and how the targets turned out. */
export default async function SpeakerPage({ params }: Props) {
  return <NameRecordPage kind="speaker" slug={(await params).slug} />;
}
