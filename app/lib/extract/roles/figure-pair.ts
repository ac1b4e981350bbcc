import { lastAtOrBefore } from '../text/document';
import type { Place, SentenceContext } from './figure-context';
import { manyPartners, type Cue } from './flow';
import type { Listed } from './lists';
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
  // The outlet's country, once the text names it: an outlet with a country's address may still report on others.
  const outlet = context.doc.outletEconomy && context.named.includes(context.doc.outletEconomy) ? context.doc.outletEconomy : null;
  const pair = resolvePair(text, mentions.slice(first, last + 1), cue, regions, {
    inherited: continued?.pair ?? null,
    inheritedDirected: continued !== null && continued.flow !== 'total',
    previous: context.latest?.pair ?? null,
    named: context.named,
    bilateral: context.bilateral,
    manyPartners: manyPartners(text, cue, mentions.map((m) => m.start)),
    nearby: context.nearby,
    bare: barePair(context, outlet),
    outlet,
  });
  // Total trade has no direction; the outlet's side first, as its fiscal years and currency are the ones it writes.
  return pair && cue.flow === 'total' && pair.b === outlet ? { a: pair.b, b: pair.a } : pair;
}

// Read once per sentence, not once per figure: a sentence may hold many figures and names.
const BARE = new WeakMap<SentenceContext, Pair | null>();

/** The pair a bare "exports" is about: see PairContext.bare. */
function barePair(context: SentenceContext, outlet: string | null): Pair | null {
  if (!BARE.has(context)) BARE.set(context, readBarePair(context, outlet));
  return BARE.get(context) ?? null;
}

function readBarePair(context: SentenceContext, outlet: string | null): Pair | null {
  const { latest, previous, nearby, mentions } = context;
  const named = (pair: Pair) => mentions.every((m) => m.code === pair.a || m.code === pair.b);
  const view = nearby ? { pair: nearby, directed: previous !== null && previous.flow !== 'total' }
    : latest && named(latest.pair) ? { pair: latest.pair, directed: latest.flow !== 'total' } : null;
  if (!view) return null;
  const { a, b } = view.pair;
  if (outlet === a || outlet === b) return outlet === a ? { a, b } : { a: b, b: a };
  return view.directed ? view.pair : null;
}

/** The pair of one figure of a list of partners: the home before the list, else the outlet's or most named economy not listed. */
export function listedPair(context: SentenceContext, listed: Listed): Pair | null {
  const outside = (code: string) => !listed.partners.includes(code);
  const outlet = context.doc.outletEconomy && context.named.includes(context.doc.outletEconomy) ? context.doc.outletEconomy : null;
  const home = listed.home ?? (outlet && outside(outlet) ? outlet : context.named.find(outside)) ?? null;
  return home && home !== listed.partner ? { a: home, b: listed.partner } : null;
}

