import { z } from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { MAX_LIMIT } from '../browse/browse-query';
import { ifNoneMatch, pagedHeaders, readError, readHeaders, readRefusals } from './openapi-shared';
import { officialPageSchema } from './schemas/official';
import { pairListSchema } from './schemas/pair';
import { officialQuerySchema, pairsQuerySchema, speakersQuerySchema, statementsQuerySchema, targetsQuerySchema } from './schemas/queries';
import { speakerListSchema } from './schemas/speaker';
import { statementPageSchema } from './schemas/statement';
import { targetPageSchema } from './schemas/target';

/*
 * The read endpoints in the OpenAPI document: GET, open to any site (CORS
 * `*`, the preflight allows GET with If-None-Match), tagged with an ETag,
 * refusing any parameter they do not take.
 */

const READ = ['Read'];

const json = <T extends z.ZodType>(schema: T) => ({ 'application/json': { schema } });

export const readPaths: ZodOpenApiPathsObject = {
  '/api/statements': {
    get: {
      operationId: 'listStatements',
      tags: READ,
      summary: 'Statements, filtered as on /statements',
      description: `The statements browser’s rows, with its parameters. As JSON a page at a time (up to ${MAX_LIMIT} rows, cursor paging: send back \`next\` as \`after\`, or follow \`next_url\` or the Link header), or every row of the query streamed as CSV (the columns of /statements.csv) or NDJSON (one Statement a line) with \`format\`. A deep page costs what the first does.`,
      requestParams: { query: statementsQuerySchema, header: ifNoneMatch },
      responses: {
        '200': {
          description: 'A page of statements (json), or every row of the query (csv, ndjson).',
          headers: pagedHeaders,
          content: {
            ...json(statementPageSchema),
            'text/csv': { schema: z.string().meta({ description: 'Every row of the query as CSV, with the header row of /statements.csv (UTF-8, RFC 4180).' }) },
            'application/x-ndjson': { schema: z.string().meta({ description: 'Every row of the query, one Statement object (as in StatementPage) a line.' }) },
          },
        },
        ...readRefusals,
        '503': { ...readError('Too many downloads (csv, ndjson) are running; try again after Retry-After seconds.'), headers: z.object({ 'Retry-After': z.string().meta({ description: 'Seconds to wait.' }) }) },
      },
    },
  },
  '/api/pairs': {
    get: {
      operationId: 'listPairs',
      tags: READ,
      summary: 'Every pair with statements, with its overview',
      description: 'Every pair of economies with live statements, most documented first, each with the line /pairs shows for it today: latest reported figure, latest target, targets met and missed, the worst miss and the trend.',
      requestParams: { query: pairsQuerySchema, header: ifNoneMatch },
      responses: { '200': { description: 'The pairs.', headers: readHeaders, content: json(pairListSchema) }, ...readRefusals },
    },
  },
  '/api/targets': {
    get: {
      operationId: 'listTargets',
      tags: READ,
      summary: 'Targets with their verdicts and shares of target',
      description: `Every live target (a projected figure with a value in US dollars), judged today as the dashboard judges it, by period then number, a page at a time (up to ${MAX_LIMIT}; cursor paging as /api/statements). The fields are the columns of the data package’s targets.csv.`,
      requestParams: { query: targetsQuerySchema, header: ifNoneMatch },
      responses: { '200': { description: 'A page of targets.', headers: pagedHeaders, content: json(targetPageSchema) }, ...readRefusals },
    },
  },
  '/api/speakers': {
    get: {
      operationId: 'listSpeakers',
      tags: READ,
      summary: 'Speakers with their track records',
      description: 'Every speaker, their spellings grouped under one name, with how many statements they made and how their targets turned out today (as /speakers/{slug} shows).',
      requestParams: { query: speakersQuerySchema, header: ifNoneMatch },
      responses: { '200': { description: 'The speakers.', headers: readHeaders, content: json(speakerListSchema) }, ...readRefusals },
    },
  },
  '/api/official': {
    get: {
      operationId: 'listOfficialFigures',
      tags: READ,
      summary: 'Official statistics figures, with their licence notes',
      description: `Figures from statistics offices (each side’s own report of its exports and imports, annual and monthly), a page at a time in id order (up to ${MAX_LIMIT}; cursor paging as /api/statements). They are their sources’ data, for reference: each row carries its source’s licence note, and UN Comtrade’s terms restrict redistribution.`,
      requestParams: { query: officialQuerySchema, header: ifNoneMatch },
      responses: { '200': { description: 'A page of official figures.', headers: pagedHeaders, content: json(officialPageSchema) }, ...readRefusals },
    },
  },
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      tags: READ,
      summary: 'This document',
      description: 'The OpenAPI 3.1 document of this API, generated from the zod schemas that parse each endpoint’s parameters and shape its answers.',
      requestParams: { query: z.object({}), header: ifNoneMatch },
      responses: {
        '200': { description: 'The OpenAPI document.', headers: readHeaders, content: json(z.record(z.string(), z.unknown()).meta({ description: 'An OpenAPI 3.1 document.' })) },
        ...readRefusals,
      },
    },
  },
};
