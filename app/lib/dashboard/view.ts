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
   * A pinned view: the record as it stood at the end of this day (UTC), or at
   * this instant (2026-12-01T10:15:00Z), from the statement history, so a
   * published chart never drifts (see asofDate). Null or absent is live.
   */
  asof?: string | null;
  /** Absent is linear. */
  scale?: Scale;
}

export type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// A pinned instant as typed: a date, or a UTC (or offset) time to the minute, second or millisecond.
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A pinned view's moment, canonical, or null for text that is not one: a real
 * calendar day (the record at the end of it, UTC), or an instant, written back
 * in UTC to the second (2026-12-01T10:15:00Z), so that a story published
 * mid-day pins to its minute. Never after now: the record of a later moment
 * does not exist yet.
 */
export function asofDate(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (isIsoDate(text)) return text <= todayIso() && text >= `${EARLIEST_YEAR}-01-01` ? text : null;
  if (!INSTANT.test(text) || !isIsoDate(text.slice(0, 10))) return null;
  const time = new Date(text);
  if (Number.isNaN(time.getTime()) || time.getTime() > Date.now()) return null;
  const canonical = `${time.toISOString().slice(0, 19)}Z`;
  return canonical >= `${EARLIEST_YEAR}-01-01` ? canonical : null;
}

/** The day a pinned view is judged on (its verdicts, its "today"): the date part of its moment. */
export function asofDay(asof: string): string {
  return asof.slice(0, 10);
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
  // A colon is allowed in a query (RFC 3986): a pinned instant stays readable in a citation.
  return params.toString().replace(/%3A/g, ':');
}

/** The query string of what a view's data depends on (not how it is drawn): the key of its cached analysis. */
export function viewDataQuery(view: View): string {
  return viewQuery({ ...view, scale: 'linear' });
}
