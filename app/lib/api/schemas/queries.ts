import { z } from 'zod';
import { browseParams, MAX_LIMIT, MAX_QUERY_LENGTH, PAGE_SIZE, SORTS } from '../../browse/browse-query';
import { EARLIEST_YEAR, LATEST_YEAR } from '../../domain/limits';

/*
 * The query parameters of each read endpoint: the zod that parses them (the
 * statements browser's own, app/lib/browse/browse-query.ts, where they are
 * the same) with the words the OpenAPI document shows for each. `.meta()`
 * returns the same parser with a description, so describing a parameter
 * cannot change what it takes.
 */

const b = browseParams.shape;
const describe = <T extends z.ZodType>(schema: T, description: string): T => schema.meta({ description });

/** Rows of a JSON page when `limit` is not given. */
export const DEFAULT_PAGE_LIMIT = 100;

const paging = {
  after: describe(b.after, 'The cursor of the page to read: the `next` of the page before. Leave it out for the first page.'),
  limit: describe(b.limit, `Rows per page, 1 to ${MAX_LIMIT}; ${DEFAULT_PAGE_LIMIT} when left out.`),
};

const pair = describe(b.pair, 'A pair: two ISO 3166 alpha-3 codes joined by a hyphen, in either order (KAZ-AFG or AFG-KAZ).');
const flow = describe(b.flow, 'One flow: total, exports, imports or balance.');
const speaker = describe(b.speaker, 'A speaker, by the slug of their page (/speakers/serik-zhumangarin → serik-zhumangarin): every spelling of the name.');
const verdict = describe(b.verdict, 'Targets with this verdict today: met, missed, disputed, no-reported-figure or not-yet-due.');
const period = describe(b.period, 'Figures for periods starting in this year.');

export const STATEMENT_FORMATS = ['json', 'csv', 'ndjson'] as const;

export const statementsQuerySchema = z
  .object({
    format: describe(z.enum(STATEMENT_FORMATS).optional(), '`json` (default): a page of `limit` rows with a cursor to the next; `csv` or `ndjson`: every row of the query, streamed (no `after` or `limit`).'),
    q: describe(b.q, `Words to find in the quote, speaker, role, organisation, outlet and notes (SQLite FTS5: several words must all appear; "a phrase" in quotes), at most ${MAX_QUERY_LENGTH} characters.`),
    pair,
    economy: describe(b.economy, 'Statements naming this economy on either side: an ISO 3166 alpha-3 code such as KAZ.'),
    flow,
    kind: describe(b.kind, '`reported` (a period that has passed) or `projected` (a target or forecast).'),
    hedge: describe(b.hedge, 'Statements with this hedge (exact, approximately, more than …).'),
    speaker,
    outlet: describe(b.outlet, 'An outlet, by the slug of its page (/outlets/interfax → interfax).'),
    period,
    stated: describe(b.stated, 'Statements made in this year.'),
    verdict: describe(b.verdict, 'Targets with this verdict today (only projected statements have one): met, missed, disputed, no-reported-figure or not-yet-due.'),
    sourced: describe(b.sourced, '`sourced`: with a source address or a quote on file; `unsourced`: with neither.'),
    sort: describe(b.sort, `The order: ${SORTS.join(', ')} (default stated, the date it was said).`),
    dir: describe(b.dir, 'asc or desc; by default desc for stated and value, asc for the rest.'),
    ...paging,
  })
  .meta({ description: `The statements browser’s parameters (/statements shows ${PAGE_SIZE} a page).` });

export const MAX_PAIR_QUERY_LENGTH = 100;

export const pairsQuerySchema = z.object({
  q: describe(z.string().max(MAX_PAIR_QUERY_LENGTH, `at most ${MAX_PAIR_QUERY_LENGTH} characters`).optional(), 'Pairs with an economy whose name or code contains this (“afghan”, “RUS”), as the filter of /pairs.'),
  economy: describe(b.economy, 'Pairs with this economy on either side: an ISO 3166 alpha-3 code.'),
});

export const targetsQuerySchema = z.object({ pair, flow, verdict, period, speaker, ...paging });

export const officialQuerySchema = z.object({
  pair,
  flow: describe(z.enum(['exports', 'imports']).optional(), 'The reporter’s exports or its imports.'),
  year: describe(z.coerce.number().int().min(EARLIEST_YEAR).max(LATEST_YEAR).optional(), 'Figures for periods starting in this year.'),
  ...paging,
});

export const MAX_SPEAKER_QUERY_LENGTH = 200;

export const speakersQuerySchema = z.object({
  q: describe(z.string().max(MAX_SPEAKER_QUERY_LENGTH).optional(), 'Speakers with a spelling containing this (case, accents and titles aside).'),
});
