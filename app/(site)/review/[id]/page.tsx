import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getDb } from '@/db/client';
import type { Actor } from '@/app/lib/auth/actor';
import { allows, mayApprove } from '@/app/lib/auth/permissions';
import { currentActor } from '@/app/lib/auth/session';
import type { SearchParams } from '@/app/lib/dashboard/view';
import { proposalWithCurrent } from '@/app/lib/review/proposals';
import { actionWords, STATUS_WORDS } from '@/app/lib/review/proposal-words';
import { StatementFacts } from '@/app/ui/statement/statement-facts';
import { BatchSource } from '@/app/ui/review/batch-source';
import { ProposalComparison } from '@/app/ui/review/proposal-comparison';
import { ProposalOutcome } from '@/app/ui/review/proposal-outcome';
import { ReviewForms } from '@/app/ui/review/review-forms';
import { ReviewNotice } from '@/app/ui/review/review-notice';
import { when } from '@/app/ui/review/when';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

export const metadata: Metadata = { title: 'Proposal' };

/** A proposal's author and the reviewers see it; anyone else gets "not found", as for a proposal that does not exist. */
async function visibleProposal(idText: string, actor: Actor) {
  const found = /^\d{1,15}$/.test(idText) ? await proposalWithCurrent(getDb(), Number(idText)) : null;
  if (!found) return null;
  return allows(actor, 'review') || found.proposal.authorId === actor.account.id ? found : null;
}

const text = (value: SearchParams[string]) => (typeof value === 'string' ? value : undefined);

export default async function ProposalPage({ params, searchParams }: Props) {
  const [{ id }, query, actor] = await Promise.all([params, searchParams, currentActor()]);
  if (!actor) {
    return (
      <>
        <h1>Proposal</h1>
        <p>
          Proposals are seen by their author and the editors only. <Link href={`/signin?next=/review/${encodeURIComponent(id)}`}>Sign in</Link> to see this one.
        </p>
      </>
    );
  }
  const found = await visibleProposal(id, actor);
  if (!found) notFound();
  const { proposal: p, payload, current } = found;
  const reviewer = allows(actor, 'review');
  const own = p.authorId === actor.account.id;
  return (
    <>
      <p>
        <Link href="/review">← Back to review</Link>
      </p>
      {text(query.proposed) === '1' && (
        <p className="notice" role="status">
          Proposed for review: readers see it once an editor approves it. You can follow it here.
        </p>
      )}
      <ReviewNotice outcome={text(query.outcome)} />
      <h1>
        Proposal #{p.id}: {actionWords(p.action, p.action === 'create' ? null : p.statementId)}
      </h1>
      <p className="lede">
        <span className={`proposal-status status-${p.status}`}>{STATUS_WORDS[p.status]}</span>
      </p>
      <div className="panel">
        <dl className="facts">
          <dt>Proposed by</dt>
          <dd>
            {p.authorName}
            {own && ' (you)'}
          </dd>
          <dt>When</dt>
          <dd>{when(p.createdAt)}</dd>
          {p.batch && (
            <>
              <dt>From the article</dt>
              <dd>
                <BatchSource batch={p.batch} />
              </dd>
            </>
          )}
          {p.action !== 'create' && (
            <>
              <dt>Reason</dt>
              <dd>{p.reason || '—'}</dd>
            </>
          )}
          {payload?.derivedFromProposalId != null && (
            <>
              <dt>Derived from</dt>
              <dd>
                <Link href={`/review/${payload.derivedFromProposalId}`}>proposal #{payload.derivedFromProposalId}</Link>, approved first
              </dd>
            </>
          )}
        </dl>
      </div>
      <ProposalOutcome proposal={p} />
      {p.status === 'pending' && !reviewer && <p className="notice">An editor will approve or reject it; the outcome and any comment will show here.</p>}
      {payload ? (
        <>
          <h2>{p.action === 'create' ? 'Proposed figure' : p.status === 'pending' ? 'Current record and proposed change' : 'What was proposed'}</h2>
          {/* Once reviewed, the record is no longer what was compared: its history keeps the values before and after. */}
          <ProposalComparison current={p.action === 'edit' && p.status === 'pending' ? (current ?? null) : null} proposed={payload.statement} />
        </>
      ) : current ? (
        <>
          <h2>Current record</h2>
          <p>
            Proposed: {p.action === 'delete' ? 'delete it, taking it off the dashboard and out of downloads (it can be restored).' : 'restore it, putting it back on the dashboard and in downloads.'}{' '}
            <Link href={`/statements/${current.id}`}>Statement #{current.id}</Link> as it is now:
          </p>
          <StatementFacts statement={current} />
        </>
      ) : (
        <p>Statement #{p.statementId} no longer exists.</p>
      )}
      {/* Read first, then decide: the verdict comes after what it is on. */}
      {p.status === 'pending' && reviewer && (
        <>
          <h2>Your review</h2>
          <ReviewForms id={p.id} mayApprove={mayApprove(actor, p.authorId)} />
        </>
      )}
    </>
  );
}
