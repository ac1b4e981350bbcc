import { lastAtOrBefore } from '../text/document';
import type { Place, SentenceContext } from './figure-context';
import { manyPartners, type Cue } from './flow';
import { resolvePair, type Pair } from './pair-in-text';

// How far from a figure its pair is looked for; real sentences are shorter, run-on junk is not.
const NEIGHBOURHOOD = 400;

/** The pair of a figure with a flow word of its own, from the economies around the word and the figure. */
export function pairOf(context: SentenceContext, place: Place, cue: Cue & { measures: 'trade' }, cueIsAfter: boolean): Pair | null {
  const { text, mentions, previous } = context;
  const { money, before, nextStart } = place;
  // "from X" and "to Y" are looked for after the cue, up to a comma or the next clause.
  const roleEnd = (from: number) => {
    const cut = text.slice(from, Math.min(nextStart, from + 60)).search(/[;,]|\b(?:and|while|whereas|but)\b/);
    return cut === -1 ? Math.min(nextStart, from + 60) : from + cut;
  };
  const regions: [number, number][] = cue.start > money.end
    ? [[cue.end, roleEnd(cue.end)]]
    : [[cue.end, money.figureStart], [money.end, roleEnd(money.end)]];
  const first = lastAtOrBefore(mentions, (m) => m.start, money.start - NEIGHBOURHOOD) + 1;
  const last = lastAtOrBefore(mentions, (m) => m.start, money.end + NEIGHBOURHOOD);
  // "…, $1 billion of which were exports": a part of the figure before.
  const continued = before ?? (cueIsAfter ? previous : null);
  return resolvePair(text, mentions.slice(first, last + 1), cue, regions, {
    inherited: continued?.pair ?? null,
    inheritedDirected: continued !== null && continued.flow !== 'total',
    previous: context.latest?.pair ?? null,
    named: context.named,
    bilateral: context.bilateral,
    manyPartners: manyPartners(text, cue),
    nearby: context.nearby,
  });
}
