import { z } from 'zod';
import type { ExtractedStatement } from '../../extract';
import { TEXT_LIMITS } from '../../domain/limits';
import { FLOWS, HEDGES, KINDS } from '../../domain/vocabulary';
import type { FormField } from '../../statements/form-fields';
import { described, id, isoDate, text, textOrNull, usdOrNull } from './fields';

/*
 * The bodies and answers of the write and utility routes (POST
 * /api/statements, /api/extract, /api/import, /api/rates, /api/session), for
 * the OpenAPI document. The routes check their bodies with their own rules
 * (the entry form's, the extraction request's); these schemas say what those
 * rules take. Keyed by the form's fields and the extraction's result, so a
 * field added there without a word here fails to compile.
 */

const FORM_FIELD_WORDS = {
  economyA: 'Economy A: an ISO 3166 alpha-3 code or a country name (“Kazakhstan”).',
  economyB: 'Economy B, its partner.',
  flow: `What is measured: ${FLOWS.join(', ')}.`,
  kind: `${KINDS.join(' or ')}.`,
  period: 'The period as people say it (“2023”, “Jan–Aug 2025”, “FY2022-23”); or give periodStart and periodEnd.',
  periodStart: 'The period’s first day, yyyy-mm-dd, with periodEnd, when period is not enough.',
  periodEnd: 'The period’s last day, yyyy-mm-dd.',
  valueText: 'The figure as the source wrote it (“more than $3 billion”, “60 billion afghanis”): the number and currency are read from it.',
  currency: 'The stated currency (ISO 4217) when valueText does not say it.',
  usdRate: 'US dollars per unit of the currency, when the source or the editor gives one; else the exchange-rate table’s average for the period is used.',
  hedge: `How the figure is qualified: ${HEDGES.join(', ')}; read from valueText when left out.`,
  speaker: 'Who said it.',
  speakerRole: 'Their role or title.',
  organisation: 'Their organisation.',
  outlet: 'The publication that reported it.',
  sourceUrl: 'The address of the source (http:// or https://).',
  quote: `The sentence quoted verbatim (at most ${TEXT_LIMITS.quote} characters).`,
  statementDate: 'The day it was said, yyyy-mm-dd.',
  publishedDate: 'The day the source was published, yyyy-mm-dd.',
  notes: 'Editors’ notes.',
  derivedFromId: 'For a figure worked out from another statement, that statement’s id.',
  derivation: 'How a derived figure was worked out.',
  currencyChoice: 'When valueText names one currency and currency another, which one was meant (the 400 asks for it).',
  confirmWarning: 'true to save past a warning the 400 gave (a figure far from the others on file).',
  version: 'Used by the edit form only: leave it out.',
  reason: 'Used by the edit form only: leave it out.',
} satisfies Record<FormField, string>;

const formValue = z.union([z.string(), z.number(), z.boolean()]);

export const statementInputSchema = z
  .object(Object.fromEntries(Object.entries(FORM_FIELD_WORDS).map(([field, words]) => [field, described(formValue.optional(), words)])) as Record<FormField, z.ZodOptional<typeof formValue>>)
  .meta({
    id: 'StatementInput',
    description: 'The entry form’s fields under the same names, each a string, a number or true/false, checked by the same rules as the form (economyA, economyB, flow, kind, a period, valueText and statementDate are needed). Also accepted as a form post with the same field names.',
  });

export const statementCreatedSchema = z.object({ id: id('The new statement’s number: /statements/{id}.') }).meta({ id: 'StatementCreated' });
export const statementProposedSchema = z
  .object({ proposalId: id('The proposal’s number in the review queue.'), status: described(z.literal('pending'), 'Waiting for an editor.'), message: text('What happens next.') })
  .meta({ id: 'StatementProposed' });
export const statementDuplicateSchema = z
  .object({ error: text('That the figure is already recorded.'), existingId: id('The statement that already records it.') })
  .meta({ id: 'StatementDuplicate' });

