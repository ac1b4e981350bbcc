import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { BODY_LIMITS } from '../http/body-limits.js';
import { signedIn, signedOut, writeError, writeRefusals } from './openapi-shared';
import {
  extractLinkSchema,
  extractResultSchema,
  extractTextSchema,
  progressLinesSchema,
  signInSchema,
  statementCreatedSchema,
  statementDuplicateSchema,
  statementInputSchema,
  statementProposedSchema,
  uploadSchema,
} from './schemas/write';

/*
 * The write and utility routes in the OpenAPI document. Each refuses a page
 * of another site (403) whatever its credentials; those that change the
 * record need an account, by session cookie or API token.
 */

const WRITE = ['Write'];
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`);
const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });
const ndjson = { 'application/x-ndjson': { schema: progressLinesSchema } };
const retryAfter = z.object({ 'Retry-After': z.string().meta({ description: 'Seconds to wait before trying again.' }) });

const upload = (what: string, bytes: number) => ({
  tags: WRITE,
  security: signedIn,
  requestBody: { required: true, content: { 'multipart/form-data': { schema: uploadSchema } } },
  responses: {
    '200': { description: `The import’s progress and report, as it runs (${what}).`, content: ndjson },
    '400': writeError('No file, or not a file this import reads.'),
    '401': signedOut,
    ...writeRefusals,
    '413': writeError(`The body is over ${kb(bytes)}; nothing was read.`),
  },
});

export const writePaths: ZodOpenApiPathsObject = {
  '/api/statements': {
    post: {
      operationId: 'createStatement',
      tags: WRITE,
      summary: 'Add a statement',
      description:
        'The entry form’s write path for scripts: the same fields, rules and duplicate check. For a signed-in account (the session cookie, from this site’s pages) or an API token (`Authorization: Bearer tw_…`, scope propose or write; created on Your account). An editor’s statement is published at once; a contributor’s, a propose token’s, or any under two-person review waits for an editor (202).',
      security: signedIn,
      requestBody: {
        required: true,
        content: {
          ...json(statementInputSchema),
          'application/x-www-form-urlencoded': { schema: statementInputSchema },
          'multipart/form-data': { schema: statementInputSchema },
        },
      },
      responses: {
        '201': { description: 'Published.', content: json(statementCreatedSchema) },
        '202': { description: 'Proposed: it waits in the review queue until an editor approves or rejects it.', content: json(statementProposedSchema) },
        '400': writeError('Some fields need attention: `errors` holds each field’s messages (a body that is not JSON, or a field that is a list or an object, is refused too).'),
        '401': signedOut,
        ...writeRefusals,
        '409': { description: 'The figure is already recorded.', content: json(statementDuplicateSchema) },
        '413': writeError(`The body is over ${kb(BODY_LIMITS.statements)}.`),
      },
    },
  },
  '/api/extract': {
    post: {
      operationId: 'extractStatements',
      tags: WRITE,
      summary: 'Read the trade figures in an article',
      description: 'Finds the statements of bilateral trade in a text, or in the article at an address the server fetches. Proposals only: nothing is saved, and no account is needed.',
      security: [],
      requestBody: { required: true, content: json(z.union([extractTextSchema, extractLinkSchema])) },
      responses: {
        '200': { description: 'The figures found (perhaps none, with a message saying why).', content: json(extractResultSchema) },
        '400': writeError('The body is not one of the two forms, or a field is not valid: `details` names the fields.'),
        ...writeRefusals,
        '413': writeError(`The body is over ${kb(BODY_LIMITS.extract)}.`),
        '422': writeError('The text or the page could not be read (too slow, unreachable, not an article …): the message says what to do instead.'),
        '503': { ...writeError('Too many articles are being read; try again later.'), headers: retryAfter },
      },
    },
  },
  '/api/import': {
    post: {
      operationId: 'importCsv',
      summary: 'Import a CSV of statements or official statistics',
      description: 'For editors (session or a write token). The file is checked whole and imported all at once or not at all. Under two-person review, statements are refused here (official statistics still import).',
      ...upload('statements or official statistics', BODY_LIMITS.import),
    },
  },
  '/api/rates': {
    post: {
      operationId: 'importRates',
      summary: 'Import exchange rates',
      description: 'For editors (session or a write token): a World Bank WDI download of PA.NUS.FCRF, or a plain currency,year,units_per_usd,source CSV. All or nothing; the same file twice changes nothing.',
      ...upload('exchange rates', BODY_LIMITS.rates),
    },
  },
  '/api/session': {
    post: {
      operationId: 'signIn',
      tags: WRITE,
      summary: 'Sign in',
      description: 'Sets the session cookie (httpOnly, SameSite=Lax) for the account with this email and password.',
      security: [],
      requestBody: { required: true, content: json(signInSchema) },
      responses: {
        '204': { description: 'Signed in: the answer sets the session cookie.' },
        '400': writeError('The body is not JSON, or the password is over 1 KB.'),
        '401': writeError('Wrong email or password.'),
        ...writeRefusals,
        '429': { ...writeError('Too many attempts from this client; try again after Retry-After seconds.'), headers: retryAfter },
        '503': { ...writeError('Too many passwords are being checked; try again after Retry-After seconds.'), headers: retryAfter },
      },
    },
    delete: {
      operationId: 'signOut',
      tags: WRITE,
      summary: 'Sign out',
      description: 'Ends the session on the server, so its cookie is refused from then on.',
      security: [{ sessionCookie: [] }],
      responses: { '204': { description: 'Signed out.' }, '403': writeError('Sent from another site’s page.') },
    },
  },
};
