import { economyName } from '../domain/economies';
import type { FacetName } from './browse-query';

/*
 * The words the browser shows for each facet and its values: one place, so
 * the facet list, the active-filter chips and the page's title agree.
 */

export const FACET_TITLES: Record<FacetName, string> = {
  pair: 'Pair',
  economy: 'Economy',
  flow: 'Flow',
  kind: 'Reported or target',
  hedge: 'Hedge',
  speaker: 'Speaker',
  outlet: 'Outlet',
  period: 'Year of period',
  stated: 'Year stated',
  verdict: 'Verdict of targets',
  sourced: 'Source on file',
};

const VALUE_WORDS: Partial<Record<FacetName, Record<string, string>>> = {
  flow: { total: 'total trade', exports: 'exports', imports: 'imports', balance: 'trade balance' },
  kind: { reported: 'reported', projected: 'target (projected)' },
  sourced: { sourced: 'address or quote on file', unsourced: 'unsourced' },
  verdict: { met: 'met', missed: 'missed', disputed: 'disputed', 'no-reported-figure': 'no reported figure yet', 'not-yet-due': 'not yet due' },
};

/** A facet value as a reader reads it: "Afghanistan–Kazakhstan", "target (projected)", a speaker's usual spelling. */
export function facetValueWords(facet: FacetName, value: string, label?: string): string {
  if (facet === 'pair') return value.split('-').map(economyName).join('–');
  if (facet === 'economy') return economyName(value);
  return VALUE_WORDS[facet]?.[value] ?? label ?? value;
}
