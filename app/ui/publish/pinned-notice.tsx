import type { View } from '@/app/lib/dashboard/view';
import { asofWords } from '@/app/lib/publish/view-words';
import { formatDate } from '@/app/lib/domain/format';
import { asofDay } from '@/app/lib/dashboard/view';
import './publish.css';

interface Props {
  /** The asof parameter as typed in the URL, if any. */
  typed: string | undefined;
  view: View;
  /** The same view, live. */
  liveHref: string;
  /** The pinned view's statements: none means nothing was on record then. */
  statementCount?: number;
}

/**
 * Says that a view is pinned (the record as it stood at its moment, not as it
 * is now) and links to it live; or, for an asof the URL gave that is not a
 * moment we can read, says how to write one.
 */
export function PinnedNotice({ typed, view, liveHref, statementCount }: Props) {
  const text = typed?.trim() ?? '';
  if (!view.asof) {
    if (text === '') return null;
    return (
      <p className="notice error" role="alert">
        We could not read the date “{text.slice(0, 40)}”. Write it as YYYY-MM-DD (for example 2026-12-01), or as a UTC time
        such as 2026-12-01T10:15Z, no later than now. Showing the live record instead.
      </p>
    );
  }
  const time = view.asof.length > 10 ? ` (${view.asof.slice(11, 16)} UTC)` : ' (end of the day, UTC)';
  return (
    <>
      <p className="notice pinned-notice">
        Pinned: the record as it stood on {formatDate(asofDay(view.asof))}
        {time}. <a href={liveHref}>See it live</a>
      </p>
      {statementCount === 0 && (
        <p className="notice">
          Nothing was on record for this view on {asofWords(view.asof)}. <a href={liveHref}>See what is on record now</a>.
        </p>
      )}
    </>
  );
}
