import { SCALES, type View, asofDate, viewFromParams } from '@/app/lib/dashboard/view';
import { todayIso } from '@/app/lib/domain/dates';
import { parsePair } from '@/app/lib/domain/pair';
import { FLOWS } from '@/app/lib/domain/vocabulary';
import { DEFAULT_WIDTH, PNG_WIDTH_RANGE } from './card-layout';

/** A query string longer than this is no view anyone linked to: it is refused before it is parsed. */
export const MAX_QUERY_LENGTH = 2048;

export type ImageQuery = { view: View; width: number } | { status: 400 | 414; message: string };

const quoted = (text: string) => `“${text.slice(0, 80)}”`;

/**
 * The view an image URL asks for, the dashboard's own query (pair, flow, from,
 * to, asof, scale) plus an optional width, or what is wrong with it in words
 * that say how to fix it. The dashboard quietly falls back on a value it
 * cannot read; a published image would then show another chart than the one
 * linked, so here it is refused instead.
 */
export function readImageQuery(url: URL, widthAllowed: boolean): ImageQuery {
  if (url.search.length > MAX_QUERY_LENGTH) return { status: 414, message: `The address is longer than ${MAX_QUERY_LENGTH} characters. Copy the image link again from the dashboard.\n` };
  const params = Object.fromEntries(url.searchParams);
  if (params.pair !== undefined && !parsePair(params.pair)) {
    return { status: 400, message: `Unknown pair ${quoted(params.pair)}. Use two ISO codes or names separated by a dash, e.g. pair=KAZ-AFG.\n` };
  }
  if (params.flow !== undefined && !FLOWS.some((f) => f === params.flow)) {
    return { status: 400, message: `Unknown flow ${quoted(params.flow)}. Use flow=${FLOWS.join(', ')}.\n` };
  }
  if (params.asof !== undefined && !asofDate(params.asof)) {
    return { status: 400, message: `Cannot pin the chart to ${quoted(params.asof)}. Use asof=yyyy-mm-dd, a date no later than today (${todayIso()}), or leave it out for the live chart.\n` };
  }
  if (params.scale !== undefined && !SCALES.some((s) => s === params.scale)) {
    return { status: 400, message: `Unknown scale ${quoted(params.scale)}. Use scale=${SCALES.join(' or scale=')}.\n` };
  }
  let width = DEFAULT_WIDTH;
  if (params.width !== undefined) {
    const asked = Number(params.width);
    const { min, max } = PNG_WIDTH_RANGE;
    if (!widthAllowed || !/^\d+$/.test(params.width) || asked < min || asked > max) {
      return { status: 400, message: widthAllowed ? `The width must be a whole number of pixels from ${min} to ${max}, e.g. width=${DEFAULT_WIDTH}.\n` : 'An SVG scales to any size: leave out width.\n' };
    }
    width = asked;
  }
  return { view: viewFromParams(params), width };
}
