import type { Metadata } from 'next';
import Link from 'next/link';
import { getDb } from '@/db/client';
import { allows, changeMode, reviewPolicy } from '@/app/lib/auth/permissions';
import { currentActor } from '@/app/lib/auth/session';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { pendingByBatch, proposalsBy, recentlyReviewed } from '@/app/lib/review/queue';
import { ProposalQueue } from '@/app/ui/review/proposal-queue';
import { ProposalTable } from '@/app/ui/review/proposal-table';

export const metadata: Metadata = { title: 'Review' };

/** "3 figures proposed for review: …", after a contributor's save; nothing for a count that is not one. */
function proposedNotice(value: SearchParams[string]): string | null {
  const count = typeof value === 'string' && /^\d{1,4}$/.test(value) ? Number(value) : 0;
  if (count < 1) return null;
  return `${count} figure${count === 1 ? '' : 's'} proposed for review: readers see them once an editor approves them.`;
}

/**
 * Editors and admins: the proposals waiting for review, an extracted
 * article's together, and the latest outcomes. Everyone signed in: their own
 * proposals and what became of them. Readers see nothing of either.
 */
export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await currentActor();
  if (!actor) {
    return (
      <>
        <h1>Review</h1>
        <p>
          Proposed figures are seen by the newsroom’s team only. <Link href="/signin?next=/review">Sign in</Link> to see yours or to review others’.
        </p>
      </>
    );
  }
  const db = getDb();
  const notice = proposedNotice((await searchParams).proposed);
  const reviewer = allows(actor, 'review');
  const own = await proposalsBy(db, actor.account.id);
  return (
    <>
      <h1>Review</h1>
      <p className="lede">
        {reviewer
          ? `Figures and changes proposed by contributors${reviewPolicy() === 'two-person' ? ' and, with two-person review, by editors' : ''} wait here until an editor approves or rejects them. Readers, the charts and the downloads see only approved ones.`
          : 'Your figures and changes wait here until an editor approves or rejects them; readers see them only once approved.'}
      </p>
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {reviewer && (
        <>
          <h2>Waiting for review</h2>
          <ProposalQueue batches={await pendingByBatch(db)} />
        </>
      )}
      {(!reviewer || changeMode(actor) === 'propose' || own.length > 0) && (
        <>
          <h2>Your proposals</h2>
          {own.length === 0 ? <p>You have proposed nothing yet.</p> : <ProposalTable caption="Your proposals, newest first" items={own} show="outcome" />}
        </>
      )}
      {reviewer && <RecentlyReviewed />}
    </>
  );
}

async function RecentlyReviewed() {
  const items = await recentlyReviewed(getDb());
  if (items.length === 0) return null;
  return (
    <>
      <h2>Recently reviewed</h2>
      <ProposalTable caption="The latest outcomes" items={items} show="outcome" />
    </>
  );
}
