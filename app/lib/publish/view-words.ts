import type { Pair } from '../domain/pair';
import { economyName } from '../domain/economies';
import { pairTitle } from '../domain/pair';
import { flowPhrase } from '../domain/phrases/flows';
import { formatDate } from '../domain/format';
import { asofDay, type View } from '../dashboard/view';

/** What a view measures, in words: "total trade", "Kazakhstan’s exports to Afghanistan". */
export function viewSubject(view: View & { pair: Pair }): string {
  if (view.flow === 'total') return 'total trade';
  return flowPhrase(view.flow, economyName(view.pair.first), economyName(view.pair.second));
}

/** A pinned moment in words: "1 Dec 2026" for a day, "1 Dec 2026, 10:15 UTC" for an instant. */
export function asofWords(asof: string): string {
  const day = formatDate(asofDay(asof));
  return asof.length > 10 ? `${day}, ${asof.slice(11, 16)} UTC` : day;
}

/**
 * The view's title, naming the pair and the flow, and the moment of a pinned
 * view: "Kazakhstan–Afghanistan trade", "Kazakhstan’s exports to Afghanistan
 * as of 1 Dec 2026". The page's <title>, its link preview and the embed's.
 */
export function viewTitle(view: View & { pair: Pair }): string {
  const base = view.flow === 'total' ? `${pairTitle(view.pair)} trade` : viewSubject(view).replace(/^./, (c) => c.toUpperCase());
  return view.asof ? `${base} as of ${asofWords(view.asof)}` : base;
}
