import { z } from 'zod';
import { isEconomyCode } from '../domain/economies';
import { EARLIEST_YEAR, LATEST_YEAR } from '../domain/limits';
import { FLOWS, HEDGES, KINDS } from '../domain/vocabulary';

/*
 * What the statements browser shows, as its address says it: the words
 * searched, one value per facet, the order and where the page starts. The
 * page, the CSV, the JSON and the read API all read it from here, so one
 * address means one set of rows wherever it is read.
 */

export const VERDICTS = ['met', 'missed', 'disputed', 'no-reported-figure', 'not-yet-due'] as const;
export type VerdictFacet = (typeof VERDICTS)[number];
/** The address's verdict word to the verdict's own words (target_verdicts.settled). */
export const VERDICT_WORDS: Record<VerdictFacet, string> = {
  met: 'met',
  missed: 'missed',
  disputed: 'disputed',
  'no-reported-figure': 'no reported figure yet',
  'not-yet-due': 'not yet due',
};

export const SORTS = ['stated', 'period', 'value', 'speaker', 'outlet'] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Record<Sort, string> = { stated: 'Date stated', period: 'Period', value: 'Value (USD)', speaker: 'Speaker', outlet: 'Outlet' };

export const MAX_QUERY_LENGTH = 200;
/** Rows per page on the browser; the API lets a script ask for up to MAX_LIMIT. */
export const PAGE_SIZE = 50;
export const MAX_LIMIT = 1000;

const year = z.coerce.number().int().min(EARLIEST_YEAR).max(LATEST_YEAR);
const slug = z.string().trim().min(1).max(200).regex(/^[\p{L}\p{N}-]+$/u, 'letters, digits and hyphens, as in the speaker’s address');

/** Each parameter with the words a person reads when it is not understood. */
export const browseParams = z.object({
  q: z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`).optional(),
  pair: z
    .string()
    .regex(/^[A-Z]{3}-[A-Z]{3}$/, 'two ISO codes joined by a hyphen, as in AFG-KAZ')
    .refine((p) => p.split('-').every(isEconomyCode), 'an economy code that is not one')
    .optional(),
  economy: z.string().refine(isEconomyCode, 'an ISO 3166 alpha-3 code such as KAZ').optional(),
  flow: z.enum(FLOWS).optional(),
  kind: z.enum(KINDS).optional(),
  hedge: z.enum(HEDGES).optional(),
  speaker: slug.optional(),
  outlet: slug.optional(),
  period: year.optional(),
  stated: year.optional(),
  verdict: z.enum(VERDICTS).optional(),
  sourced: z.enum(['sourced', 'unsourced']).optional(),
  sort: z.enum(SORTS).optional(),
  dir: z.enum(['asc', 'desc']).optional(),
  after: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).optional(),
});

export type BrowseParams = z.infer<typeof browseParams>;
export type FacetName = Exclude<keyof BrowseParams, 'q' | 'sort' | 'dir' | 'after' | 'limit'>;
export const FACETS: readonly FacetName[] = ['pair', 'economy', 'flow', 'kind', 'hedge', 'speaker', 'outlet', 'period', 'stated', 'verdict', 'sourced'];

export interface BrowseQuery extends Omit<BrowseParams, 'sort' | 'dir'> {
  sort: Sort;
  dir: 'asc' | 'desc';
}

export type Parsed = { ok: true; query: BrowseQuery } | { ok: false; problems: string[]; query: BrowseQuery };

const first = (value: string | string[] | null | undefined) => (Array.isArray(value) ? value[0] : (value ?? undefined));

/**
 * Reads an address's parameters. Empty ones are absent; one that is not
 * understood is left out of the query and named in `problems`, so a page
 * can show the rest and say what it ignored, and the API can refuse.
 */
export function parseBrowseQuery(params: URLSearchParams | Record<string, string | string[] | undefined>): Parsed {
  const get = (name: string) => (params instanceof URLSearchParams ? params.get(name) : first(params[name]));
  const raw: Record<string, string> = {};
  for (const name of Object.keys(browseParams.shape)) {
    const value = get(name)?.trim();
    if (value) raw[name] = name === 'pair' || name === 'economy' ? value.toUpperCase() : value;
  }
  const problems: string[] = [];
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const field = browseParams.shape[name as keyof BrowseParams];
    const result = field.safeParse(value);
    if (result.success) kept[name] = result.data;
    else problems.push(`“${name}=${value.slice(0, 60)}” is not understood (${result.error.issues[0]?.message ?? 'not a value it takes'}), so it was left out.`);
  }
  const values = kept as BrowseParams;
  const query: BrowseQuery = { ...values, sort: values.sort ?? 'stated', dir: values.dir ?? (values.sort && values.sort !== 'stated' && values.sort !== 'value' ? 'asc' : 'desc') };
  return problems.length ? { ok: false, problems, query } : { ok: true, query };
}

/** The address's parameters for a query, in a fixed order, without `after` unless asked: what links and exports carry. */
export function browseSearchParams(query: Partial<BrowseQuery>, options: { keepCursor?: boolean } = {}): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q?.trim()) params.set('q', query.q.trim());
  for (const facet of FACETS) {
    const value = query[facet];
    if (value !== undefined && value !== null && value !== '') params.set(facet, String(value));
  }
  if (query.sort && query.sort !== 'stated') params.set('sort', query.sort);
  const defaultDir = !query.sort || query.sort === 'stated' || query.sort === 'value' ? 'desc' : 'asc';
  if (query.dir && query.dir !== defaultDir) params.set('dir', query.dir);
  if (options.keepCursor && query.after) params.set('after', query.after);
  if (query.limit) params.set('limit', String(query.limit));
  return params;
}
