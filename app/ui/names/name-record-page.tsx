import 'server-only';
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { allows } from '@/app/lib/auth/permissions';
import { currentActor } from '@/app/lib/auth/session';
import { fetchNameRecord } from '@/app/lib/data/name-records';
import type { NameKind } from '@/app/lib/domain/vocabulary';
import { NameRecordView } from './name-record-view';

const PATH: Record<NameKind, string> = { speaker: '/speakers', outlet: '/outlets' };

/** The slug as typed: an address with a name in another script may arrive percent-encoded. */
function readSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}

// The page and its title ask for the same record: read it once per request.
const recordFor = cache((kind: NameKind, slug: string) => fetchNameRecord(getDb(), kind, readSlug(slug)));

export async function nameRecordMetadata(kind: NameKind, slug: string): Promise<Metadata> {
  const found = await recordFor(kind, slug);
  if (found.found !== 'record') return { title: kind === 'speaker' ? 'Speaker not found' : 'Outlet not found' };
  return { title: `${found.record.name}: ${found.record.summary}` };
}

/**
 * /speakers/<slug> and /outlets/<slug>: the record, with the merge forms for
 * an editor who reviews. A name merged into another moves to that one's page;
 * a name never stated is the 404 page.
 */
export async function NameRecordPage({ kind, slug }: { kind: NameKind; slug: string }) {
  const [found, actor] = await Promise.all([recordFor(kind, slug), currentActor()]);
  if (found.found === 'merged') redirect(`${PATH[kind]}/${found.slug}`);
  if (found.found === 'none') notFound();
  return <NameRecordView record={found.record} kind={kind} editable={actor !== null && allows(actor, 'review')} />;
}
