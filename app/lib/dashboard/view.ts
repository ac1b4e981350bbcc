import { FLOWS, type Flow } from '../domain/vocabulary';
import { EARLIEST_YEAR, LATEST_YEAR } from '../domain/limits';
import { type Pair, pairParam, parsePair } from '../domain/pair';
import { isIsoDate, todayIso } from '../domain/dates';

/** How the chart's value axis is drawn: a log scale lets a $50M pair and its $3B target share one chart. */
export const SCALES = ['linear', 'log'] as const;
export type Scale = (typeof SCALES)[number];

/** What the dashboard and the CSV export show: the same URL parameters for both. */
export interface View {
  pair: Pair | null;
  flow: Flow;
  from: number | null;
  to: number | null;
  /**
   * A pinned view: the record as it stood at the end of this day (UTC), from
   * the statement history, so a published chart never drifts. Null or absent is live.
   */
  asof?: string | null;
  /** Absent is linear. */
  scale?: Scale;
}

export type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** A pinned date: a real calendar day, not after today (the record of a later day does not exist yet). */
export function asofDate(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  return isIsoDate(text) && text <= todayIso() && text >= `${EARLIEST_YEAR}-01-01` ? text : null;
}

function year(value: string | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value.trim())) return null;
  const y = Number(value);
  return y >= EARLIEST_YEAR && y <= LATEST_YEAR ? y : null;
}

export function viewFromParams(params: SearchParams): View {
  const flow = first(params.flow);
  let from = year(first(params.from));
  let to = year(first(params.to));
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return {
    pair: parsePair(first(params.pair)),
    flow: FLOWS.find((f) => f === flow) ?? 'total',
    from,
    to,
    asof: asofDate(first(params.asof)),
    scale: SCALES.find((s) => s === first(params.scale)) ?? 'linear',
  };
}

/** The query string that reproduces a view, in a stable order. */
export function viewQuery(view: View): string {
  const params = new URLSearchParams();
  if (view.pair) params.set('pair', pairParam(view.pair));
  params.set('flow', view.flow);
  if (view.from !== null) params.set('from', String(view.from));
  if (view.to !== null) params.set('to', String(view.to));
  if (view.asof) params.set('asof', view.asof);
  if (view.scale && view.scale !== 'linear') params.set('scale', view.scale);
  return params.toString();
}

/** The query string of what a view's data depends on (not how it is drawn): the key of its cached analysis. */
export function viewDataQuery(view: View): string {
  return viewQuery({ ...view, scale: 'linear' });
}
