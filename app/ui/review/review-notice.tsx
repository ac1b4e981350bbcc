interface Props {
  outcome: string | undefined;
}

// A Map, not an object: ?outcome=toString must find nothing rather than a function.
const NOTICES = new Map<string, string>([
  ['approved', 'Approved: readers see the change now.'],
  ['rejected', 'Rejected: nothing changed for readers, and the author sees your comment.'],
]);

/** What the last approve or reject did, from the address the action sent the reviewer back to (refusals stay on the form). */
export function ReviewNotice({ outcome }: Props) {
  const notice = outcome ? NOTICES.get(outcome) : undefined;
  return notice ? (
    <p className="notice" role="status">
      {notice}
    </p>
  ) : null;
}