const EXTRACTED_FIELDS = {
  economyA: described(z.string(), 'Economy A (ISO alpha-3, EUU for the European Union).'),
  economyB: described(z.string(), 'Economy B.'),
  flow: described(z.enum(FLOWS), 'The flow.'),
  kind: described(z.enum(KINDS), 'reported or projected.'),
  value: described(z.number(), 'The number as stated, units applied; a balance is negative for A’s deficit.'),
  currency: described(z.string(), 'The stated currency (ISO 4217).'),
  valueUsd: usdOrNull('The value itself for USD, else an equivalent the text states'),
  usdRate: described(z.number().nullable(), 'US dollars per unit of currency, when valueUsd came from a stated equivalent; else null.'),
  qualifier: described(z.enum(HEDGES), 'The hedge.'),
  periodStart: isoDate('The first day of the period'),
  periodEnd: isoDate('The last day of the period'),
  periodLabel: text('The period as people say it.'),
  speaker: textOrNull('Who said it'),
  quote: text('The sentence the figure came from.'),
  valueText: text('The money words as written.'),
  valueSpan: described(z.tuple([z.number().int(), z.number().int()]), 'Where valueText stands in quote: start and end offsets.'),
  derivedFrom: described(z.number().int().nullable(), 'The index in `statements` of the figure this one is worked out from; else null.'),
  derivation: textOrNull('How a derived figure was worked out'),
} satisfies Record<keyof ExtractedStatement, z.ZodType>;

export const extractedStatementSchema = z.object(EXTRACTED_FIELDS).meta({ id: 'ExtractedStatement', description: 'A figure the engine read in the text: a proposal for the entry form, not saved.' });

export const extractTextSchema = z
  .object({
    text: text('The article’s text (plain or pasted HTML), at most 200,000 characters.'),
    statementDate: isoDate('When it was said: “last year” is read against it'),
    url: described(z.string().nullable().optional(), 'The article’s address, kept as each card’s source; never fetched when text is given.'),
  })
  .meta({ id: 'ExtractText', description: 'Read this text.' });

export const extractLinkSchema = z
  .object({
    fetch: text('The address of a page for the server to fetch and read (http:// or https://; a `url` without `text` is read the same way).'),
    statementDate: described(z.string().optional(), 'yyyy-mm-dd; the page’s publication date when left out.'),
  })
  .meta({ id: 'ExtractLink', description: 'Fetch this page and read its article.' });

export const extractResultSchema = z
  .object({
    statements: described(z.array(extractedStatementSchema), 'The figures found, in the order of the text.'),
    message: described(z.string().optional(), 'Said when no figure was found, or only part of a long page was read.'),
    article: described(
      z.object({ title: textOrNull('The page’s title'), outlet: text('Its publication (the site’s name, else its host).'), published: textOrNull('Its publication date'), author: textOrNull('Its author'), url: text('Its address.'), text: text('The article text read.') }).optional(),
      'For a fetched page: what was read from it.',
    ),
    statementDate: described(z.string().optional(), 'For a fetched page: the statement date used.'),
  })
  .meta({ id: 'ExtractResult' });

export const uploadSchema = z
  .object({ file: described(z.string().meta({ format: 'binary' }), 'The CSV file.') })
  .meta({ id: 'Upload', description: 'A multipart/form-data post with one `file`.' });

export const progressLinesSchema = described(
  z.string(),
  'Newline-delimited JSON, one object a line: {"progress": 0.42} while the file is read, {"saving": true} once every row has passed, then {"report": {…}} (imported, or not imported at all with each bad row by line and column), or {"error": "…"} when the import failed on the server.',
);

export const signInSchema = z
  .object({
    email: described(z.string().optional(), 'The account’s email; without one, the founding admin’s (EDITOR_PASSWORD).'),
    password: text('The password (at most 1 KB).'),
  })
  .meta({ id: 'SignIn' });
