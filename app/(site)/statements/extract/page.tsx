import type { Metadata } from 'next';
import Link from 'next/link';
import { currentActor } from '@/app/lib/auth/session';
import { changeMode } from '@/app/lib/auth/permissions';
import { MAX_TEXT_LENGTH } from '@/app/lib/extract';
import { ExtractWorkflow } from '@/app/ui/extract/extract-workflow';

export const metadata: Metadata = { title: 'Find statements in an article' };

export default async function ExtractPage() {
  const actor = await currentActor();
  const propose = actor !== null && changeMode(actor) === 'propose';
  return (
    <>
      <h1>Find statements in an article</h1>
      <p className="lede">
        Give a news article’s link and choose “Read this link”, or paste its text with its address and date. Tradewatch
        lists every trade figure it finds as a card for you to check; nothing is saved until you choose “Save ticked
        statements”. To type one figure yourself, use the{' '}
        <Link href="/statements/new">entry form</Link>.
      </p>
      {propose && (
        <p className="notice" role="note">
          The statements you save will be proposed for an editor’s review, together under the article’s address: readers see them once an editor approves
          them, and you can follow them on the <Link href="/review">review page</Link>.
        </p>
      )}
      <ExtractWorkflow maxCharacters={MAX_TEXT_LENGTH} signedIn={Boolean(actor)} />
    </>
  );
}
