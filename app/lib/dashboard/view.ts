import { FLOWS, type Flow } from '../domain/vocabulary';
import { EARLIEST_YEAR, LATEST_YEAR } from '../domain/limits';
import { type Pair, pairParam, parsePair } from '../domain/pair';

/** What the dashboard and the CSV export show: the same URL parameters for both. */
export interface View {
  pair: Pair | null;
  flow: Flow;
  from: number | null;
  to: number | null;
}

export type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
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
  };
}

/** The query string that reproduces a view, in a stable order. */
export function viewQuery(view: View): string {
  const params = new URLSearchParams();
  if (view.pair) params.set('pair', pairParam(view.pair));
  params.set('flow', view.flow);
  if (view.from !== null) params.set('from', String(view.from));
  if (view.to !== null) params.set('to', String(view.to));
  return params.toString();
}
