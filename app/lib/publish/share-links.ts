import type { Pair } from '../domain/pair';
import { pairTitle } from '../domain/pair';
import { formatDate } from '../domain/format';
import { type View, viewQuery } from '../dashboard/view';
import { viewSubject, viewTitle } from './view-words';

/** Everything the share panel offers for one view, as absolute URLs and ready-to-paste text. */
export interface ShareLinks {
  /** The view as it is open now. */
  link: string;
  /** The moment a pinned link or embed stands at: the view's own, or now to the minute. */
  pinnedAsof: string;
  pinnedLink: string;
  citation: string;
  embed: { live: string; pinned: string };
  downloads: { png: string; svg: string; statementsCsv: string; targetsCsv: string; officialCsv: string };
}

/**
 * Now to the second, as a pinned view writes it: everything saved before the
 * reader asked for the link is in it (to the minute, a statement saved earlier
 * in the same minute would be missing).
 */
export function secondOf(now: Date): string {
  return `${now.toISOString().slice(0, 19)}Z`;
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An embed's accessible name: what the frame holds and where it is from. */
const embedFrameTitle = (view: View & { pair: Pair }) => `${viewTitle(view)}: Tradewatch chart`;

function iframe(src: string, title: string): string {
  return `<iframe src="${attribute(src)}" width="100%" height="520" title="${attribute(title)}" loading="lazy" style="border:0"></iframe>`;
}

/**
 * The links, citation and embed codes of a view. A citation always pins the
 * view (to its own moment, or to now), so the page cited is the page read.
 */
export function shareLinks(origin: string, view: View & { pair: Pair }, now: Date): ShareLinks {
  const pinnedAsof = view.asof ?? secondOf(now);
  const live = { ...view, asof: null };
  const pinned = { ...view, asof: pinnedAsof };
  const url = (path: string, v: View) => `${origin}${path}?${viewQuery(v)}`;
  const pinnedLink = url('/', pinned);
  const query = viewQuery(view);
  return {
    link: url('/', view),
    pinnedAsof,
    pinnedLink,
    citation: `Tradewatch. “${pairTitle(view.pair)}: ${viewSubject(view)}, what was said and what happened.” ${pinnedLink}. Accessed ${formatDate(now.toISOString().slice(0, 10))}.`,
    embed: { live: iframe(url('/embed', live), embedFrameTitle(live)), pinned: iframe(url('/embed', pinned), embedFrameTitle(pinned)) },
    downloads: {
      png: `/chart.png?${query}`,
      svg: `/chart.svg?${query}`,
      statementsCsv: `/statements.csv?${query}`,
      targetsCsv: `/targets.csv?${query}`,
      officialCsv: `/official.csv?${query}`,
    },
  };
}
