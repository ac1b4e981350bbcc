interface Props {
  outcome: string | undefined;
  /** A refusal's own words, from approveProposal or rejectProposal. */
  message: string | undefined;
}

// A Map, not an object: ?outcome=toString must find nothing rather than a function.
const NOTICES = new Map<string, { text: string; error: boolean }>([
  ['approved', { text: 'Approved: readers see the change now.', error: false }],
  ['rejected', { text: 'Rejected: nothing changed for readers, and the author sees your comment.', error: false }],
  ['comment-missing', { text: 'Not rejected yet: say why in “Comment for the author”; the author sees it.', error: true }],
  ['not-allowed', { text: 'Only editors and admins review proposals; your account cannot.', error: true }],
]);

/** What the last approve or reject did, from the address the action sent the reviewer back to. */
export function ReviewNotice({ outcome, message }: Props) {
  if (outcome === 'refused') {
    return (
      <p className="notice error" role="alert">
        Not done: {message?.slice(0, 400) || 'the proposal could not be reviewed.'}
      </p>
    );
  }
  const notice = outcome ? NOTICES.get(outcome) : undefined;
  if (!notice) return null;
  return (
    <p className={`notice ${notice.error ? 'error' : ''}`} role={notice.error ? 'alert' : 'status'}>
      {notice.text}
    </p>
  );
}
