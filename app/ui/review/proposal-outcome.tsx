import Link from 'next/link';
import type { ProposalListing } from '@/app/lib/data/proposal-records';
import { when } from './when';

/** What became of a reviewed proposal: by whom, when, the comment, and the statement it changed. */
export function ProposalOutcome({ proposal: p }: { proposal: ProposalListing }) {
  if (p.status === 'pending') return null;
  const approved = p.status === 'approved';
  return (
    <div className={`notice ${approved ? '' : 'error'}`} role="note" aria-label="Outcome">
      <p className="outcome-line">
        <strong>{approved ? 'Approved' : 'Rejected'}</strong>
        {p.reviewerName && ` by ${p.reviewerName}`}
        {p.reviewedAt && `, ${when(p.reviewedAt)}`}.
        {approved && p.statementId !== null && (
          <>
            {' '}
            Readers see it: <Link href={`/statements/${p.statementId}`}>statement #{p.statementId}</Link>.
          </>
        )}
      </p>
      {p.reviewComment ? <p className="outcome-comment">Comment: “{p.reviewComment}”</p> : <p className="outcome-comment">No comment.</p>}
    </div>
  );
}
