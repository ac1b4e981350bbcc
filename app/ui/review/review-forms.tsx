'use client';

import { useActionState } from 'react';
import { approve, reject } from '@/app/lib/review/actions';
import { INITIAL_REVIEW_STATE, LONGEST_COMMENT } from '@/app/lib/review/proposal-words';

interface Props {
  id: number;
  /** False for one's own proposal under two-person review: a second editor approves it. */
  mayApprove: boolean;
}

/** Why the last try was refused, above the form it came from. */
function Refusal({ message }: { message: string | null }) {
  return message ? (
    <p className="notice error" role="alert">
      Not done: {message}
    </p>
  ) : null;
}

/**
 * Approve (a comment if you like) or reject (saying why: the author reads
 * it). Forms of server actions, so they work without JavaScript too; a
 * refusal comes back to the form with the comment kept.
 */
export function ReviewForms({ id, mayApprove }: Props) {
  const [approval, approveAction, approving] = useActionState(approve.bind(null, id), INITIAL_REVIEW_STATE);
  const [rejection, rejectAction, rejecting] = useActionState(reject.bind(null, id), INITIAL_REVIEW_STATE);
  return (
    <div className="review-forms">
      {mayApprove ? (
        <form action={approveAction} aria-labelledby={`approve-${id}`} className="panel">
          <h3 id={`approve-${id}`}>Approve</h3>
          <Refusal message={approval.message} />
          <p className="hint">Readers see it at once, with the author named in the history and you as the approving editor.</p>
          <div className="field">
            <label htmlFor={`approve-comment-${id}`}>Comment for the author</label>
            <textarea id={`approve-comment-${id}`} name="comment" rows={2} maxLength={LONGEST_COMMENT} defaultValue={approval.comment} aria-describedby={`approve-hint-${id}`} />
            <p id={`approve-hint-${id}`} className="hint">
              Optional.
            </p>
          </div>
          <div className="actions">
            <button type="submit" disabled={approving}>
              Approve and publish
            </button>
          </div>
        </form>
      ) : (
        <p className="notice" role="note">
          This is your own proposal and review is two-person here: it needs a second editor to approve it.
        </p>
      )}
      <form action={rejectAction} aria-labelledby={`reject-${id}`} className="panel">
        <h3 id={`reject-${id}`}>Reject</h3>
        <Refusal message={rejection.message} />
        <p className="hint">Nothing changes for readers; the author sees your comment.</p>
        <div className="field">
          <label htmlFor={`reject-comment-${id}`}>Comment for the author</label>
          <textarea
            id={`reject-comment-${id}`}
            name="comment"
            rows={2}
            maxLength={LONGEST_COMMENT}
            required
            aria-required="true"
            defaultValue={rejection.comment}
            aria-describedby={`reject-hint-${id}`}
          />
          <p id={`reject-hint-${id}`} className="hint">
            Required: say what is wrong, for example “the article gives 2022, not 2023”.
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="secondary" disabled={rejecting}>
            Reject
          </button>
        </div>
      </form>
    </div>
  );
}
