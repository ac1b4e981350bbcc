import { z } from 'zod';
import type { ZodOpenApiResponseObject } from 'zod-openapi';
import { readErrorSchema, writeErrorSchema } from './schemas/errors';

/*
 * The headers and answers every read endpoint shares (the same
 * app/lib/http/read-responses.ts writes them all), and the refusals every
 * write endpoint shares, as the OpenAPI document names them.
 */

const header = (description: string) => z.string().meta({ description });

export const readHeaders = z.object({
  ETag: header('A strong entity tag of the answer: send it back as If-None-Match and an unchanged answer costs a 304.'),
  'Cache-Control': header('`no-cache`: a cache may keep the answer but must ask (If-None-Match) each time, so a new figure is seen at once.'),
  'Access-Control-Allow-Origin': header('`*`: any site may read, never with credentials.'),
});

export const pagedHeaders = readHeaders.extend({
  Link: header('`<…>; rel="next"`: the address of the next page, when there is one.').optional(),
});

export const ifNoneMatch = z.object({
  'If-None-Match': z.string().optional().meta({ description: 'The ETag of an answer already held: a 304 without a body when it is still current.' }),
});

export const readError = (description: string): ZodOpenApiResponseObject => ({
  description,
  content: { 'application/json': { schema: readErrorSchema } },
});

/** What every read answers besides its 200. */
export const readRefusals = {
  '304': { description: 'Not modified: the answer named by If-None-Match is still current.', headers: readHeaders },
  '400': readError('A parameter is not understood (or not one this endpoint takes): `problems` names each and says what it takes. Unknown parameters are refused, not ignored.'),
  '500': readError('The read failed on the server; try again in a moment.'),
} satisfies Record<string, ZodOpenApiResponseObject>;

export const writeError = (description: string): ZodOpenApiResponseObject => ({
  description,
  content: { 'application/json': { schema: writeErrorSchema } },
});

/** What every write route refuses before it reads a body. */
export const writeRefusals = {
  '403': writeError('Sent from another site’s page (the Origin is not this site), or the account or token may not do this.'),
  '413': writeError('The body is larger than this route accepts; nothing was read or saved.'),
  '415': writeError('The body is not of a type this route reads.'),
} satisfies Record<string, ZodOpenApiResponseObject>;

export const signedOut = writeError('Not signed in, or the API token is unknown, revoked or expired.');

/** A write needs an account: the session cookie of a signed-in browser, or an API token. */
export const signedIn: Record<string, string[]>[] = [{ bearerToken: [] }, { sessionCookie: [] }];
